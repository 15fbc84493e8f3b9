import {beForms, isPossessive, type TokenRange} from '../../engine/attribution.js'
import type {ProseIndex} from '../../engine/prose-index.js'

// After these the word is a noun: "the claims that", "his boast that", "Moscow's denials".
const determiners = new Set([
  'a', 'an', 'any', 'earlier', 'false', 'her', 'his', 'its', 'my', 'no', 'our', 'previous', 'repeated', 'similar',
  'such', 'the', 'their', 'these', 'those', 'your'
])
// Words that are as often nouns: "baseless claims that", "his boast that".
const alsoNouns = new Set(['claim', 'claims', 'boast', 'boasts'])
// What comes before such a word when it is a verb: a subject, a modal or an adverb.
const verbLeads = new Set([
  'also', 'and', 'can', 'could', 'did', 'do', 'does', 'he', 'i', 'it', 'may', 'might', 'must', 'not', 'now', 'or',
  'often', 'she', 'should', 'still', 'that', 'they', 'to', 'we', 'which', 'who', 'will', 'would', 'you'
])
// "this claim that" is a noun; "the group that claims that" a verb.
const demonstratives = new Set(['this', 'that'])
// A plural subject comes before the plain form: "others claim", "hobbyists claim".
const pluralSubject = /[^su]s$/

const subjectPronouns = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'there', 'you'])
// Finite verbs that show a pronoun after the verb starts a clause: "admitted he had".
const finiteVerbs = new Set([
  'is', 'was', 'were', 'are', 'had', 'has', 'have', 'would', 'could', 'will', 'did', 'does', 'do', 'should', 'might',
  'must', 'can', 'may', 'never', 'knew', 'wanted', "didn't", "wasn't", "hadn't", "wouldn't", "couldn't"
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
  if (!isActiveVerb(index, match.start)) return false
  const {tokens, text} = index
  const sentence = index.sentences[tokens[match.start].sentence]
  const start = tokens[match.start].start
  const end = tokens[match.end - 1].end
  const next = match.end < sentence.endToken ? tokens[match.end] : undefined
  const after = text.slice(end, next ? next.start : sentence.end)
  if (quoteOrColonAfter.test(after)) return true
  if (next && after.trim() === '') {
    if (next.key === 'that') return true
    const following = tokens[match.end + 1]
    if (subjectPronouns.has(next.key) && following?.sentence === next.sentence && finiteVerbs.has(following.key)) return true
  }
  const lead = text.slice(sentence.start, start)
  return tagAfterQuote.test(lead) || (tagAfterComma.test(lead) && clauseEndsAfter.test(text.slice(end, sentence.end)))
}

// Not a passive ("was admitted") and not a noun ("the claims", "Moscow's denials", "baseless claims").
function isActiveVerb(index: ProseIndex, token: number): boolean {
  const {tokens} = index
  const word = tokens[token]
  const before = tokens[token - 1]
  if (!before || before.sentence !== word.sentence) return !alsoNouns.has(word.key)
  if (beForms.has(before.key) || determiners.has(before.key) || isPossessive(index, token - 1)) return false
  if (!alsoNouns.has(word.key)) return true
  const plain = !word.key.endsWith('s')
  if (plain && demonstratives.has(before.key)) return false
  if (verbLeads.has(before.key) || /ly$/.test(before.key) || /^\p{Lu}/u.test(before.value)) return true
  return plain && pluralSubject.test(before.key)
}
