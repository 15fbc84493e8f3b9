import {inflections} from './inflect.js'
import {KeySet} from './key-table.js'
import {isProperNoun, mayBeName} from './names.js'
import {tagAt, wordClassAt} from './part-of-speech.js'
import {isHearing} from './senses/senses.js'
import type {ProseIndex} from './prose-index.js'
import type {Span} from '../source/prose.js'
import {isCapitalized, phraseKeys, type Token} from './tokens.js'

/**
 * Verbs that attribute words to a speaker: a curated subset of the report
 * verbs in Recasens, Danescu-Niculescu-Mizil & Jurafsky (2013), leaving out
 * verbs of perception and thought (see, feel, think, hope).
 */
const reportVerbs = [
  'accuse', 'acknowledge', 'add', 'admit', 'allege', 'announce', 'argue', 'ask', 'assert', 'assure', 'boast',
  'chant', 'clarify', 'complain', 'concede', 'confirm', 'contend', 'criticise', 'criticize', 'declare', 'defend',
  'deny', 'describe', 'disclose', 'dismiss', 'emphasize', 'emphasise', 'explain', 'insist', 'maintain', 'mention',
  'mock', 'observe', 'predict', 'proclaim', 'propose', 'reaffirm', 'recommend', 'refute', 'reiterate', 'reject',
  'repeat', 'reply', 'reveal', 'say', 'suggest', 'tell', 'testify', 'thank', 'threaten', 'urge', 'vow', 'warn',
  'write', 'apologise', 'apologize', 'beg', 'cite', 'hint', 'plead', 'rebut', 'remind', 'restate', 'sing',
  'speculate', 'stipulate', 'underscore',
  // Verbs of the manner of speaking: "“Unconscionable!” he shouted."
  'exclaim', 'gasp', 'mutter', 'retort', 'scoff', 'scream', 'shout', 'whisper', 'yell',
  // Verbs of condemnation that introduce a quoted word in news: "derided the zone as “lawless”".
  'assail', 'condemn', 'decry', 'denounce', 'deride', 'lambast'
]
// "-ing" forms of the verbs below that are mostly nouns or adjectives: "gotcha reporting", "a promising start".
const nounGerunds = new Set(['branding', 'charging', 'noting', 'posting', 'promising', 'reporting'])
// Verbs that are also common nouns ("a state visit", "the report"): only their past and "-ing"
// forms attribute ("calling it “a disgrace”").
const nounLikeVerbs = [
  'answer', 'blame', 'brand', 'call', 'caution', 'charge', 'claim', 'comment', 'dub', 'hail', 'joke', 'label',
  'note', 'pledge', 'post', 'praise', 'promise', 'quip', 'quote', 'recall', 'remark', 'report', 'respond',
  'state', 'stress', 'term', 'tweet'
]
const irregularForms = ['said', 'says', 'told', 'wrote', 'written', 'spoke', 'spoken', 'swore', 'sworn']
/** Phrases that name a source without a verb of speech. */
const sourcePhrases = ['according to', 'in a statement', 'in an interview', 'in a post', 'in a letter', 'in remarks', 'quoted as saying']

const cueWords = new KeySet([
  ...reportVerbs.flatMap((verb) => inflections(verb)),
  ...nounLikeVerbs.flatMap((verb) =>
    inflections(verb).filter((form) => form.endsWith('ed') || (form.endsWith('ing') && !nounGerunds.has(form)))
  ),
  ...irregularForms
])
const cuePhrases = sourcePhrases.map(phraseKeys)
// Most words start no source phrase: one look-up settles them.
const cuePhraseStarts = new KeySet(cuePhrases.map((keys) => keys[0]))

/** Whether a token is a verb that reports speech ("said", "warns", "denied"), not an infinitive. */
export function isReportingVerb(tokens: readonly Token[], index: number): boolean {
  // An infinitive attributes nothing: "not to mention", "needless to say".
  return cueWords.has(tokens[index]) && tokens[index - 1]?.key !== 'to'
}

function startsPhrase(tokens: readonly Token[], index: number, keys: readonly string[]): boolean {
  return keys.every((key, offset) => tokens[index + offset]?.key === key)
}

