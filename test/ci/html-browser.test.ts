import {existsSync, mkdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, expect, it} from 'vitest'
import type {SlantMessage} from '../../src/index.js'
import {describeWithProgram, fixture, slantInProcess} from '../helpers.js'

// Debian's chromium, installed by .ci/run; flags keep it from reaching the network.
const chromiumPath = '/usr/bin/chromium'
const chromiumFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

let browser: Browser
let page: Page
let messages: SlantMessage[]
const requests: string[] = []
// One folder, emptied each run, keeps the article, the report and its screenshots for a person to look at.
const screenshotDir = join(tmpdir(), 'slant-html-report')

describeWithProgram(`Chromium at ${chromiumPath}`, existsSync(chromiumPath), 'the HTML report in headless Chromium', () => {
  beforeAll(async () => {
    rmSync(screenshotDir, {recursive: true, force: true})
    mkdirSync(screenshotDir)
    writeFileSync(join(screenshotDir, 'harbour-summit.txt'), fixture('harbour-summit.txt'))
    messages = JSON.parse((await slantInProcess(['-f', 'json', 'harbour-summit.txt'], {cwd: screenshotDir})).stdout)[0].messages
    const reportFile = join(screenshotDir, 'report.html')
    writeFileSync(reportFile, (await slantInProcess(['-f', 'html', 'harbour-summit.txt'], {cwd: screenshotDir})).stdout)
    browser = await chromium.launch({executablePath: chromiumPath, args: chromiumFlags})
    page = await browser.newPage({viewport: {width: 1400, height: 900}})
    page.on('request', (request) => requests.push(request.url()))
    await page.goto(pathToFileURL(reportFile).href)
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('loads nothing but itself', () => {
    expect(requests).toHaveLength(1)
  })

  it('highlights each message once, over the words it flags', async () => {
    const marks = page.locator('.draft mark')
    expect(await marks.count()).toBe(messages.length)
    const flagged = await marks.evaluateAll((elements) => elements.map((element) => element.firstChild?.textContent))
    expect(flagged).toContain('despots')
    expect(flagged).toContain("'sea brother'")
    expect(await page.locator('.notes li').count()).toBe(messages.length)
  })

  it('shows the reason and suggestions on hover', async () => {
    const despots = page.locator('.draft mark', {hasText: 'despots'}).first()
    const tip = despots.locator('.tip')
    expect(await tip.isVisible()).toBe(false)
    await despots.hover()
    expect(await tip.isVisible()).toBe(true)
    expect(await tip.textContent()).toContain('“despots” is a contentious label; consider “leaders”, “rulers” or “heads of state”')
    await page.screenshot({path: join(screenshotDir, 'hover.png')})
    expect(statSync(join(screenshotDir, 'hover.png')).size).toBeGreaterThan(10_000)
  })

  it('brings the note of a clicked highlight into view', async () => {
    const last = page.locator('.draft mark').last()
    await last.click()
    const note = page.locator('.notes li.current')
    expect(await note.count()).toBe(1)
    expect(await note.isVisible()).toBe(true)
    expect(await note.textContent()).toContain(messages.at(-1)!.message)
  })

  it('sums up counts per family and the density', async () => {
    const counts = await page.locator('.chart .bar-count').allTextContents()
    expect(counts.map(Number).reduce((sum, value) => sum + value, 0)).toBe(messages.length)
    const loaded = messages.filter((message) => message.family === 'loaded').length
    expect(await page.locator('.chart .f-loaded .bar-count').textContent()).toBe(String(loaded))
    expect(await page.locator('.density strong').textContent()).toMatch(/^\d+\.\d$/)
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({path: join(screenshotDir, 'summary.png')})
  })
})
