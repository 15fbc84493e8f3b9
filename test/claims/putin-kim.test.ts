import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'

const article = readFileSync(new URL('../../../shared/fixtures/putin-kim-visit.txt', import.meta.url), 'utf8')

describe('unsupported claims in the Putin–Kim article', () => {
  const {messages} = lint(article)
  const claims = messages.filter((message) => message.family === 'claims' && message.severity !== 'info')
  const lineOf = (phrase: string) => article.slice(0, article.indexOf(phrase)).split('\n').length

  it.each([
    ['is seen as a landmark moment', 'seen as', 'belief-passive'],
    ['closer now than at any time since the Cold War', 'than at any time', 'unsupported-superlative'],
    ['amid growing concerns', 'growing concerns', 'unsupported-superlative'],
    ['Perhaps able to empathise', 'Perhaps', 'speculation'],
    ['Putin will now be hoping', 'will now be hoping', 'speculation']
  ])('flags “%s”', (phrase, actual, ruleId) => {
    expect(claims).toContainEqual(expect.objectContaining({line: lineOf(phrase), actual, ruleId}))
  })

  it('flags nothing else as an unsupported claim', () => {
    expect(claims).toHaveLength(5)
  })

  it('keeps the article within 45 warnings and errors', () => {
    expect(messages.filter((message) => message.severity !== 'info').length).toBeLessThanOrEqual(45)
  })
})