/** Whether a token starts an attribution cue; returns the cue's token length. */
function cueLength(tokens: readonly Token[], index: number): number {
  if (cueWords.has(tokens[index])) return isReportingVerb(tokens, index) ? 1 : 0
  if (!cuePhraseStarts.has(tokens[index])) return 0
  for (const keys of cuePhrases) {
    if (startsPhrase(tokens, index, keys)) return keys.length
  }
  return 0
}

/**
 * Whether a sentence attributes what it says: a reporting verb or a source
 * phrase outside the given quotation spans. Shared by quotation handling and
 * the unsupported-claim rules, so attribution is decided in one place.
 */
export function sentenceHasAttribution(index: ProseIndex, sentence: number, outside: readonly Span[] = []): boolean {
  const info = index.sentences[sentence]
  if (!info) return false
  for (let token = info.firstToken; token < info.endToken; token++) {
    if (cueLength(index.tokens, token) === 0 && !isOwnedSpeech(index, token)) continue
    const at = index.tokens[token].start
    if (!outside.some((span) => at >= span.start && at < span.end)) return true
  }
  return opensWithSpeaker(index, sentence) || sentenceCitesSource(index, sentence)
}

// Nouns for what someone said or wrote: with an owner they name the speaker ("Obama's claim that “history”…").
const speechNouns = new KeySet([
  'accusation', 'accusations', 'announcement', 'argument', 'assertion', 'boast', 'claim', 'claims', 'comments',
  'complaint', 'declaration', 'insistence', 'letter', 'message', 'pledge', 'post', 'promise', 'remarks', 'rhetoric',
  'slogan', 'speech', 'statement', 'testimony', 'tweet', 'vow', 'warning', 'words'
])

// "Trump's claim", "his remarks", "the Foundation's declaration".
function isOwnedSpeech(index: ProseIndex, token: number): boolean {
  if (!speechNouns.has(index.tokens[token]) || token === 0) return false
  const owner = index.tokens[token - 1]
  return owner.sentence === index.tokens[token].sentence && (possessives.has(owner.key) || isPossessive(index, token - 1))
}

const maxSpeakerWords = 4
// Labels that open headlines and notes with a colon but name no speaker.
const headlineLabels = new Set([
  'analysis', 'breaking', 'comment', 'correction', 'editorial', 'exclusive', 'explainer', 'factbox', 'live', 'note',
  'opinion', 'update', 'review', 'timeline', 'watch'
])

// A headline's speaker and colon: "Putin: 'We will win'", "Kuleba: ties a 'lonely bromance'".
function opensWithSpeaker(index: ProseIndex, sentence: number): boolean {
  const {tokens, text} = index
  const info = index.sentences[sentence]
  const colonAfter = (token: number) => token + 1 < tokens.length && /^\s*:/.test(text.slice(tokens[token].end, tokens[token + 1].start))
  // The colon first: most sentences have none, and telling a name needs evidence from the whole text.
  const limit = Math.min(info.endToken, info.firstToken + maxSpeakerWords)
  let last = info.firstToken
  while (last < limit && !colonAfter(last)) last++
  if (last === limit) return false
  for (let token = info.firstToken; token <= last; token++) {
    if (!mayBeName(index, token) || headlineLabels.has(tokens[token].key)) return false
  }
  return true
}

/** A link, a footnote reference or a citation marker in the sentence. */
function sentenceCitesSource(index: ProseIndex, sentence: number): boolean {
  const info = index.sentences[sentence]
  if (index.citations.some((span) => span.start >= info.start && span.start <= info.end)) return true
  // A footnote marker often follows the full stop: "… in 2020.[3]"
  return hasCitation(index.text.slice(info.start, info.end)) || footnoteMarker.test(index.text.slice(info.end))
}

const footnoteMarker = /^\[\^?[\w-]+\]/

// A footnote reference ([^1] or [1]), a parenthetical citation (Smith 2020) or
// a source label after a figure ("(Source: ONS)") names a source.
function hasCitation(sentence: string): boolean {
  return (
    /\[\^?[\w-]+\]|\(\s*[A-Z][\p{L}'-]+(?: et al\.?| and [A-Z][\p{L}'-]+)?,? \d{4}[a-z]?\s*\)/u.test(sentence) ||
    /\((?:source|sources|data)\s*:/i.test(sentence)
  )
}

