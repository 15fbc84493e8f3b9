import {inflections} from './inflect.js'
import type {ProseIndex} from './prose-index.js'
import type {Span} from '../source/prose.js'
import {phraseKeys, type Token} from './tokens.js'

/**
 * Verbs that attribute words to a speaker: a curated subset of the report
 * verbs in Recasens, Danescu-Niculescu-Mizil & Jurafsky (2013), leaving out
 * verbs of perception and thought (see, feel, think, hope).
 */
const reportVerbs = [
  'accuse', 'acknowledge', 'add', 'admit', 'allege', 'announce', 'argue', 'ask', 'assert', 'assure', 'boast',
  'clarify', 'complain', 'concede', 'confirm', 'contend', 'criticise', 'criticize', 'declare', 'defend', 'deny',
  'describe', 'disclose', 'dismiss', 'emphasize', 'emphasise', 'explain', 'insist', 'maintain', 'mention', 'mock',
  'observe', 'propose', 'reaffirm', 'recommend', 'refute', 'reiterate', 'reject', 'repeat', 'reply', 'say', 'tell',
  'testify', 'thank', 'threaten', 'urge', 'vow', 'warn', 'write',
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

const cueWords = new Set<string>([
  ...reportVerbs.flatMap((verb) => inflections(verb)),
  ...nounLikeVerbs.flatMap((verb) =>
    inflections(verb).filter((form) => form.endsWith('ed') || (form.endsWith('ing') && !nounGerunds.has(form)))
  ),
  ...irregularForms
])
const cuePhrases = sourcePhrases.map(phraseKeys)

/** Whether a token starts an attribution cue; returns the cue's token length. */
function cueLength(tokens: readonly Token[], index: number): number {
  // An infinitive attributes nothing: "not to mention", "needless to say".
  if (cueWords.has(tokens[index].key)) return tokens[index - 1]?.key === 'to' ? 0 : 1
  for (const keys of cuePhrases) {
    if (keys.every((key, offset) => tokens[index + offset]?.key === key)) return keys.length
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
    const at = index.tokens[token].start
    if (outside.some((span) => at >= span.start && at < span.end)) continue
    if (cueLength(index.tokens, token) > 0) return true
  }
  if (index.citations.some((span) => span.start >= info.start && span.start <= info.end)) return true
  return hasCitation(index.text.slice(info.start, info.end))
}

// A footnote reference ([^1] or [1]) or a parenthetical citation (Smith 2020) names a source.
function hasCitation(sentence: string): boolean {
  return /\[\^?[\w-]+\]|\(\s*[A-Z][\p{L}'-]+(?: et al\.?| and [A-Z][\p{L}'-]+)?,? \d{4}[a-z]?\s*\)/u.test(sentence)
}
