import {describe, expect, test} from 'vitest'
import {lint, validateRulePack} from '../../src/index.js'
import {brief, lintTable, type LintCase} from './helpers.js'


describe('regime: declared neutral senses', () => {
  lintTable([
    ['The government announced changes to the tax regime.', []],
    ['Athletes follow a strict training regime before a race.', []],
    ["The country's visa regime was relaxed last year.", []],
    ['The Tax Regime Review reported on Monday.', []],
    ['Protesters called for regime change in the capital.', []]
  ])
})

describe('regime: the loaded sense', () => {
  lintTable([
    ['The regime jailed its critics.', ['warning context-test regime']],
    ["The country's regime was isolated.", ['warning context-test regime']],
    ['Tax rises were announced by the regime.', ['warning context-test regime']]
  ])
})

describe('mob: organised crime only where the context says so', () => {
  lintTable([
    ['The mob boss was sentenced to life in prison.', []],
    ['Prosecutors said the mob ran the docks for decades, in a racketeering case.', []],
    ['The restaurant was a meeting place for the mob and the Mafia.', []]
  ])
  lintTable([
    ['The mob stormed the building.', ['warning context-test mob']],
    ['A mob of protesters blocked the road.', ['warning context-test mob']],
    ['Police said a mob attacked the station.', ['warning context-test mob']]
  ])
})

describe('sect: biology', () => {
  lintTable([
    ['Botanists place the orchid in a separate sect of the genus.', []],
    ['The sect contains eleven species of moss.', []]
  ])
  lintTable([
    ["The sect's leader was arrested.", ["warning context-test sect's"]],
    ['Members of the sect left the country.', ['warning context-test sect']]
  ])
})

describe('admitted to hospital', () => {
  lintTable([
    ['The singer was admitted to hospital on Sunday.', []],
    ['Two people were admitted to the hospital with minor injuries.', []],
    ['The driver was admitted into hospital after the crash.', []]
  ])
  lintTable([
    ['The minister admitted that the figures were wrong.', ['warning context-test admitted']],
    ['The hospital admitted to lying about the figures.', ['warning context-test admitted']]
  ])
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
