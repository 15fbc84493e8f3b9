import {beForms, isPassiveForm, isSayingOrBelief, type TokenRange} from '../../engine/attribution.js'
import {inflections} from '../../engine/inflect.js'
import type {ProseIndex} from '../../engine/prose-index.js'
import type {Token} from '../../engine/tokens.js'

// Words that may come between the crowd and its verb: "critics have long argued".
const auxiliaries = new Set([
  'also', 'already', 'are', 'can', 'could', 'did', 'do', 'does', 'even', 'generally', 'had', 'has', 'have',
  'increasingly', 'long', 'may', 'might', 'must', 'not', 'now', 'often', 'openly', 'privately', 'should', 'still',
  'were', 'widely', 'will', 'would'
])
// Words that may follow a crowd named as the agent of a passive: "praised by critics for".
const agentEnds = new Set(['alike', 'and', 'as', 'at', 'because', 'for', 'in', 'over', 'since', 'to', 'who'])
// A phrase that says which crowd it is: "experts at Brookings", "sources close to the talks".
const qualifiers = new Set(['at', 'close', 'familiar', 'from', 'in', 'including', 'inside', 'of', 'on', 'such', 'within'])
const window = 6
// Particles between a participle and its agent: "referred to by", "singled out by".
const particles = new Set(['to', 'out', 'up', 'off', 'down'])
const irregularParticiples = new Set(['felt', 'given', 'heard', 'held', 'known', 'said', 'seen', 'shown', 'taken', 'thought', 'told'])
const isParticiple = (key: string) => /[^e]ed$|[^e]en$/.test(key) || irregularParticiples.has(key)
// Quantifiers that make a crowd of any plural noun: "some Catholics", "many New Zealanders".
const quantifiers = new Set(['some', 'many', 'most', 'several', 'various', 'other'])
const maxHeadWords = 2
// With a noun of its own the quantifier's crowd counts only with verbs of opinion, since
// "some stores reported strong sales" reports a fact. Assertive verbs from Hooper (1975) and
// Recasens et al. (2013).
const opinionWords = new Set(
  [
    'agree', 'allege', 'argue', 'assert', 'believe', 'claim', 'consider', 'contend', 'doubt', 'expect', 'fear', 'feel',
    'insist', 'judge', 'maintain', 'regard', 'say', 'speculate', 'state', 'suggest', 'think', 'view'
  ].flatMap((verb) => inflections(verb)).concat(['said', 'thought', 'felt'])
)

// Plain forms that are nouns as often as verbs ("a claim", "a note"), so they attribute
// nothing in general, but after a crowd they are its verb: "critics claim", "some note", "others view".
const crowdOnlyVerbs = new Set(['claim', 'charge', 'note', 'view'])
// After the noun comes its verb or a preposition: "the critics note was short", "the note on".
const afterNoun = new Set(['and', 'are', 'for', 'from', 'in', 'is', 'of', 'on', 'to', 'was', 'were', 'with'])
// "State" is a verb after a crowd only before its clause: "many scholars state that", not "some state officials".
const isCrowdOnlyVerb = (tokens: readonly Token[], token: number) =>
  (crowdOnlyVerbs.has(tokens[token].key) && !afterNoun.has(tokens[token + 1]?.key ?? 'and')) ||
  (tokens[token].key === 'state' && tokens[token + 1]?.key === 'that')

/**
 * Whether the match is the subject of a verb of saying or believing ("critics
 * say", "many believe") or the agent of a passive ("was praised by critics").
 */
export function crowdSpeaks(index: ProseIndex, match: TokenRange): boolean {
  const {tokens, text} = index
  const sentence = index.sentences[tokens[match.start].sentence]
  if (isPassiveAgent(index, match)) return true
  let qualified = false
  let headWords = 0
  const quantified = match.end - match.start === 1 && quantifiers.has(tokens[match.start].key)
  // "As Reuters most recently reported": a superlative adverb, not a crowd.
  if (quantified && tokens[match.start].key === 'most' && /ly$/.test(tokens[match.end]?.key ?? '')) return false
  for (let token = match.end; token < Math.min(sentence.endToken, match.end + window); token++) {
    // Punctuation ends the subject ("many people died, officials said"); a hyphen inside a word does not.
    const gap = text.slice(tokens[token - 1].end, tokens[token].start)
    if (gap.trim() !== '' && !/^[-‐‑]$/.test(gap)) return false
    const {key} = tokens[token]
    if (isCrowdsVerb(index, token)) return headWords === 0 || opinionWords.has(key)
    if (qualifiers.has(key)) qualified = true
    // An adverb of manner may stand before the verb too: "many people superstitiously believe".
    else if (auxiliaries.has(key) || /ly$/.test(key)) continue
    else if (quantified && token - match.end === headWords && headWords < maxHeadWords && /^\p{L}+$/u.test(key)) {
      headWords++
    }
    else if (!qualified) return false
  }
  return false
}

// The crowd's own verb: plural ("some fear", not "some fear-mongering" or "some
// estimates"), whole, active ("some are believed to" is a passive), and an
// "-ing" form only after "be" ("experts are warning", not "some warning signs").
function isCrowdsVerb(index: ProseIndex, token: number): boolean {
  const {tokens, text} = index
  const {key, end} = tokens[token]
  if (!isSayingOrBelief(tokens, token) && !isCrowdOnlyVerb(tokens, token)) return false
  if (/[-‐‑]\p{L}/u.test(text.slice(end, end + 2))) return false
  if (key.endsWith('s') && !key.endsWith('ss') && key !== 'says') return false
  if (key.endsWith('ing')) return beForms.has(tokens[token - 1]?.key ?? '')
  return !isPassiveForm(tokens, token)
}

// A crowd as the agent of a passive: "panned by critics for", "opposed by some
// since", "referred to by many as". "by critics" ends its phrase; "by some
// estimates" goes on to another noun; "domination by others" has no participle.
function isPassiveAgent(index: ProseIndex, match: TokenRange): boolean {
  const {tokens, text} = index
  // A quantifier may stand between "by" and the crowd: "viewed sceptically by some scientists".
  const agent = quantifiers.has(tokens[match.start - 1]?.key ?? '') ? match.start - 1 : match.start
  const before = tokens[agent - 1]
  if (before?.key !== 'by' || before.sentence !== tokens[match.start].sentence) return false
  let verb = agent - 2
  if (/ly$/.test(tokens[verb]?.key ?? '')) verb--
  if (particles.has(tokens[verb]?.key ?? '')) verb--
  if (verb < 0 || !isParticiple(tokens[verb].key)) return false
  // "by some players" names the crowd with a noun of its own.
  let end = match.end
  if (agent === match.start && quantifiers.has(tokens[agent].key)) {
    while (end < match.end + maxHeadWords && isBareWord(index, end) && !agentEnds.has(tokens[end].key)) end++
  }
  const next = tokens[end]
  if (!next || next.sentence !== before.sentence) return true
  return agentEnds.has(next.key) || text.slice(tokens[end - 1].end, next.start).trim() !== ''
}

// A word joined to the one before by a space alone, in the same sentence.
function isBareWord(index: ProseIndex, token: number): boolean {
  const {tokens, text} = index
  const word = tokens[token]
  if (word?.sentence !== tokens[token - 1].sentence) return false
  return text.slice(tokens[token - 1].end, word.start) === ' ' && /^\p{L}+$/u.test(word.key)
}
