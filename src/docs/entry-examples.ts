import {headOf} from '../engine/lexicon.js'
import type {Severity} from '../engine/rule-pack.js'
import type {SlantMessage} from '../engine/slant-message.js'
import {englishTagger, wordClass} from '../engine/tagger/tagger.js'
import {lint} from '../lint.js'

/**
 * The findings an entry gives on a sentence at its own severity: one that slant lowers, as it
 * does words in an attributed quotation, is not the entry's verdict on the writer's words.
 */
export function entryFindings(sentence: string, entryId: string, severity: Severity): SlantMessage[] {
  return lint(sentence).messages.filter((message) => message.entry === entryId && message.severity === severity)
}

/** A sentence on one line with `replacement` in place of the words a message is about. */
export function applyFix(sentence: string, message: SlantMessage, replacement: string): string {
  return sentence.slice(0, message.column - 1) + replacement + sentence.slice(message.endColumn - 1)
}

const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu

/** The word class the tagger gives the head of the words from `start` to `end` of a sentence. */
export function headClass(sentence: string, start: number, end: number): string {
  const words = [...sentence.matchAll(wordPattern)]
  const tags = englishTagger().tag(words.map((word) => word[0]))
  const inside = words.flatMap((word, index) => (word.index >= start && word.index < end ? [index] : []))
  if (inside.length === 0) return 'none'
  // A verb phrase's head is its first word, a noun phrase's its last before a preposition.
  const verb = wordClass(tags[inside[0]]) === 'VERB'
  const head = inside[headOf(inside.map((index) => words[index][0].toLowerCase()), verb ? 'verb' : 'noun')]
  return wordClass(tags[head])
}

/** What is wrong with one drop-in fix: the index of the suggestion among the finding's, and why. */
export interface DropInProblem {
  suggestion: number
  problem: string
}

/**
 * What is wrong with each drop-in fix of an entry's findings in a sentence it must flag: the fixed
 * sentence still gives the entry's finding, or the replacement is not of the original's word class.
 */
export function dropInProblems(sentence: string, entryId: string, severity: Severity): DropInProblem[] {
  const problems: DropInProblem[] = []
  for (const message of entryFindings(sentence, entryId, severity)) {
    const original = headClass(sentence, message.column - 1, message.endColumn - 1)
    message.expected.forEach((replacement, suggestion) => {
      const fixed = applyFix(sentence, message, replacement)
      if (entryFindings(fixed, entryId, severity).length > 0) problems.push({suggestion, problem: `“${fixed}” still gives ${entryId}`})
      const replaced = headClass(fixed, message.column - 1, message.column - 1 + replacement.length)
      if (replaced !== original) problems.push({suggestion, problem: `“${replacement}” is a ${replaced} in “${fixed}”, where “${message.actual}” is a ${original}`})
    })
  }
  return problems
}
