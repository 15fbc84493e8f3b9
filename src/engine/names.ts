import type {ProseIndex} from './prose-index.js'

// Characters after which a capital letter says nothing: a quotation, bracket or colon starts afresh.
const freshStart = /["“‘'(\[«:—–-]\s*$/

/** Whether a token starts a sentence, a quotation or a bracketed aside. */
export function startsSentence(index: ProseIndex, token: number): boolean {
  const info = index.sentences[index.tokens[token].sentence]
  if (token === info.firstToken) return true
  const before = index.text.slice(Math.max(info.start, index.tokens[token].start - 3), index.tokens[token].start)
  return freshStart.test(before)
}

function capitalized(value: string): boolean {
  return /^\p{Lu}/u.test(value) && value !== value.toUpperCase()
}

/**
 * Whether the tokens from `start` to `end` are part of a proper noun: "the
 * Regime Change podcast", "Red Devils", "Killer Mike". Capitals decide, except
 * in headlines set in title case, where every word has one.
 */
export function isProperNoun(index: ProseIndex, start: number, end: number): boolean {
  const token = index.tokens[start]
  if (!capitalized(token.value)) return false
  const sentence = index.sentences[token.sentence]
  if (sentence.titleCase) return false
  if (!startsSentence(index, start)) return true
  // At the start of a sentence a capital is expected: a name shows as a run of capitals.
  const next = index.tokens[end]
  return next !== undefined && next.sentence === token.sentence && capitalized(next.value)
}
