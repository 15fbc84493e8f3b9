import {cuss} from 'cuss'
import pluralize from 'pluralize'
import {equalityPatterns} from '../rules/equality-index.js'

/** The rule ids retext-equality reports: one per pattern, such as `her-him`. */
export const equalityRuleIds: readonly string[] = equalityPatterns.map((pattern) => pattern.id)

let profanityRuleIds: Set<string> | undefined

/**
 * Whether retext-equality or retext-profanities can report a finding under
 * `id`. A profanity's rule id is the word found (a word cuss lists, singular
 * or plural) with a hyphen for each run of spaces or punctuation.
 */
export function isPluginRuleId(id: string): boolean {
  if (equalityRuleIds.includes(id)) return true
  profanityRuleIds ??= new Set(
    Object.keys(cuss)
      .flatMap((word) => [word, pluralize.singular(word), pluralize.plural(word)])
      .map((phrase) => phrase.replace(/\W+/g, '-'))
  )
  return profanityRuleIds.has(id)
}
