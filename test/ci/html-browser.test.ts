import {mkdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {Page} from 'playwright-core'
import {beforeAll, expect, it} from 'vitest'
import type {SlantMessage} from '../../src/index.js'
import {fixture, slantInProcess, storyFiles} from '../helpers.js'
import {describeInChromium} from '../web/chromium.js'

let page: Page
let messages: SlantMessage[]
// One folder, emptied each run, keeps the article, the report and its screenshots for a person to look at.
const screenshotDir = join(tmpdir(), 'slant-html-report')

async function writeReport(): Promise<string> {
  rmSync(screenshotDir, {recursive: true, force: true})
  mkdirSync(screenshotDir)
  writeFileSync(join(screenshotDir, 'harbour-summit.txt'), fixture('harbour-summit.txt'))
  messages = JSON.parse((await slantInProcess(['-f', 'json', 'harbour-summit.txt'], {cwd: screenshotDir})).stdout)[0].messages
  const reportFile = join(screenshotDir, 'report.html')
  writeFileSync(reportFile, (await slantInProcess(['-f', 'html', 'harbour-summit.txt'], {cwd: screenshotDir})).stdout)
  return reportFile
}

describeInChromium('the HTML report in headless Chromium', writeReport, (opened) => {
  beforeAll(() => {
    page = opened.page
  })

  it('loads nothing but itself', () => {
    expect(opened.requests).toHaveLength(1)
  })

  it('highlights each message once, over the words it flags', async () => {
    const marks = page.locator('.draft mark[data-rule]')
    expect(await marks.count()).toBe(messages.length)
    const flagged = await marks.evaluateAll((elements) => elements.map((element) => element.textContent))
    expect(flagged).toContain('despots')
    expect(flagged).toContain("'sea brother'")
    expect(await page.locator('.notes li').count()).toBe(messages.length)
  })

  it('shows the reason, suggestions, note and source on hover', async () => {
    const despots = page.locator('.draft mark', {hasText: 'despots'}).first()
    const tip = page.locator('#slant-tip')
    expect(await tip.isVisible()).toBe(false)
    await despots.hover()
    expect(await tip.isVisible()).toBe(true)
    const text = await tip.textContent()
    expect(text).toContain('“despots” is a contentious label; consider “leader”, “ruler” or “head of state”')
    expect(text).toContain('Try: leader, ruler, head of state')
    expect(text).toContain('Source: Wikipedia, Manual of Style/Words to watch')
    await page.screenshot({path: join(screenshotDir, 'hover.png')})
    expect(statSync(join(screenshotDir, 'hover.png')).size).toBeGreaterThan(10_000)
  })

  it('brings the note of a clicked highlight into view', async () => {
    const last = page.locator('.draft mark[data-rule]').last()
    await last.click()
    const note = page.locator('.notes li.current')
    expect(await note.count()).toBe(1)
    expect(await note.isVisible()).toBe(true)
    const lastMessage = await last.getAttribute('data-message')
    expect(await note.textContent()).toContain(lastMessage)
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

async function writeReportOfStories(): Promise<string> {
  const folder = join(screenshotDir, 'stories')
  mkdirSync(folder, {recursive: true})
  for (const name of storyFiles) writeFileSync(join(folder, name), fixture(name))
  const reportFile = join(screenshotDir, 'stories.html')
  writeFileSync(reportFile, (await slantInProcess(['--no-config', '-f', 'html', ...storyFiles], {cwd: folder})).stdout)
  return reportFile
}

describeInChromium('the HTML report of several files in headless Chromium', writeReportOfStories, (opened) => {
  it('lists the files in an index and keeps those whose path has the words typed in its filter', async () => {
    const {page} = opened
    const sections = page.locator('section.file')
    expect(await page.locator('.index tbody tr').count()).toBe(storyFiles.length)
    expect(await sections.count()).toBe(storyFiles.length)
    await page.locator('#file-filter').fill('dam')
    expect(await page.locator('.index tbody tr:visible').allTextContents()).toEqual([expect.stringContaining('valley-dam-protest.md')])
    expect(await sections.evaluateAll((elements) => elements.filter((element) => !(element as HTMLElement).hidden).map((element) => element.id))).toEqual(['file-1'])
    expect(await page.locator('#file-1 .draft h1').count()).toBeGreaterThan(0)
    await page.locator('#file-filter').fill('')
    expect(await page.locator('section.file:visible').count()).toBe(storyFiles.length)
  })
})
