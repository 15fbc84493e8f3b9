import {cuss} from 'cuss'
import pluralize from 'pluralize'
import {equalityPatterns} from '../rules/equality-index.js'

/** The rule ids retext-equality reports: one per pattern, such as `her-him`. */
export const equalityRuleIds: readonly string[] = equalityPatterns.map((pattern) => pattern.id)

let profanityRuleIds: Set<string> | undefined

/**
 * Whether retext-equality or retext-profanities can report a finding under
 * `id`. A profanity's rule id is the word found, in any inflection of a word
 * cuss lists, with each run of other characters than letters and digits as a
 * hyphen.
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
