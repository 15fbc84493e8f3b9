import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {agreeingSuggestion, formAgainstLemma} from '../engine/agreement.js'
import type {TargetForm} from '../engine/inflect.js'
import {irregularVerbs} from '../engine/irregular-verbs.js'
import {analysisOf, type Analysis} from '../engine/analysis.js'
import {alternatives, quoted, report} from '../engine/finding.js'
import {headOf, termHead, type CompiledExceptions, type Lexicon, type LexiconHit, type Terminal} from '../engine/lexicon.js'
import {isProperNoun, startsSentence} from '../engine/names.js'
import type {ProseIndex} from '../engine/prose-index.js'
import type {PartOfSpeech, RuleEntry, RulePack} from '../engine/rule-pack.js'
import {tagAt, wordClassAt} from '../engine/part-of-speech.js'
import {KeySet} from '../engine/key-table.js'
import {phraseKeys} from '../engine/tokens.js'
import {meetsConditions} from './claims/conditions.js'

const exceptionWindow = 3

/**
 * Report every rule-pack term in the prose, except names, declared exceptions
 * and matches that miss their entry's or pack's conditions.
 */
export function retextLoadedTerms(lexicon: Lexicon) {
  return (tree: Root, file: VFile) => {
    const analysis = analysisOf(tree, file)
    const {index} = analysis
    const hits = lexicon.match(index.tokens)
    for (const [position, longest] of hits.entries()) {
      // "claimed that" is a passive cue only after "it was"; elsewhere "claimed" alone may still be a finding.
      for (let hit: LexiconHit | undefined = longest; hit; hit = hit.shorter) {
        if (reportHit(hit, hits[position + 1])) break
      }
    }

    // Reports the hit's terminals that apply here; whether any did, or an allowed term stops the search.
    function reportHit(hit: LexiconHit, next: LexiconHit | undefined): boolean {
      if (hit.terminals.some((terminal) => terminal.kind === 'allow')) return true
      // Asked only of a terminal whose verdict turns on it: telling a name needs evidence from the whole text.
      let named: boolean | undefined
      const isNamed = () => (named ??= isProperNoun(index, hit.start, hit.end))
      const start = index.tokens[hit.start].start
      const end = index.tokens[hit.end - 1].end
      const actual = index.text.slice(start, end)
      let reported = false
      for (const terminal of hit.terminals as RuleTerminal[]) {
        const {pack, entry, unless} = terminal
        // A term its pack writes with a capital ("Wuhan virus", "Orwellian") is loaded as a name.
        // Claims are adverbs and function words, which open sentences before names: "Perhaps Putin".
        const opensClaim = pack.family === 'claims' && startsSentence(index, hit.start)
        if (!namesItself(entry) && !opensClaim && isNamed()) continue
        if (unless && isException(index, hit.start, hit.end, unless)) continue
        // A form the entry lists may be of another class (tyrannical for tyrant): only its term's are checked.
        if (entry.pos && terminal.inflected && !hasWordClass(index, hit, entry.pos)) continue
        if (!meetsConditions(entry.when ?? pack.when, analysis, hit)) continue
        reported = true
        if (pack.family === 'claims' && reportedNext(next, hit.end, pack, analysis)) continue
        const suggest = dropIns(terminal, index, hit)
        report(file, {
          ruleId: pack.id,
          entry: entry.id,
          family: pack.family,
          severity: entry.severity ?? pack.severity,
          reason: reasonFor(terminal, actual, suggest),
          start,
          end,
          actual,
          suggest,
          note: entry.note,
          citation: entry.source ?? pack.source
        })
      }
      return reported
    }
  }
}

/**
 * Whether the next hit continues this one in the same pack and is reported
 * itself, so the crowd in "some critics say" gives one finding, at the noun.
 */
function reportedNext(next: LexiconHit | undefined, end: number, pack: RulePack, analysis: Analysis): boolean {
  if (next?.start !== end) return false
  return next.terminals.some(
    (terminal) =>
      terminal.kind === 'rule' && terminal.pack === pack && meetsConditions(terminal.entry.when ?? pack.when, analysis, next)
  )
}

// The tags a word of each class may take. A noun is told from a verb ("lies" in "the answer lies
// elsewhere"); a verb may be read as a noun, as in a headline ("Council slams plan") or where
// its noun is as loaded ("took a swipe at"); an adjective may be a participle or stand as a noun
// ("a disgraced official", "a radical").
const classTags: Record<PartOfSpeech, ReadonlySet<string>> = {
  noun: new Set(['NOUN', 'PROPN', 'X']),
  verb: new Set(['VERB', 'NOUN', 'PROPN', 'X']),
  adjective: new Set(['ADJ', 'VERB', 'NOUN', 'PROPN', 'X']),
  adverb: new Set(['ADV', 'ADJ', 'X'])
}

