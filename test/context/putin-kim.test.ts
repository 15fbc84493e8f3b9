import {readFileSync} from 'node:fs'
import {beforeAll, expect, test} from 'vitest'
import type {Quotation} from '../../src/engine/quotations.js'
import {lint, type SlantMessage} from '../../src/index.js'
import {describeWithSharedFile, putinKimInShared, warningsAndErrors} from '../helpers.js'
import {quotationSpansIn} from './helpers.js'

// The loaded words, the names and the total are checked in test/core/putin-kim.test.ts.
describeWithSharedFile(putinKimInShared, 'the Putin–Kim article', (path) => {
  let text: string
  let messages: SlantMessage[]
  let quotations: Quotation[]
  let lineStarts: number[]
  beforeAll(() => {
    text = readFileSync(path, 'utf8')
    messages = lint(text).messages
    quotations = quotationSpansIn(text)
    lineStarts = [0, ...[...text.matchAll(/\n/g)].map((match) => match.index + 1)]
  })
  const offsetOf = (message: SlantMessage) => lineStarts[message.line - 1] + message.column - 1

  /** Every place a phrase occurs in the article. */
  function occurrences(phrase: string): number[] {
    return [...text.matchAll(new RegExp(phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((match) => match.index)
  }

  test.each([
    ["'the lonely bromance'", 'Kuleba told AFP'],
    ["war of aggression - (are) North Korea, Iran and China,'", 'Stoltenberg said'],
    ["'strongest ever treaty'", 'Kim declared'],
    ["'hegemonic policy.'", 'what he describes'],
    ["'invincibility and durability'", 'the agency described']
  ])('%s (%s) is the speaker’s, not a warning', (phrase) => {
    const places = occurrences(phrase)
    expect(places.length).toBeGreaterThan(0)
    for (const start of places) {
      const holding = quotations.filter((quotation) => quotation.start <= start && start < quotation.end)
      expect(holding.length).toBeGreaterThan(0)
      expect(holding.every((quotation) => quotation.attributed)).toBe(true)
      const inside = warningsAndErrors(messages).filter((message) => {
        const offset = offsetOf(message)
        return offset >= start && offset < start + phrase.length
      })
      expect(inside).toEqual([])
    }
  })

  test('“fiery friend” in the first paragraph is the one scare quote', () => {
    const scare = messages.filter((message) => message.ruleId === 'scare-quotes')
    const start = text.indexOf("'fiery friend'")
    expect(scare.map((message) => [message.actual, offsetOf(message), message.severity])).toEqual([["'fiery friend'", start, 'warning']])
    expect(scare[0]).toMatchObject({line: 3, endLine: 3, endColumn: scare[0].column + "'fiery friend'".length})
  })
})