/**
 * Verbs of belief and expectation: a source may hold a view without voicing
 * it ("Goldman Sachs expects a cut"). Assertive and report verbs from Hooper
 * (1975) and Recasens et al. (2013).
 */
const beliefVerbs = [
  'agree', 'believe', 'consider', 'contend', 'doubt', 'estimate', 'expect', 'fear', 'feel', 'forecast', 'judge', 'predict',
  'question', 'reckon', 'regard', 'speculate', 'suggest', 'suspect', 'think', 'worry'
]
const beliefWords = new KeySet([...beliefVerbs.flatMap((verb) => inflections(verb)), 'thought', 'felt'])

/** Whether a token is a verb of saying or of belief: "said", "warns", "believe", "expected". */
export function isSayingOrBelief(tokens: readonly Token[], index: number): boolean {
  return isReportingVerb(tokens, index) || (beliefWords.has(tokens[index]) && tokens[index - 1]?.key !== 'to')
}

/** Token indices of a claim, end exclusive. */
export interface TokenRange {
  start: number
  end: number
}

const subjectWindow = 6
const sourceWindow = 5
// A name after these words is what the crowd talks about, not who it is: "critics of Biden".
const topicWords = new Set(['of', 'about', 'against', 'on', 'over', 'toward', 'towards', 'with', 'for', 'to'])
// Words inside a multi-word name: "Bank of England", "Office for National Statistics".
const nameConnectors = new Set(['of', 'for', 'and', 'the', 'de'])
// Words between a named subject and its verb: "Smith has said", "NATO also warned", "Reuters is reporting".
const subjectAdverbs = new Set([
  'again', 'also', 'are', 'can', 'could', 'did', 'does', 'earlier', 'had', 'has', 'have', 'is', 'later', 'may',
  'might', 'once', 'previously', 'recently', 'then', 'was', 'were', 'will', 'would'
])
/** Forms of "be": before a participle they make a passive. */
export const beForms: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])
const anaphoricSpeakers = new Set(['he', 'she'])
const articles = new Set(['the', 'a', 'an'])
const possessives = new Set(['its', 'his', 'her', 'their'])

/**
 * Whether a claim carries its source in its own sentence: a named speaker with
 * a reporting verb ("Smith said", "…, said the Kremlin", "he said"),
 * "according to" a named source, an agent named right after the claim
 * ("regarded by Smith as"), a link, a footnote or a citation marker. Unlike
 * `sentenceHasAttribution`, a verb whose subject is a vague crowd ("critics
 * said", "according to experts") is no evidence: naming the crowd is the fault.
 */
export function claimHasAttribution(index: ProseIndex, claim: TokenRange): boolean {
  const {tokens} = index
  const sentence = tokens[claim.start].sentence
  const info = index.sentences[sentence]
  if (sentenceCitesSource(index, sentence)) return true
  if (passiveAgentIsSource(index, claim, info.endToken)) return true
  if (namesMembers(index, claim.end, info.endToken)) return true
  for (let token = info.firstToken; token < info.endToken; token++) {
    if (token >= claim.start && token < claim.end) continue
    if (isHearing(index, token)) return true
    if (isSpeakersVerb(tokens, token) && hasNamedSpeaker(index, token, claim)) return true
    if (tokens[token].key === 'according' && tokens[token + 1]?.key === 'to' && tokens[token + 1].sentence === sentence) {
      // "according to its annual report": a document of a party the sentence names.
      if (possessives.has(tokens[token + 2]?.key ?? '')) return true
      if (namedWithin(index, token + 2, Math.min(info.endToken, token + 2 + sourceWindow))) return true
      const end = phraseEndFrom(index, token + 2, info.endToken)
      if ((claim.start >= end || claim.end <= token + 2) && isSourcePhrase(index, token + 2, end)) return true
    }
  }
  return false
}

