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

interface NameEvidence {
  /** Words written with a capital where none is expected. */
  capitalised: Set<string>
  /**
   * Words written in lower case in a normally cased sentence. Only words the
   * text also capitalises are asked about, so only those are kept.
   */
  lowercase: Set<string>
}

const evidenceCache = new WeakMap<ProseIndex, NameEvidence>()

// A caption typed all in lower case ("putin waves at kim") says nothing about names.
function evidenceIn(index: ProseIndex): NameEvidence {
  let evidence = evidenceCache.get(index)
  if (!evidence) {
    const capitalised = new Set<string>()
    const capitalisedAnywhere = new Set<string>()
    for (const sentence of index.sentences) {
      for (let position = sentence.firstToken; position < sentence.endToken; position++) {
        const token = index.tokens[position]
        if (!capitalized(token.value)) continue
        capitalisedAnywhere.add(token.key)
        if (!sentence.titleCase && !startsSentence(index, position)) capitalised.add(token.key)
      }
    }
    const lowercase = new Set<string>()
    for (const sentence of index.sentences) {
      if (!capitalized(index.tokens[sentence.firstToken]?.value ?? '')) continue
      for (let position = sentence.firstToken; position < sentence.endToken; position++) {
        const token = index.tokens[position]
        if (startsLowercase(token.value) && capitalisedAnywhere.has(token.key)) lowercase.add(token.key)
      }
    }
    evidence = {capitalised, lowercase}
    evidenceCache.set(index, evidence)
  }
  return evidence
}

/** A word the text treats as a name: capitalised in mid-sentence, never in lower case. */
function isKnownName(index: ProseIndex, token: number): boolean {
  const {capitalised, lowercase} = evidenceIn(index)
  const key = index.tokens[token].key
  return capitalised.has(key) && !lowercase.has(key)
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
  return capitalized(value) && !sentenceOpeners.has(key) && !evidenceIn(index).lowercase.has(key)
}
