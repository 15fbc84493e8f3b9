import {beForms, isPossessive, type TokenRange} from '../../engine/attribution.js'
import type {ProseIndex} from '../../engine/prose-index.js'
import type {Token} from '../../engine/tokens.js'

// After these the word is a noun: "the claims that", "his boast that", "Moscow's denials".
const determiners = new Set([
  'a', 'an', 'any', 'earlier', 'false', 'her', 'his', 'its', 'my', 'no', 'our', 'previous', 'repeated', 'similar',
  'such', 'the', 'their', 'these', 'those', 'your'
])
const subjectPronouns = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'there', 'you'])
// Finite verbs that show a pronoun after the verb starts a clause: "admitted he had".
const finiteVerbs = new Set([
  'is', 'was', 'were', 'are', 'had', 'has', 'have', 'would', 'could', 'will', 'did', 'does', 'do', 'should', 'might',
  'must', 'can', 'may', 'never', 'knew', 'wanted', 'didn\'t', 'wasn\'t', 'hadn\'t', 'wouldn\'t', 'couldn\'t'
])
const quoteOrColonAfter = /^\s*(?:[,:]\s*)?["“‘«]|^\s*:/
// The verb tags a quotation: …,” she insisted / …," claimed Smith.
const tagAfterQuote = /[,.?!…]\s*["”’»]\s*(?:[\p{L}\p{N}.'’-]+\s+){0,4}$/u
// The verb tags a reported sentence: "The plan failed, he admitted."
const tagAfterComma = /,\s*(?:[\p{L}.'’-]+\s+){1,3}$/u
const clauseEndsAfter = /^\s*(?:[.,;!?…]|$)/

/**
 * Whether the verb reports speech: a that-clause, a quotation or a colon
 * follows, a clause with a pronoun subject follows ("claimed he was"), or the
 * verb tags a quotation or a sentence. "The school admitted 300 students" and
 * "was admitted to hospital" are other senses.
 */
export function introducesSpeech(index: ProseIndex, match: TokenRange): boolean {
  const {tokens, text} = index
  const sentence = index.sentences[tokens[match.start].sentence]
  const before = tokens[match.start - 1]
  const sameSentence = before?.sentence === tokens[match.start].sentence
  if (sameSentence && isNotAVerbBefore(index, match.start - 1)) return false
  if (alsoNouns.has(tokens[match.start].key) && !(sameSentence && isVerbAfter(before))) return false
  const start = tokens[match.start].start
  const end = tokens[match.end - 1].end
  const next = match.end < sentence.endToken ? tokens[match.end] : undefined
  const after = text.slice(end, next ? next.start : sentence.end)
  const lead = text.slice(sentence.start, start)
  if (quoteOrColonAfter.test(after)) return true
  if (next && /^\s*$/.test(after)) {
    if (next.key === 'that') return true
    const following = tokens[match.end + 1]
    if (subjectPronouns.has(next.key) && following?.sentence === next.sentence && finiteVerbs.has(following.key)) return true
  }
  return tagAfterQuote.test(lead) || (tagAfterComma.test(lead) && clauseEndsAfter.test(text.slice(end, sentence.end)))
}

// Words that are as often nouns: "baseless claims that", "his boast that".
const alsoNouns = new Set(['claim', 'claims', 'boast', 'boasts'])
// What comes before such a word when it is a verb: a subject, a modal or an adverb.
const verbLeads = new Set([
  'also', 'and', 'can', 'could', 'did', 'do', 'does', 'he', 'i', 'it', 'may', 'might', 'must', 'not', 'now', 'or',
  'often', 'she', 'should', 'still', 'that', 'they', 'to', 'we', 'which', 'who', 'will', 'would', 'you'
])

function isVerbAfter(before: Token): boolean {
  return verbLeads.has(before.key) || /ly$/.test(before.key) || /^\p{Lu}/u.test(before.value)
}

// A passive ("was admitted") or a noun ("the claims") is not a speaker's verb.
function isNotAVerbBefore(index: ProseIndex, before: number): boolean {
  const {key} = index.tokens[before]
  return beForms.has(key) || determiners.has(key) || isPossessive(index, before)
}
