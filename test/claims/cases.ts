import {expect, it} from 'vitest'
import {lint} from '../../src/index.js'
import {warningsAndErrors} from '../helpers.js'

/** A sentence the rule must flag, the words it flags, and the same claim with its source named. */
export interface FlagCase {
  text: string
  actual: string
  attributed: string
}

/** Messages of one rule in a text, read as Markdown so links and footnotes count as sources. */
export function findings(text: string, ruleId: string) {
  return lint(text, {format: 'markdown'}).messages.filter((message) => message.ruleId === ruleId)
}

/**
 * The rule's case table: each must-flag sentence is flagged at the given
 * words, its attributed variant and each must-not-flag sentence are not.
 */
export function caseTable(ruleId: string, flag: FlagCase[], pass: string[]) {
  it.each(flag)('flags “$actual” in: $text', ({text, actual}) => {
    const found = findings(text, ruleId)
    expect(found.map((message) => message.actual)).toEqual([actual])
    expect(found[0].severity).toBe('warning')
  })
  it.each(flag)('does not flag the attributed variant: $attributed', ({attributed}) => {
    expect(warningsAndErrors(findings(attributed, ruleId))).toEqual([])
  })
  it.each(pass)('does not flag: %s', (text) => {
    expect(findings(text, ruleId)).toEqual([])
  })
}
