import type {Root} from 'nlcst'
import {expect, test} from 'vitest'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {indexProse} from '../../src/engine/prose-index.js'
import {builtinPacks} from '../../src/engine/packs.js'
import {findQuotations, type Quotation} from '../../src/engine/quotations.js'
import {lint, type LintOptions, type SlantMessage} from '../../src/index.js'
import {validateRulePack, type RulePack} from '../../src/index.js'

const parser = unified().use(retextEnglish)

/** The quotations of a plain text. */
export function quotationSpansIn(text: string): Quotation[] {
  return findQuotations(indexProse(parser.parse(text) as Root, text), [])
}

/** The quotations of a plain text, as the quoted text and whether a speaker is named. */
export function quotationsIn(text: string): Array<{quote: string; attributed: boolean}> {
  return quotationSpansIn(text).map((quotation) => ({quote: text.slice(quotation.start, quotation.end), attributed: quotation.attributed}))
}

/**
 * A small pack of loaded words for the context tables, so they test the
 * context handling and not the curated vocabulary of slant's own packs.
 */
export const contextPack: RulePack = validateRulePack(
  {
    id: 'context-test',
    message: '“{actual}” is loaded',
    entries: [
      {term: 'sham', suggest: ['process']},
      {term: 'thug', suggest: ['attacker']},
      {term: 'despot', suggest: ['leader']},
      {term: 'devil', suggest: []},
      {term: 'killer', suggest: ['attacker']},
      {term: 'gross', suggest: ['serious']},
      {term: 'regime', suggest: ['government'], unless: {before: ['tax', 'training', 'visa'], after: ['change']}},
      {
        term: 'mob',
        suggest: ['crowd'],
        unless: {after: ['boss', 'bosses', 'family'], sentence: ['mafia', 'organised crime', 'organized crime', 'racketeering']}
      },
      {term: 'sect', suggest: ['religious group'], unless: {sentence: ['genus', 'species', 'botanical', 'plants']}},
      {term: 'admit', forms: ['admitted', 'admitting'], suggest: ['said'], unless: {after: ['to hospital', 'to the hospital', 'into hospital', 'to a hospital']}}
    ]
  },
  'test/context/helpers.ts'
)

// Findings of slant's curated vocabulary packs are left out of the context tables.
const vocabularyRules = new Set(builtinPacks().filter((pack) => pack.entries.length > 0).map((pack) => pack.id))

/** Lint with the context pack; findings of the context pack and of the code-only rules. */
export function lintWithPack(text: string, options: LintOptions = {}): SlantMessage[] {
  return lint(text, {...options, packs: [contextPack]}).messages.filter((message) => !vocabularyRules.has(message.ruleId))
}

/** What a message is about, in one line, for readable table assertions. */
export function brief(message: SlantMessage): string {
  return `${message.severity} ${message.ruleId} ${message.actual}`
}

/** A case of a lint table: a text and the findings it gives, each as `brief` writes it. */
export type LintCase = [text: string, expected: string[]]

/** One test per case: lint the text with the context pack and compare the findings. */
export function lintTable(cases: LintCase[], options: LintOptions = {}) {
  test.each(cases)('%s', (text, expected) => {
    expect(lintWithPack(text, options).map(brief)).toEqual(expected)
  })
}
