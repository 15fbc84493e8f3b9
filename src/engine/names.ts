import type {ProseIndex} from './prose-index.js'

// Characters after which a capital letter says nothing: a quotation, bracket or colon starts afresh.
const freshStart = new Set(['"', '“', '‘', "'", '(', '[', '«', ':', '—', '–', '-'])
const space = /\s/

// Words that open sentences without being names: articles, pronouns, prepositions,
// conjunctions and sentence adverbs. A capitalised sentence opener outside this
// closed class may be a name ("Smith wrote ...") when nothing says otherwise.
const sentenceOpeners = new Set(
  (
    'a an the this that these those some any each every no all both either neither few many most much more less several such ' +
    'other another one i you he she it we they me him her us them my your his its our their mine yours hers ours theirs ' +
    'who whom whose which what where when why how whether whoever whatever there here then now today yesterday tomorrow ' +
    'and but or nor so yet for because although though while if unless until since once as after before ' +
    'in on at by with without within from to into onto of off over under above below about around across against along ' +
    'among between beside besides beyond behind through throughout during despite toward towards upon near like unlike ' +
    'not only also even still just perhaps maybe however meanwhile instead later earlier soon already again indeed ' +
    'is are was were be been has have had do does did will would shall should can could may might must ' +
    'last next first second third finally overall nevertheless moreover furthermore otherwise thus hence therefore ' +
    'yes please according asked'
  ).split(' ')
)

/** Whether a token starts a sentence, a quotation or a bracketed aside. */
export function startsSentence(index: ProseIndex, token: number): boolean {
  const info = index.sentences[index.tokens[token].sentence]
  if (token === info.firstToken) return true
  // One of those characters, then only spaces, within the three characters before the word.
  const from = Math.max(info.start, index.tokens[token].start - 3)
  let before = index.tokens[token].start - 1
  while (before >= from && space.test(index.text[before])) before--
  return before >= from && freshStart.has(index.text[before])
}

function capitalized(value: string): boolean {
  const first = value.charCodeAt(0)
  // Plain ASCII words, most of any English text, are settled without a regular expression or a copy.
  if (first < 0x80) return first >= 0x41 && first <= 0x5a && hasAsciiLowercase(value)
  return /^\p{Lu}/u.test(value) && value !== value.toUpperCase()
}

/** Whether a word with an ASCII capital has a letter that upper case changes, as `capitalized` asks. */
function hasAsciiLowercase(value: string): boolean {
  for (let index = 1; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code >= 0x61 && code <= 0x7a) return true
    if (code >= 0x80) return value !== value.toUpperCase()
  }
  return false
}

function startsLowercase(value: string): boolean {
  const first = value.charCodeAt(0)
  return first < 0x80 ? first >= 0x61 && first <= 0x7a : /^\p{Ll}/u.test(value)
}

/** What the whole text says about the words asked of, by key. */
interface NameEvidence {
  /** Whether a word is written with a capital where none is expected. */
  capitalised: Map<string, boolean>
  /** Whether a word is written in lower case in a normally cased sentence. */
  lowercase: Map<string, boolean>
  /** Words looked for one at a time so far. */
  scans: number
  /** Whether every word's uses are gathered, so that a word not in the maps has neither. */
  complete: boolean
}

type Use = 'capitalised' | 'lowercase'

// slant's own rules ask about a few words of a text, the equality checks about hundreds. The
// first few are each looked for across the text by hash; after them, every word's uses are
// gathered in one pass, so that the cost stays linear in the text.
const scansBeforeFullPass = 8

const evidenceCache = new WeakMap<ProseIndex, NameEvidence>()

