import {lemma} from '../lemma.js'
import {tagAt, wordClassAt} from '../part-of-speech.js'
import type {ProseIndex} from '../prose-index.js'
import vocabulary from './vocabulary.json' with {type: 'json'}

/** Token indices of a match, end exclusive. */
interface TokenRange {
  start: number
  end: number
}

const naturalCauses = new Set(vocabulary.naturalCauses.words)
const changes = new Set(vocabulary.changes.words)
const governments = new Set(vocabulary.governments.words)
const hearings = new Set(vocabulary.hearings.words)

const nominal = new Set(['NOUN', 'PROPN'])
const beForms = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])

// Two tokens of one phrase: nothing but a space or a hyphen between them.
function joined(index: ProseIndex, left: number, right: number): boolean {
  const {tokens, text} = index
  return tokens[left].sentence === tokens[right]?.sentence && /^[ -]?$/.test(text.slice(tokens[left].end, tokens[right].start))
}

// The head of a phrase is read as a noun whatever its tag: "Gales" at the start of a sentence, "cuts" read as a verb.
const nounLemma = (key: string) => lemma(key, 'NOUN:plural')

// A word that starts the token's phrase in the tagger's view ("'s" goes with its owner).
const isOwner = (index: ProseIndex, token: number) => /^['’]s?(?![\p{L}\p{N}])/u.test(index.text.slice(index.tokens[token].end, index.tokens[token].end + 3))

/**
 * "lies" as falsehoods, not as the verb of where a thing is: "told lies", "his lies", "the regime
 * lies", not "the answer lies elsewhere" or "the village lies 20 km north".
 */
export function isNounSense(index: ProseIndex, match: TokenRange): boolean {
  const word = match.start
  if (wordClassAt(index, word) !== 'VERB') return true
  const before = word - 1
  // The tagger reads "told lies" as a verb after a verb: the located sense has a thing for its subject.
  if (before < 0 || !joined(index, before, word) || wordClassAt(index, before) !== 'NOUN') return true
  return !isLocative(index, word + 1)
}

const locativeClasses = new Set(['ADV', 'ADP', 'NUM'])

// Where a thing lies: "elsewhere", "in the hills", "20 km north", "with the council"; "to" only
// of a direction ("to the north"), as "lies to the public" is the deceit.
function isLocative(index: ProseIndex, token: number): boolean {
  const {tokens} = index
  if (!joined(index, token - 1, token)) return false
  if (tokens[token].key === 'to' || tokens[token].key === 'about') return joined(index, token, token + 1) && (wordClassAt(index, token + 1) === 'NUM' || /^(?:north|south|east|west)/.test(tokens[token + 2]?.key ?? ''))
  return locativeClasses.has(wordClassAt(index, token))
}

/**
 * An adjective that labels people, a group or their ideas ("a radical cleric", "radicals",
 * "radical ideas"), not one that grades a change ("radical cuts", "a radical redesign").
 */
export function labels(index: ProseIndex, match: TokenRange): boolean {
  const word = match.end - 1
  if (nominal.has(wordClassAt(index, word))) return true
  // The head is the last noun of the words it runs into: "radical budget cuts" → cuts.
  let head: number | undefined
  for (let next = word + 1; joined(index, next - 1, next) && next < index.tokens.length; next++) {
    const wordClass = wordClassAt(index, next)
    // A change the tagger reads as a verb ends the run: "radical budget cuts over the year".
    if (nominal.has(wordClass) || (wordClass === 'VERB' && isChange(index, next))) head = next
    if (wordClass !== 'ADJ' && !nominal.has(wordClass)) break
  }
  if (head !== undefined) return !isChange(index, head)
  // Said of a subject: "the changes to the timetable are radical".
  const verb = word - 1
  if (verb <= 0 || !beForms.has(index.tokens[verb].key)) return true
  for (let token = verb - 1; token >= 0 && joined(index, token, token + 1); token--) {
    if (nominal.has(wordClassAt(index, token)) && isChange(index, token)) return false
  }
  return true
}

const isChange = (index: ProseIndex, token: number) => changes.has(nounLemma(index.tokens[token].key))

/**
 * "regime" as a government ("the Assad regime", "the military regime", "regime change"), not
 * the rules of a field, which a noun before it names: "the bail regime", "an antibiotics regime".
 */
export function namesGovernment(index: ProseIndex, match: TokenRange): boolean {
  const modifier = match.start - 1
  if (modifier < 0 || !joined(index, modifier, match.start) || isOwner(index, modifier)) return true
  const {key, value} = index.tokens[modifier]
  if (value !== key || governments.has(key)) return true
  const tag = tagAt(index, modifier)
  // A noun or a gerund before it: "the tax regime", "a pricing regime".
  return !(tag.startsWith('NOUN') || tag === 'VERB:ing')
}

const maxObjectWords = 3
const maxSubjectWords = 4

/**
 * Disorder caused by people, not by weather or a machine: "the storm caused havoc", "a signal
 * failure caused chaos", "the havoc caused by the floods" are the plain report of a disruption.
 */
export function causedByPeople(index: ProseIndex, match: TokenRange): boolean {
  const cause = agentAfter(index, match.end) ?? subjectBefore(index, verbBefore(index, match.start))
  return cause === undefined || !isNaturalCause(index, cause)
}

// The verb whose object the match is: "caused havoc", "caused traffic chaos".
function verbBefore(index: ProseIndex, word: number): number | undefined {
  for (let token = word - 1; token >= word - maxObjectWords && token >= 0 && joined(index, token, token + 1); token--) {
    const wordClass = wordClassAt(index, token)
    if (wordClass === 'VERB') return token
    if (wordClass !== 'NOUN' && wordClass !== 'ADJ' && wordClass !== 'DET') return undefined
  }
  return undefined
}

// The head of the verb's subject, past adverbs and auxiliaries: "the strong winds have played".
function subjectBefore(index: ProseIndex, verb: number | undefined): number | undefined {
  if (verb === undefined) return undefined
  let token = verb - 1
  while (token >= 0 && joined(index, token, token + 1) && ['ADV', 'AUX'].includes(wordClassAt(index, token))) token--
  if (token < 0 || !joined(index, token, token + 1) || verb - token > maxSubjectWords) return undefined
  return token
}

// The agent of a participle after the match: "the havoc caused by the floods" → floods.
function agentAfter(index: ProseIndex, end: number): number | undefined {
  const {tokens} = index
  if (!joined(index, end - 1, end) || tokens[end + 1]?.key !== 'by' || !tagAt(index, end).startsWith('VERB')) return undefined
  let head: number | undefined
  for (let token = end + 2; joined(index, token - 1, token) && token < end + 2 + maxSubjectWords; token++) {
    const wordClass = wordClassAt(index, token)
    if (nominal.has(wordClass)) head = token
    else if (wordClass !== 'DET' && wordClass !== 'ADJ') break
  }
  return head
}

function isNaturalCause(index: ProseIndex, head: number): boolean {
  const base = nounLemma(index.tokens[head].key)
  if (naturalCauses.has(base) || naturalCauses.has(index.tokens[head].key)) return true
  return head > 0 && joined(index, head - 1, head) && naturalCauses.has(`${index.tokens[head - 1].key} ${base}`)
}

const hearingVerbs = new Set(['heard', 'ruled', 'found', 'concluded'])

/**
 * "The court heard", "the inquest found", "the judge ruled": what follows was said in evidence or
 * argument there, or is the finding.
 */
export function isHearing(index: ProseIndex, verb: number): boolean {
  const {tokens} = index
  if (!hearingVerbs.has(tokens[verb].key) || verb === 0 || !joined(index, verb - 1, verb)) return false
  return hearings.has(tokens[verb - 1].key.replace(/s$/, ''))
}
