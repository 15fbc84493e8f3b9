import {describe, expect, test} from 'vitest'
import {lint, validateRulePack} from '../../src/index.js'
import {warningsAndErrors} from '../helpers.js'
import {brief, lintTable, type LintCase} from './helpers.js'

// Declared neutral senses of loaded words, and the same words where they are loaded.
const neutral = {
  regime: [
    'The government announced changes to the tax regime.',
    'Athletes follow a strict training regime before a race.',
    "The country's visa regime was relaxed last year.",
    'Protesters called for regime change in the capital.'
  ],
  mob: [
    'The mob boss was sentenced to life in prison.',
    'Prosecutors said the mob ran the docks for decades, in a racketeering case.',
    'The restaurant was a meeting place for the mob and the Mafia.'
  ],
  sect: ['Botanists place the orchid in a separate sect of the genus.', 'The sect contains eleven species of moss.'],
  admitted: [
    'The singer was admitted to hospital on Sunday.',
    'Two people were admitted to the hospital with minor injuries.',
    'The driver was admitted into hospital after the crash.'
  ]
}

const loaded: Array<[text: string, actual: string]> = [
  ['The regime jailed its critics.', 'regime'],
  ["The country's regime was isolated.", 'regime'],
  ['Tax rises were announced by the regime.', 'regime'],
  ['The mob stormed the building.', 'mob'],
  ['A mob of protesters blocked the road.', 'mob'],
  ['Police said a mob attacked the station.', 'mob'],
  ["The sect's leader was arrested.", 'sect'],
  ['Members of the sect left the country.', 'sect']
]

describe('the exception mechanism, with a pack that declares the senses', () => {
  describe.each(Object.entries(neutral))('%s: declared neutral senses', (_word, texts) => {
    lintTable(texts.map((text): LintCase => [text, []]))
  })

  describe('the same words where they are loaded', () => {
    lintTable([
      ...loaded.map(([text, actual]): LintCase => [text, [`warning context-test ${actual}`]]),
      ['The minister admitted that the figures were wrong.', ['warning context-test admitted']],
      ['The hospital admitted to lying about the figures.', ['warning context-test admitted']]
    ])
  })
})

describe('slant’s own packs declare the same senses', () => {
  test.each(Object.values(neutral).flat())('%s', (text) => {
    expect(warningsAndErrors(lint(text).messages).map(brief)).toEqual([])
  })

  test.each(loaded)('%s', (text, actual) => {
    expect(warningsAndErrors(lint(text).messages).map(brief)).toEqual([`warning loaded-label ${actual}`])
  })
})

describe('a newsroom can declare its own senses', () => {
  const pack = validateRulePack(
    {
      id: 'house-style',
      entries: [{term: 'cartel', suggest: ['group'], unless: {before: ['drug', 'drugs'], sentence: ['OPEC']}}]
    },
    'house-style.yml'
  )
  test.each([
    ['The drug cartel was broken up.', []],
    ['OPEC, which critics call a cartel, met on Monday.', []],
    ['The airline cartel raised fares.', ['warning house-style cartel']]
  ] as LintCase[])('%s', (text, expected) => {
    expect(lint(text, {packs: [pack]}).messages.filter((message) => message.ruleId === 'house-style').map(brief)).toEqual(expected)
  })
})
