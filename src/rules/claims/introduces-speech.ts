import {beForms, isPossessive, type TokenRange} from '../../engine/attribution.js'
import type {ProseIndex} from '../../engine/prose-index.js'
import {isCapitalized} from '../../engine/tokens.js'

// After these the word is a noun: "the claims that", "his boast that", "Moscow's denials".
const determiners = new Set([
  'a', 'an', 'any', 'earlier', 'false', 'her', 'his', 'its', 'my', 'no', 'our', 'previous', 'repeated', 'similar',
  'such', 'the', 'their', 'these', 'those', 'your'
])
// Words that are as often nouns: "baseless claims that", "his boast that".
const alsoNouns = new Set(['claim', 'claims', 'boast', 'boasts'])
// What comes before such a word when it is a verb: a subject, a modal or an adverb.
const verbLeads = new Set([
  'also', 'and', 'can', "can't", 'cannot', 'could', "couldn't", 'did', "didn't", 'do', 'does', "doesn't", "don't",
  'he', 'i', 'it', 'may', 'might', 'must', 'not', 'now', 'or', 'often', 'she', 'should', 'still', 'that', 'they', 'to',
  'we', 'which', 'who', 'will', "won't", 'would', "wouldn't", 'you'
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
// Words that open an adverbial between the verb and its that-clause: "claimed on Tuesday that".
const adverbialLeads = new Set([
  'after', 'again', 'also', 'at', 'before', 'during', 'earlier', 'even', 'falsely', 'in', 'last', 'later', 'now', 'on',
  'once', 'previously', 'privately', 'publicly', 'recently', 'repeatedly', 'this', 'today', 'without', 'yesterday'
])
const adverbialWindow = 8
// Words a subject is made of before its verb: "claimed his administration would", "claimed the Taliban are".
const subjectLeads = new Set(['a', 'all', 'an', 'her', 'his', 'its', 'many', 'most', 'our', 'some', 'the', 'their', 'these', 'those', 'your'])
const subjectWindow = 6
// These end a subject: after them comes a relative clause ("admitted students who were"), not speech.
const relativeWords = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'because', 'since', 'if', 'as', 'and', 'or', 'but'])
// "Claim" reports through an infinitive ("claiming to be") and around a gap ("what he claims is true");
// "the students it admitted were" is another sense.
const claimForms = new Set(['claim', 'claimed', 'claiming', 'claims'])
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
  if (next && after.trim() === '' && clauseFollows(index, match.end, sentence.endToken)) return true
  const lead = text.slice(sentence.start, start)
  return tagAfterQuote.test(lead) || (tagAfterComma.test(lead) && clauseEndsAfter.test(text.slice(end, sentence.end)))
}

// A that-clause, perhaps after an adverbial ("claimed on Friday that"); a clause whose subject comes
// first ("claimed he was", "claimed the Taliban are"); or, for "claim", an infinitive or a gap.
function clauseFollows(index: ProseIndex, from: number, sentenceEnd: number): boolean {
  const {tokens} = index
  const next = tokens[from]
  if (next.key === 'that') return true
  if (claimForms.has(tokens[from - 1].key)) {
    if (next.key === 'to') return opensVerbPhrase(index, from + 1, sentenceEnd)
    // "the socialism that he claims has ravaged": the clause's subject stands before the verb.
    if (finiteVerbs.has(next.key) && !subjectPronouns.has(next.key)) return true
  }
  if (adverbialLeads.has(next.key) || /ly$/.test(next.key)) return thatWithin(index, from + 1, Math.min(sentenceEnd, from + adverbialWindow))
  return subjectThenVerb(index, from, sentenceEnd)
}

// Whether "that" comes within the range, with no clause punctuation before it.
function thatWithin(index: ProseIndex, from: number, to: number): boolean {
  for (let token = from; token < to; token++) {
    if (/[,;:.!?—–()"“”]/.test(index.text.slice(index.tokens[token - 1].end, index.tokens[token].start))) return false
    if (index.tokens[token].key === 'that') return true
  }
  return false
}

// "he was", "his administration would", "the Taliban are": a short subject, then a finite verb.
function subjectThenVerb(index: ProseIndex, from: number, sentenceEnd: number): boolean {
  const {tokens, text} = index
  if (subjectPronouns.has(tokens[from].key)) return from + 1 < sentenceEnd && finiteVerbs.has(tokens[from + 1].key)
  if (!subjectLeads.has(tokens[from].key) && !isCapitalized(tokens[from].value)) return false
  for (let token = from + 1; token < Math.min(sentenceEnd, from + subjectWindow + 1); token++) {
    if (text.slice(tokens[token - 1].end, tokens[token].start).trim() !== '') return false
    if (finiteVerbs.has(tokens[token].key)) return true
    if (relativeWords.has(tokens[token].key)) return false
  }
  return false
}

// After "to", a verb rather than a noun phrase: "claimed to be", not "claimed to the throne".
function opensVerbPhrase(index: ProseIndex, token: number, sentenceEnd: number): boolean {
  if (token >= sentenceEnd) return false
  const word = index.tokens[token]
  return !determiners.has(word.key) && !subjectLeads.has(word.key) && !isCapitalized(word.value)
}

// Not a passive ("was admitted") and not a noun ("the claims", "Moscow's denials", "baseless claims").
function isActiveVerb(index: ProseIndex, token: number): boolean {
  const {tokens} = index
  const word = tokens[token]
  const before = tokens[token - 1]
  if (!before || before.sentence !== word.sentence) return !alsoNouns.has(word.key)
  // "is claiming" is a progressive, so active; "was admitted" a passive.
  if ((beForms.has(before.key) && !word.key.endsWith('ing')) || determiners.has(before.key) || isPossessive(index, token - 1)) return false
  if (!alsoNouns.has(word.key)) return true
  const plain = !word.key.endsWith('s')
  if (plain && demonstratives.has(before.key)) return false
  if (verbLeads.has(before.key) || /ly$/.test(before.key) || isCapitalized(before.value)) return true
  return plain && pluralSubject.test(before.key)
}