/** Whether the text uses the token's word that way anywhere. `lowercase` is asked only of a word the text capitalises. */
function hasUse(index: ProseIndex, token: number, use: Use): boolean {
  let evidence = evidenceCache.get(index)
  if (!evidence) {
    evidence = {capitalised: new Map(), lowercase: new Map(), scans: 0, complete: false}
    evidenceCache.set(index, evidence)
  }
  const {key, hash} = index.tokens[token]
  let found = evidence[use].get(key)
  if (found !== undefined) return found
  if (evidence.complete) return false
  if (evidence.scans++ >= scansBeforeFullPass) {
    gatherUses(index, evidence)
    return evidence[use].get(key) ?? false
  }
  const isUse = use === 'capitalised' ? isCapitalisedUse : isLowercaseUse
  found = false
  for (let position = 0; position < index.tokens.length && !found; position++) {
    const other = index.tokens[position]
    found = other.hash === hash && other.key === key && isUse(index, position)
  }
  evidence[use].set(key, found)
  return found
}

// A capital in mid-sentence, where none is expected.
function isCapitalisedUse(index: ProseIndex, token: number): boolean {
  return capitalized(index.tokens[token].value) && !index.sentences[index.tokens[token].sentence].titleCase && !startsSentence(index, token)
}

// Lower case in a sentence that opens with a capital: a caption typed all in lower case ("putin waves at kim") says nothing.
function isLowercaseUse(index: ProseIndex, token: number): boolean {
  const {value, sentence} = index.tokens[token]
  return startsLowercase(value) && capitalized(index.tokens[index.sentences[sentence].firstToken].value)
}

function gatherUses(index: ProseIndex, evidence: NameEvidence) {
  const {tokens} = index
  // Only words the text capitalises are asked about in lower case, so only those are kept.
  const capitalisedAnywhere = new Set<string>()
  for (let position = 0; position < tokens.length; position++) {
    if (!capitalized(tokens[position].value)) continue
    capitalisedAnywhere.add(tokens[position].key)
    if (isCapitalisedUse(index, position)) evidence.capitalised.set(tokens[position].key, true)
  }
  for (let position = 0; position < tokens.length; position++) {
    if (capitalisedAnywhere.has(tokens[position].key) && isLowercaseUse(index, position)) evidence.lowercase.set(tokens[position].key, true)
  }
  evidence.complete = true
}

/** A word the text treats as a name: capitalised in mid-sentence, never in lower case. */
function isKnownName(index: ProseIndex, token: number): boolean {
  return hasUse(index, token, 'capitalised') && !hasUse(index, token, 'lowercase')
}

/**
 * Whether the tokens from `start` to `end` are part of a proper noun: "the
 * Regime Change podcast", "Red Devils", "Killer Mike", "Choe Son Hui". A capital
 * in mid-sentence marks a name. At the start of a sentence a capital is
 * expected, so a name shows as a run of capitals or as a word the text
 * capitalises elsewhere. In headlines set in title case only the words the text
 * capitalises elsewhere count.
 */
export function isProperNoun(index: ProseIndex, start: number, end: number): boolean {
  const token = index.tokens[start]
  if (!capitalized(token.value)) return false
  const sentence = index.sentences[token.sentence]
  if (sentence.titleCase) {
    for (let position = start; position < end; position++) if (!isKnownName(index, position)) return false
    return true
  }
  if (!startsSentence(index, start)) return true
  // A run of capitals is joined by spaces alone: "Bizarrely, Abbott said" is no name.
  const next = index.tokens[end]
  const run = next !== undefined && next.sentence === token.sentence && index.text.slice(index.tokens[end - 1].end, next.start).trim() === ''
  if (run && capitalized(next.value)) return true
  return isKnownName(index, start)
}

// Capitalised words that never name a person.
const calendarWords = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' ')
)

/**
 * Whether a token may name a person, for finding what a pronoun
 * refers to. Looser than `isProperNoun`: a capitalised sentence opener that is
 * not a common opening word and never written in lower case counts ("Smith
 * wrote in her letter"), since a missed warning costs less than a false one.
 */
export function mayBeName(index: ProseIndex, token: number): boolean {
  const {value, key} = index.tokens[token]
  if (calendarWords.has(key)) return false
  // Names are learnt from the whole text, so "putin" in a lower-case caption counts.
  if (isKnownName(index, token) || isProperNoun(index, token, token + 1)) return true
  return capitalized(value) && !sentenceOpeners.has(key) && !hasUse(index, token, 'lowercase')
}
