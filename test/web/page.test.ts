import {mkdirSync, readFileSync, statSync} from 'node:fs'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Page} from 'playwright-core'
import {beforeAll, describe, expect, it} from 'vitest'
import type {SlantMessage} from '../../src/index.js'
import {describeWithSharedFile, fixturePath, putinKimInShared, slantInProcess} from '../helpers.js'
import {describeInChromium} from './chromium.js'

const pageFile = fileURLToPath(new URL('../../dist/web/index.html', import.meta.url))
// Screenshots for a person to look at; the folder is ignored by git.
const screenshotDir = fileURLToPath(new URL('screenshots/', import.meta.url))

let page: Page

/** The CLI's findings on a file, as its JSON report gives them. */
async function cliMessages(file: string): Promise<SlantMessage[]> {
  return JSON.parse((await slantInProcess(['--no-config', '-f', 'json', file])).stdout)[0].messages
}

/** Put text in the draft as a paste does, and wait for the page to draw its findings; returns the milliseconds from paste to marks. */
async function paste(text: string): Promise<number> {
  return page.evaluate(async (draft) => {
    const input = document.getElementById('slant-input') as HTMLTextAreaElement
    const output = document.getElementById('slant-output')!
    const shown = Number(output.dataset.serial ?? 0)
    const started = performance.now()
    input.value = draft
    input.dispatchEvent(new Event('input', {bubbles: true}))
    await new Promise<void>((resolve) => {
      const drawn = () => Number(output.dataset.serial) > shown && output.dataset.chars === String(draft.length)
      if (drawn()) return resolve()
      new MutationObserver((_, observer) => {
        if (!drawn()) return
        observer.disconnect()
        resolve()
      }).observe(output, {attributes: true, childList: true})
    })
    return performance.now() - started
  }, text)
}

/** The marks the page shows: one per finding, each with its rule and message. */
function marks() {
  return page.locator('#slant-output mark[data-rule]').evaluateAll((elements) =>
    elements.map((element) => ({rule: (element as HTMLElement).dataset.rule!, message: (element as HTMLElement).dataset.message!, text: element.textContent!}))
  )
}

const sorted = (ids: string[]) => [...ids].sort()

