import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {lint} from '../../src/index.js'
import {brief} from './helpers.js'

// Every example of docs/how-slant-reads.md: a fenced text or Markdown block, then on the next line
// the arrow and what slant reports, each finding as `brief` writes it, or "nothing".
const page = readFileSync(new URL('../../docs/how-slant-reads.md', import.meta.url), 'utf8')
const examples = [...page.matchAll(/```(text|markdown)\n([^]*?)\n```\n→ (.*)/g)].map(([, format, text, reported]) => ({
  format: format as 'text' | 'markdown',
  text,
  expected: reported === 'nothing' ? [] : reported.split('; ')
}))

describe('docs/how-slant-reads.md', () => {
  test('has its examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(20)
    expect(page.match(/^```(?:text|markdown)$/gm)?.length).toBe(examples.length)
  })

  test.each(examples)('$text', ({format, text, expected}) => {
    expect(lint(text, format === 'markdown' ? {format: 'markdown'} : {}).messages.map(brief)).toEqual(expected)
  })
})