const hyphens = new Set(['-', '‐', '‑'])

/** Whether the tagger gives the head of the words matched the class the entry names. */
function hasWordClass(index: ProseIndex, hit: LexiconHit, pos: PartOfSpeech): boolean {
  const tokens = index.tokens.slice(hit.start, hit.end)
  const compound = tokens.every((_, offset) => offset === 0 || hyphens.has(index.text[tokens[offset - 1].end]))
  const head = hit.start + (compound ? tokens.length - 1 : headOf(tokens.map((token) => token.key), pos))
  return classTags[pos].has(wordClassAt(index, head))
}

/**
 * The entry's drop-in suggestions in the form of the words matched: "slammed" → "criticised".
 * A form the entry lists rather than inflects (tyrannical for tyrant) has none.
 */
function dropIns({entry, inflected}: RuleTerminal, index: ProseIndex, hit: LexiconHit): string[] {
  if (!inflected || entry.suggest.length === 0) return []
  const termKeys = phraseKeys(entry.term)
  const head = termHead(entry.term, entry.pos)
  const matched = index.tokens[hit.start + head]
  const at = hit.start + head
  if (matched.key === termKeys[head]) return entry.suggest.map((suggestion) => agreeingSuggestion(suggestion, pastAsWritten(index, at, matched.key)))
  const verb = entry.pos ? entry.pos === 'verb' : wordClassAt(index, at) === 'VERB'
  const form = formAgainstLemma(matched.key, termKeys[head], {verb, afterAuxiliary: followsAuxiliary(index, at)})
  return entry.suggest.map((suggestion) => agreeingSuggestion(suggestion, form))
}

/** The past or participle of a verb whose past is written as its lemma ("hit", "cut"), as the tagger reads it here. */
function pastAsWritten(index: ProseIndex, at: number, lemma: string): TargetForm | undefined {
  if (!irregularVerbs.get(lemma)?.past.includes(lemma)) return undefined
  const tag = tagAt(index, at)
  return tag === 'VERB:past' ? 'past' : tag === 'VERB:participle' ? 'participle' : undefined
}

const auxiliaries = new KeySet(['have', 'has', 'had', 'having', 'be', 'is', 'are', 'was', 'were', 'been', 'being'])
const adverbsBeforeParticiple = new KeySet(['already', 'just', 'since', 'also', 'not', 'never', 'now', 'often', 'recently'])

// "have skyrocketed", "has already skyrocketed", "were widely mocked": one adverb may stand between.
function followsAuxiliary(index: ProseIndex, at: number): boolean {
  const {tokens} = index
  const first = index.sentences[tokens[at].sentence].firstToken
  let before = at - 1
  if (before > first && (tokens[before].key.endsWith('ly') || adverbsBeforeParticiple.has(tokens[before]))) before--
  return before >= first && auxiliaries.has(tokens[before])
}

const capital = /\p{Lu}/u
const namesItself = (entry: RuleEntry) => capital.test(entry.term)

function isException(index: ProseIndex, start: number, end: number, unless: CompiledExceptions): boolean {
  const sentence = index.sentences[index.tokens[start].sentence]
  const {tokens} = index
  return (
    unless.before?.occursIn(tokens, Math.max(sentence.firstToken, start - exceptionWindow), start) ||
    unless.after?.occursIn(tokens, end, Math.min(sentence.endToken, end + exceptionWindow)) ||
    unless.sentence?.occursIn(tokens, sentence.firstToken, sentence.endToken) ||
    false
  )
}

type RuleTerminal = Extract<Terminal, {kind: 'rule'}>

// Each terminal's message, split where the words found go, worked out at its first finding.
const messages = new WeakMap<RuleTerminal, string[]>()

/** The pack's message with the term filled in, then what to write instead: drop-ins, then other wordings. */
export function reasonFor(terminal: RuleTerminal, actual: string, dropIns: readonly string[]): string {
  let around = messages.get(terminal)
  if (!around) {
    const template = terminal.pack.message ?? `${quoted('{actual}')} is loaded wording`
    around = template.split('{actual}').map((part) => part.replaceAll('{term}', terminal.entry.term))
    messages.set(terminal, around)
  }
  const wordings = [...dropIns, ...terminal.entry.advice]
  return around.join(actual) + (wordings.length > 0 ? `; consider ${alternatives(wordings)}` : '')
}
