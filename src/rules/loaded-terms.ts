import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {analysisOf, type Analysis} from '../engine/analysis.js'
import {alternatives, quoted, report} from '../engine/finding.js'
import type {CompiledExceptions, Lexicon, LexiconHit, Terminal} from '../engine/lexicon.js'
import {isProperNoun, startsSentence} from '../engine/names.js'
import type {ProseIndex} from '../engine/prose-index.js'
import type {RuleEntry, RulePack} from '../engine/rule-pack.js'
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
        if (!meetsConditions(entry.when ?? pack.when, analysis, hit)) continue
        reported = true
        if (pack.family === 'claims' && reportedNext(next, hit.end, pack, analysis)) continue
        report(file, {
          ruleId: pack.id,
          family: pack.family,
          severity: entry.severity ?? pack.severity,
          reason: reasonFor(terminal, actual),
          start,
          end,
          actual,
          suggest: entry.suggest,
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

// Each terminal's message, split where the words found go, and its advice, worked out at its first finding.
const messages = new WeakMap<RuleTerminal, {around: string[]; advice: string}>()

/** The pack's message with the term filled in, then what to write instead. */
export function reasonFor(terminal: RuleTerminal, actual: string): string {
  let message = messages.get(terminal)
  if (!message) {
    const {pack, entry} = terminal
    const template = pack.message ?? `${quoted('{actual}')} is loaded wording`
    message = {
      around: template.split('{actual}').map((part) => part.replaceAll('{term}', entry.term)),
      advice: entry.suggest.length > 0 ? `; consider ${alternatives(entry.suggest)}` : ''
    }
    messages.set(terminal, message)
  }
  return message.around.join(actual) + message.advice
}
