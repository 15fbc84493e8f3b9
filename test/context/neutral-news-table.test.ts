import {writeFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {lint, type SlantMessage} from '../../src/index.js'
import {fixture, warningsAndErrors} from '../helpers.js'
import {brief} from './helpers.js'

// The table of issue #16: ordinary news copy, written by the project, in which words that slant
// knows appear in neutral senses or with proper sources. The format is documented at the top of
// the fixture: `## ` starts a group, each paragraph under it is a case (plain text), and `### `
// starts a case of several paragraphs (Markdown) that runs to the next `## ` or `### ` heading.
//
// To list every case that warns with its findings:
//   SLANT_TABLE_REPORT=/tmp/table.txt npx vitest run test/context/neutral-news-table.test.ts
// writes the list to the file, and SLANT_TABLE_CASES=1 adds one test per case, so the failing ones
// show their findings in Vitest's output.

interface TableCase {
  group: string
  /** The heading of a case of several paragraphs; the text itself for a one-paragraph case. */
  title: string
  text: string
  format: 'plain' | 'markdown'
}

function parseTable(source: string): TableCase[] {
  const lines = source.replace(/<!--[\s\S]*?-->/g, '').split('\n')
  const cases: TableCase[] = []
  let group: string | undefined
  let block: {title: string; lines: string[]} | undefined
  let paragraph: string[] = []
  const flushParagraph = () => {
    if (group !== undefined && paragraph.length > 0) {
      const text = paragraph.join('\n')
      cases.push({group, title: text, text, format: 'plain'})
    }
    paragraph = []
  }
  const flushBlock = () => {
    if (group !== undefined && block !== undefined) {
      const text = block.lines.join('\n').trim()
      if (text !== '') cases.push({group, title: block.title, text, format: 'markdown'})
    }
    block = undefined
  }
  for (const line of lines) {
    const heading = /^(#{2,3}) (.*)$/.exec(line)
    if (heading !== null) {
      flushParagraph()
      flushBlock()
      if (heading[1] === '##') group = heading[2].trim()
      else block = {title: heading[2].trim(), lines: []}
    } else if (block !== undefined) {
      block.lines.push(line)
    } else if (line.trim() === '') {
      flushParagraph()
    } else {
      paragraph.push(line)
    }
  }
  flushParagraph()
  flushBlock()
  return cases
}

const cases = parseTable(fixture('neutral-news-table.md'))
// SLANT_TABLE_MODEL=1 reads the table with the trained judge on, for the model card's figure.
const model = {enabled: Boolean(process.env.SLANT_TABLE_MODEL)}
const findings = (item: TableCase): SlantMessage[] =>
  warningsAndErrors(lint(item.text, item.format === 'markdown' ? {format: 'markdown', model} : {model}).messages)
const results = cases.map((item) => ({item, messages: findings(item)}))
const failing = results.filter(({messages}) => messages.length > 0)

// A ratchet: the number of cases that warn (47 when the table was written, on commit 4f3ec26 of
// main). Lower it as fixes land; never raise it. The issue's target is at most 1% of the cases.
const ratchet = 2

const percent = (count: number) => ((100 * count) / cases.length).toFixed(1)

if (process.env.SLANT_TABLE_REPORT) {
  const report = failing.map(
    ({item, messages}) => `[${item.group}] ${item.title}\n${item.format === 'markdown' ? `${item.text}\n` : ''}${messages.map((message) => `  ${brief(message)}`).join('\n')}\n`
  )
  writeFileSync(process.env.SLANT_TABLE_REPORT, `${failing.length} of ${cases.length} cases warn (${percent(failing.length)}%)\n\n${report.join('\n')}`)
}

describe('the neutral news table (#16)', () => {
  test(`${cases.length} cases, at least 300`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(300)
  })

  test('every group holds cases, and no case is empty', () => {
    const groups = new Set(cases.map(({group}) => group))
    expect(groups.size).toBeGreaterThanOrEqual(10)
    for (const group of groups) expect(cases.filter((item) => item.group === group).length).toBeGreaterThanOrEqual(10)
    for (const item of cases) expect(item.text.trim()).not.toBe('')
  })

  test(`at most ${ratchet} of ${cases.length} cases warn: ${failing.length} do (${percent(failing.length)}%; target: 1%)`, () => {
    expect(failing.length).toBeLessThanOrEqual(ratchet)
  })
})

if (process.env.SLANT_TABLE_CASES) describe('each case of the neutral news table', () => {
  test.each(results.map(({item, messages}) => [`[${item.group}] ${item.title}`, messages] as const))('%s', (_, messages) => {
    expect(messages.map(brief)).toEqual([])
  })
})
