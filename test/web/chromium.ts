import {existsSync} from 'node:fs'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll} from 'vitest'
import {describeWithProgram} from '../helpers.js'

// Debian's chromium, installed by .ci/run; flags keep it from reaching the network.
const chromiumPath = '/usr/bin/chromium'
const chromiumFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

/** A page open in headless Chromium, and every address it asked for. */
export interface OpenedPage {
  page: Page
  requests: string[]
}

/**
 * describe() for tests of a local HTML file in headless Chromium: `fileToOpen` writes or finds it,
 * and the page is open, with nothing else loaded, before the tests run. Without Chromium the tests
 * are skipped, as describeWithProgram skips them.
 */
export function describeInChromium(name: string, fileToOpen: () => Promise<string>, tests: (opened: OpenedPage) => void, viewport = {width: 1400, height: 900}) {
  const opened = {requests: []} as unknown as OpenedPage
  describeWithProgram(`Chromium at ${chromiumPath}`, existsSync(chromiumPath), name, () => {
    let browser: Browser | undefined
    beforeAll(async () => {
      const file = await fileToOpen()
      browser = await chromium.launch({executablePath: chromiumPath, args: chromiumFlags})
      opened.page = await browser.newPage({viewport})
      opened.page.on('request', (request) => opened.requests.push(request.url()))
      await opened.page.goto(pathToFileURL(file).href)
    })
    afterAll(async () => {
      await browser?.close()
    })
    tests(opened)
  })
}