describeInChromium('the editor’s page in headless Chromium', async () => pageFile, (opened) => {
  beforeAll(() => {
    page = opened.page
    mkdirSync(screenshotDir, {recursive: true})
  })

  describe('a story of the project’s fixtures, pasted in', () => {
    let cli: SlantMessage[]
    beforeAll(async () => {
      cli = await cliMessages(fixturePath('harbour-summit.txt'))
      await paste(readFileSync(fixturePath('harbour-summit.txt'), 'utf8'))
    })

    it('lints in a worker made from the page itself, and loads nothing else', async () => {
      expect(await page.locator('#slant-output').getAttribute('data-engine')).toBe('worker')
      expect(opened.requests.filter((url) => !url.startsWith('blob:'))).toEqual([pathToFileURL(pageFile).href])
    })

    it('marks each of the CLI’s findings with its rule and message', async () => {
      const shown = await marks()
      expect(shown.map((mark) => mark.rule)).toEqual(cli.map((message) => message.ruleId))
      expect(shown.map((mark) => mark.message)).toEqual(cli.map((message) => message.message))
      expect(shown.map((mark) => mark.text)).toContain('despots')
    })

    it('gives a mark’s suggestions, note and source beside it', async () => {
      await page.locator('mark[data-rule]', {hasText: 'despots'}).first().focus()
      const tip = page.locator('#slant-tip')
      expect(await tip.isVisible()).toBe(true)
      const text = await tip.textContent()
      expect(text).toContain('Try: leaders, rulers, heads of state')
      expect(text).toContain('Condemns the person rather than informing')
      expect(text).toContain('Source: Wikipedia, Manual of Style/Words to watch: Contentious labels')
      expect(await page.locator('.notes li.current').textContent()).toContain('despots')
    })

    it('tells a scare quote to drop its quotation marks, not to use the same words', async () => {
      const note = page.locator('.notes li[data-rule="scare-quotes"]').first()
      expect(await note.locator('.try').textContent()).toBe('Drop the quotation marks.')
    })

    it('lists the findings by family, with rule links and sources, and sums them up', async () => {
      const headings = await page.locator('.notes .family h3').allTextContents()
      expect(headings.map((heading) => heading.replace(/\s*\d+$/, ''))).toEqual(['Loaded wording', 'Unsupported claims', 'Context and framing'])
      const loaded = cli.filter((message) => message.family === 'loaded').length
      expect(await page.locator('.notes .family.f-loaded li').count()).toBe(loaded)
      expect(await page.locator('.chart .f-loaded .bar-count').textContent()).toBe(String(loaded))
      expect(await page.locator('.notes li a.rule').first().getAttribute('href')).toMatch(/^https:\/\/github\.com\/slant-lint\/slant\/blob\/main\/docs\/rules\.md#/)
      expect(await page.locator('.notes li .cite a').count()).toBeGreaterThan(0)
      expect(await page.locator('.density strong').textContent()).toMatch(/^\d+\.\d$/)
    })

    it('hides a family and a severity when their filters are unchecked', async () => {
      const loadedNote = page.locator('.notes li.f-loaded').first()
      expect(await loadedNote.isVisible()).toBe(true)
      await page.locator('input[data-filter="f-loaded"]').uncheck()
      expect(await loadedNote.isVisible()).toBe(false)
      expect(await page.locator('mark.f-loaded').first().evaluate((mark) => getComputedStyle(mark).backgroundColor)).toBe('rgba(0, 0, 0, 0)')
      await page.locator('input[data-filter="f-loaded"]').check()
      await page.locator('input[data-filter="s-warning"]').uncheck()
      expect(await page.locator('.notes li.s-warning:visible').count()).toBe(0)
      await page.locator('input[data-filter="s-warning"]').check()
      expect(await loadedNote.isVisible()).toBe(true)
    })

    it('updates as the draft is edited', async () => {
      const before = await marks()
      const draft = await page.locator('#slant-input').inputValue()
      await paste(draft.replace('despots', 'leaders'))
      const after = await marks()
      expect(after).toHaveLength(before.length - 1)
      expect(after.map((mark) => mark.text)).not.toContain('despots')
    })

    it('prints the draft and the notes, without the editor and the filters', async () => {
      await page.emulateMedia({media: 'print'})
      expect(await page.locator('#slant-input').isVisible()).toBe(false)
      expect(await page.locator('.filters').isVisible()).toBe(false)
      expect(await page.locator('.notes li').first().isVisible()).toBe(true)
      await page.emulateMedia({media: 'screen'})
    })
  })

  it('renders a Markdown file it opens, and marks the CLI’s findings in it', async () => {
    const file = fixturePath('valley-dam-protest.md')
    const cli = await cliMessages(file)
    const drawn = page.waitForFunction((length) => document.getElementById('slant-output')!.dataset.chars === String(length), readFileSync(file, 'utf8').length)
    await page.locator('#slant-file').setInputFiles(file)
    await drawn
    expect(await page.locator('#slant-format').inputValue()).toBe('markdown')
    expect(await page.locator('.draft h1').count()).toBeGreaterThan(0)
    expect(await page.locator('.draft').textContent()).not.toMatch(/^#/m)
    expect(sorted((await marks()).map((mark) => mark.rule))).toEqual(sorted(cli.map((message) => message.ruleId)))
  })

  describeWithSharedFile(putinKimInShared, 'the Putin–Kim article pasted in', (article) => {
    let cli: SlantMessage[]
    let milliseconds: number
    beforeAll(async () => {
      cli = await cliMessages(article)
      await page.locator('#slant-format').selectOption('text')
      milliseconds = await paste(readFileSync(article, 'utf8'))
      console.log(`the Putin–Kim article: ${cli.length} findings, marked ${Math.round(milliseconds)} ms after the paste`)
    })

    it('shows the CLI’s findings: the same rule ids, as many', async () => {
      const shown = await marks()
      expect(shown).toHaveLength(cli.length)
      expect(sorted(shown.map((mark) => mark.rule))).toEqual(sorted(cli.map((message) => message.ruleId)))
      expect(milliseconds).toBeLessThan(30_000)
    })

    it('writes a screenshot of the page', async () => {
      const file = screenshotDir + 'putin-kim.png'
      await page.evaluate(() => window.scrollTo(0, 0))
      await page.screenshot({path: file, fullPage: false})
      expect(statSync(file).size).toBeGreaterThan(50_000)
    })

    it('updates as the article is edited', async () => {
      const draft = await page.locator('#slant-input').inputValue()
      await paste(`${draft}\n\nThe despots were there.\n`)
      const shown = await marks()
      expect(shown).toHaveLength(cli.length + 1)
      expect(shown.at(-1)).toMatchObject({rule: 'loaded-label', text: 'despots'})
      await paste(draft)
      expect(await marks()).toHaveLength(cli.length)
    })
  })
})