// Phrases that list who belongs to a crowd: "critics, including Senator Hill".
const memberPhrases = ['including', 'such as', 'led by', 'among them', 'notably'].map(phraseKeys)
const memberGap = 4

// Whether a phrase naming members follows the claim within a few words.
function namesMembers(index: ProseIndex, from: number, sentenceEnd: number): boolean {
  const {tokens} = index
  for (let token = from; token < Math.min(sentenceEnd, from + memberGap); token++) {
    const phrase = memberPhrases.find((keys) => startsPhrase(tokens, token, keys))
    if (phrase) return namedWithin(index, token + phrase.length, Math.min(sentenceEnd, token + phrase.length + memberGap))
  }
  return false
}

// A passive ("is believed", "was told") has no speaker for a subject; a progressive ("is saying") has.
function isSpeakersVerb(tokens: readonly Token[], token: number): boolean {
  return isSayingOrBelief(tokens, token) && !isPassiveForm(tokens, token)
}

/** Whether a verb form is a passive: a form of "be", then a participle other than "-ing". */
export function isPassiveForm(tokens: readonly Token[], token: number): boolean {
  return beForms.has(tokens[token - 1]?.key ?? '') && !tokens[token].key.endsWith('ing')
}

// The speaker stands before the verb ("experts at Brookings said", "he said"),
// or after it when the verb tags a quotation or a clause ("…, said Smith").
function hasNamedSpeaker(index: ProseIndex, verb: number, claim: TokenRange): boolean {
  const {tokens, text} = index
  const info = index.sentences[tokens[verb].sentence]
  for (let back = verb - 1; back >= Math.max(info.firstToken, verb - 2); back--) {
    if (anaphoricSpeakers.has(tokens[back].key)) return true
  }
  if (namedWithin(index, Math.max(info.firstToken, verb - subjectWindow), verb, true)) return true
  if (verb > info.firstToken && verb - info.firstToken <= 2 && isOpeningName(index, info.firstToken, verb, claim)) return true
  if (newsVerbs.has(tokens[verb]) && subjectIsSource(index, verb, claim)) return true
  const lead = text.slice(verb > info.firstToken ? tokens[verb - 1].end : info.start, tokens[verb].start)
  if (!/[,"”’]\s*$/.test(lead)) return false
  let after = verb + 1
  if (newsVerbs.has(tokens[verb]) && isSourcePhrase(index, after, phraseEndFrom(index, after, info.endToken))) return true
  if (after < info.endToken && articles.has(tokens[after].key)) after++
  return after < info.endToken && isName(index, after)
}

// The finite verbs of wire copy's attribution, whose subject, any noun phrase, is a source:
// "police said", "the ministry announced". Other verbs of speech and belief ("reveals",
// "suggests", "fear") take any subject and need a named one.
const newsVerbs = new KeySet(
  ['say', 'tell', 'add', 'announce', 'confirm', 'report', 'state', 'warn', 'explain'].flatMap((verb) =>
    inflections(verb).filter((form) => !form.endsWith('ing'))
  ).concat(['said', 'says', 'told'])
)

// Heads of a phrase that name a crowd rather than a source: "critics said", "according to
// experts", "praised by many". The weasel-attribution pack reports them as the fault.
const crowdHeads = new Set([
  'activists', 'all', 'analysts', 'campaigners', 'commentators', 'critics', 'economists', 'everybody', 'everyone',
  'experts', 'few', 'historians', 'insiders', 'many', 'most', 'nobody', 'observers', 'opponents', 'others', 'people',
  'pundits', 'reports', 'research', 'researchers', 'scholars', 'scientists', 'some', 'sources', 'studies', 'supporters',
  'both'
])
// Determiners that make a crowd of any noun: "some officials", "many residents".
const crowdDeterminers = new Set(['some', 'many', 'most', 'several', 'various', 'other', 'few', 'certain', 'numerous'])
// Words that a noun phrase does not hold: a verb of its own, a conjunction, a pronoun.
const outsidePhrase = new Set([
  ...beForms, 'and', 'or', 'but', 'that', 'which', 'who', 'whom', 'if', 'because', 'as', 'while', 'when', 'has', 'have',
  'had', 'will', 'would', 'can', 'could', 'may', 'might', 'not', 'do', 'does', 'did', 'it', 'they', 'we', 'you', 'i',
  'this', 'these', 'those', 'there', 'what'
])
// Prepositions after the head of a phrase: "a spokeswoman for the fire service", "officials at the ministry".
const headQualifiers = new Set(['for', 'of', 'at', 'from', 'with', 'in', 'on'])
const sourcePhraseWords = 7
// Between two words of a noun phrase: a space or a hyphen, after an owner's "'s" ("the startup's founder").
const phraseGap = /^(?:['’]s?)?[ -]$/
// A phrase that opens with one is an adverbial, not a subject: "Of all the tracts written…".
const prepositions = new Set([
  ...headQualifiers, 'about', 'after', 'before', 'by', 'during', 'into', 'like', 'over', 'since', 'through', 'to',
  'under', 'unlike', 'until'
])

/**
 * Whether the tokens from `from` to `to` (exclusive) are a noun phrase that names a source:
 * "police", "the health ministry", "a spokeswoman for the fire service", "both parties". A
 * crowd ("critics", "some officials") is no source, nor a phrase with a verb of its own.
 */
function isSourcePhrase(index: ProseIndex, from: number, to: number): boolean {
  if (from >= to || to - from > sourcePhraseWords) return false
  const {tokens, text} = index
  if (crowdDeterminers.has(tokens[from].key) || prepositions.has(tokens[from].key)) return false
  let head = to - 1
  for (let token = from; token < to; token++) {
    const {key, value} = tokens[token]
    if (token > from && !phraseGap.test(text.slice(tokens[token - 1].end, tokens[token].start))) return false
    if (!/^\p{L}[\p{L}'’]*$/u.test(value) || outsidePhrase.has(key)) return false
    if (token > from && head === to - 1 && headQualifiers.has(key)) head = token - 1
  }
  const {key} = tokens[head]
  return !crowdHeads.has(key) && !articles.has(key) && !possessives.has(key) && !headQualifiers.has(key)
}

// A phrase read forward ends at punctuation or at the end of its sentence.
function phraseEndFrom(index: ProseIndex, from: number, sentenceEnd: number): number {
  const {tokens, text} = index
  // A verb that ends its sentence has no phrase after it.
  if (from >= sentenceEnd) return from
  let end = from + 1
  while (end < sentenceEnd && end - from <= sourcePhraseWords && phraseGap.test(text.slice(tokens[end - 1].end, tokens[end].start))) end++
  return end
}

// The subject before a verb, read back from it to the start of its clause: "…, police said",
// "Officials have said", "…, a spokeswoman for the fire service said".
function subjectIsSource(index: ProseIndex, verb: number, claim: TokenRange): boolean {
  const {tokens, text} = index
  const info = index.sentences[tokens[verb].sentence]
  let end = verb
  while (end > info.firstToken && subjectAdverbs.has(tokens[end - 1].key)) end--
  let start = end
  while (start > info.firstToken && end - start < sourcePhraseWords && phraseGap.test(text.slice(tokens[start - 1].end, tokens[start].start))) start--
  // The phrase must reach back to its clause's start, or it is the end of a longer one.
  if (start > info.firstToken && phraseGap.test(text.slice(tokens[start - 1].end, tokens[start].start))) return false
  if (claim.start < end && claim.end > start) return false
  return isSourcePhrase(index, start, end)
}

const agentGap = 4

// The agent of a passive claim, later in its clause: a name ("regarded by Smith as"), or after a
// participle any source ("widely condemned by both parties", "regarded as unsafe by the council's
// inspectors"), but not a time ("probably by the next day").
function passiveAgentIsSource(index: ProseIndex, claim: TokenRange, sentenceEnd: number): boolean {
  const {tokens, text} = index
  for (let by = claim.end; by < Math.min(sentenceEnd, claim.end + agentGap); by++) {
    if (by > claim.end && /[,;:()—–]/.test(text.slice(tokens[by - 1].end, tokens[by].start))) return false
    if (tokens[by].key !== 'by') continue
    const from = by + 1
    if (namedWithin(index, from, Math.min(sentenceEnd, from + 3))) return true
    const participle = tokens.slice(claim.start, claim.end).some(({key}) => /[^e]ed$|[^e]en$/.test(key))
    return participle && isSourcePhrase(index, from, phraseEndFrom(index, from, sentenceEnd))
  }
  return false
}

/** Whether a token is followed by a possessive ending, which tokens leave out: "Moscow’s", "critics’". */
export function isPossessive(index: ProseIndex, token: number): boolean {
  const {end, key} = index.tokens[token]
  const after = index.text.slice(end, end + 3)
  // After a plural the apostrophe stands alone: "critics’ claims", not "a 'fiery friend' Kim".
  return /^['’]s(?!\p{L})/u.test(after) || (key.endsWith('s') && /^['’](?!\p{L})/u.test(after))
}

// A proper noun, or an acronym such as NATO or OSCE.
function isName(index: ProseIndex, token: number): boolean {
  const {value} = index.tokens[token]
  // A word in lower case, most of any text, is neither.
  const first = value.charCodeAt(0)
  if (first >= 0x61 && first <= 0x7a) return false
  return isProperNoun(index, token, token + 1) || /^\p{Lu}{2,}$/u.test(value)
}

/**
 * Whether a name stands in the token range, other than as the topic of a
 * preposition ("critics of Biden"). As a subject (`asSubject`), the name must
 * head its phrase: "Capitol Hill observers believe" names no one.
 */
function namedWithin(index: ProseIndex, from: number, to: number, asSubject = false): boolean {
  const {tokens, text} = index
  for (let token = from; token < to; token++) {
    if (!isName(index, token)) continue
    const start = token
    while (token + 2 < to && nameConnectors.has(tokens[token + 1].key) && isName(index, token + 2)) token += 2
    while (token + 1 < to && isName(index, token + 1)) token++
    if (start > from && topicWords.has(tokens[start - 1].key)) continue
    if (!asSubject || token + 1 >= to) return true
    const next = tokens[token + 1]
    if (isPossessive(index, token) || subjectAdverbs.has(next.key) || /[,;:()—–]/.test(text.slice(tokens[token].end, next.start))) return true
  }
  return false
}

// Words that open a sentence with a capital but name nobody: pronouns,
// quantifiers and groups described by role ("Some said", "Critics say").
const unnamedOpeners = new Set([
  'activists', 'all', 'analysts', 'both', 'campaigners', 'commentators', 'critics', 'economists', 'everybody',
  'everyone', 'experts', 'few', 'historians', 'insiders', 'it', 'many', 'most', 'nobody', 'observers', 'officials',
  'one', 'opponents', 'others', 'people', 'pundits', 'researchers', 'residents', 'scholars', 'scientists', 'some',
  'sources', 'supporters', 'that', 'there', 'these', 'they', 'this', 'those', 'we', 'you'
])

// A capitalised word opening the sentence just before the verb is a name ("Kim
// said", "Kim later said"), unless it is a pronoun or a quantifier, or the
// claim's own crowd stands between ("Leading experts warn").
function isOpeningName(index: ProseIndex, token: number, verb: number, claim: TokenRange): boolean {
  const word = index.tokens[token]
  if (claim.start < verb && claim.end > token) return false
  return isCapitalized(word.value) && !unnamedOpeners.has(word.key)
}

/**
 * Whether a match stands in words that the sentence gives as a source's by their very report:
 * what a hearing heard or ruled ("The court heard the attack was vicious", "The judge ruled that
 * …"), as court reporting gives the evidence and the judgment, or how a named source described a
 * thing ("The judge described the crime as cruel"). Other paraphrase stays the writer's wording:
 * "The vote was a sham, Smith said."
 */
export function isSourcesWording(index: ProseIndex, match: TokenRange): boolean {
  const {tokens} = index
  const info = index.sentences[tokens[match.start].sentence]
  for (let token = info.firstToken; token < match.start; token++) {
    if (isHearing(index, token)) return true
    if (describedAs(index, token, match)) return true
  }
  return false
}

const maxDescribedWords = 6

// "The judge described the crime as cruel": the words after "as", to the end of their clause, with
// a source for the subject. "Collins, often described as a moderate, …" is a participle: no describer.
function describedAs(index: ProseIndex, verb: number, match: TokenRange): boolean {
  const {tokens, text} = index
  if (!tokens[verb].key.startsWith('describ') || tagAt(index, verb) !== 'VERB:past' || !isReportingVerb(tokens, verb)) return false
  let as = verb + 1
  while (as < match.start && as <= verb + maxDescribedWords && tokens[as].key !== 'as') as++
  if (tokens[as]?.key !== 'as' || as >= match.start) return false
  if (/[,;:"“”—–()]/.test(text.slice(tokens[as].end, tokens[match.start].start))) return false
  return hasNamedSpeaker(index, verb, match) || subjectIsSource(index, verb, match)
}

/**
 * Whether a match stands in what a named source is reported to have said: the clause after
 * "The retailer said", before ", the judge said", or in a sentence "according to" a source.
 * Unlike `claimHasAttribution`, a view ("Trump feels"), a link or a citation is no report.
 */
export function isReportedSpeech(index: ProseIndex, match: TokenRange): boolean {
  const {tokens} = index
  const info = index.sentences[tokens[match.start].sentence]
  for (let token = info.firstToken; token < info.endToken; token++) {
    if (token >= match.start && token < match.end) continue
    if (isReportingVerb(tokens, token) && !isPassiveForm(tokens, token) && !verbParticles.has(tokens[token + 1]?.key ?? '')) {
      if (reportsFrom(index, token, match)) return true
    } else if (tokens[token].key === 'according' && tokens[token + 1]?.key === 'to') {
      const end = phraseEndFrom(index, token + 2, info.endToken)
      const source = namedWithin(index, token + 2, end) || isSourcePhrase(index, token + 2, end)
      if (source && (match.end <= token || match.start >= end)) return true
    }
  }
  return false
}

// After a verb of saying, these make it a verb of doing: "insisted on ramming through", "commented on".
const verbParticles = new Set(['on', 'upon'])

// Whether the verb reports the match's words from a source: "…, said Smith" and "…, police said"
// tag the words before them; "The retailer said …" reports the words after it.
function reportsFrom(index: ProseIndex, verb: number, match: TokenRange): boolean {
  const {tokens, text} = index
  const info = index.sentences[tokens[verb].sentence]
  const lead = text.slice(verb > info.firstToken ? tokens[verb - 1].end : info.start, tokens[verb].start)
  const endsClause = verb + 1 === info.endToken || !/^\s*$/.test(text.slice(tokens[verb].end, tokens[verb + 1].start))
  const speakerAfter = !endsClause && (isName(index, verb + 1) || isSourcePhrase(index, verb + 1, phraseEndFrom(index, verb + 1, info.endToken)))
  if (/[,"”’]\s*$/.test(lead) && speakerAfter) return match.end <= verb
  if (!hasNamedSpeaker(index, verb, match) && !subjectIsSource(index, verb, match)) return false
  // A clause after the verb, with a verb of its own, not the verb's object: "said the results were
  // remarkable", "said the defendant lied", not "told lies" or "hailed a legendary win".
  if (match.start > verb) return (match.start > verb + 1 || tokens[verb + 1].key === 'that') && hasVerb(index, verb + 1, match.end)
  // A tag after the words, with its speaker before the verb: "The results were remarkable, she said."
  return endsClause && /[,"”’]/.test(text.slice(tokens[match.end - 1].end, tokens[verb].start)) && clauseStartBefore(index, verb) >= match.end
}

// The first token of the clause that ends at the verb.
function clauseStartBefore(index: ProseIndex, verb: number): number {
  const {tokens, text} = index
  const first = index.sentences[tokens[verb].sentence].firstToken
  let start = verb
  while (start > first && !/[,;:"“”—–()]/.test(text.slice(tokens[start - 1].end, tokens[start].start))) start--
  return start
}

function hasVerb(index: ProseIndex, from: number, to: number): boolean {
  for (let token = from; token < to; token++) {
    const wordClass = wordClassAt(index, token)
    if (wordClass === 'VERB' || wordClass === 'AUX') return true
  }
  return false
}
