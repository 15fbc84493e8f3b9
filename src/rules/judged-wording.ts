import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {analysisOf, type Analysis} from '../engine/analysis.js'
import {alternatives, quoted, report} from '../engine/finding.js'
import {lastStartingAtOrBefore} from '../engine/binary-search.js'
import {isPassiveForm} from '../engine/attribution.js'
import {isProperNoun} from '../engine/names.js'
import {quotationAt} from '../engine/quotations.js'
import {wordClass} from '../engine/tagger/tagger.js'
import type {ProseIndex} from '../engine/prose-index.js'
import type {RulePack} from '../engine/rule-pack.js'
import {isContentWord, isHedgeCandidate, type JudgedSentence} from '../model/features.js'
import {englishJudge, judgedSentence, type Judge} from '../model/judge.js'
import {modelRules, type ModelRule} from '../model/model-rules.js'
import type {ModelOptions} from '../options.js'
import {meetsConditions} from './claims/conditions.js'

// Words tagged either side of the first and last candidate: the tagger reads two tags back.
const taggingMargin = 3

const citation = 'https://github.com/slant-lint/slant/blob/main/docs/model.md'

// A hedge is unsupported only where no source stands behind it, as the claim packs' entries are.
const hedgeConditions = ['unattributed', 'outside-quotes'] as const
// A judgement is the writer's unless a named source is reported to have made it, as for the puffery
// pack's entries: "The coroner said the death was a tragic accident." Quoted words are left to the
// voice step, which marks the speaker's as info.
const judgementConditions = ['unreported'] as const

/** A run of judged words in one sentence: token indices, end exclusive, and the highest score. */
interface JudgedRun {
  start: number
  end: number
  score: number
}

/**
 * Report words the trained judge scores as the writer's judgement (`subjective-wording`) or as
 * an unsupported hedge (`speculative-claim`), where no pack entry reported them already. Names,
 * and hedges with a source, are left alone; quotations are judged by the voice step as any finding.
 */
export function retextJudgedWording(packs: readonly RulePack[], options: ModelOptions) {
  const judge = englishJudge()
  const suggestions = new Map(packs.flatMap((pack) => pack.entries.map((entry) => [entry.term, entry.suggest] as const)))
  return (tree: Root, file: VFile) => {
    const analysis = analysisOf(tree, file)
    const {index} = analysis
    const reported = reportedTokens(file, index)
    const sides = Object.entries(modelRules).map(([ruleId, rule]) => ({ruleId, rule, threshold: options.threshold ?? judge.threshold(rule.side)}))
    for (const sentence of index.sentences) {
      const tokens = index.tokens.slice(sentence.firstToken, sentence.endToken)
      const candidates = sides.map(({rule, threshold}) => tokens.map((token) => judge.mayReach(rule.side, token.key, threshold)))
      const first = Math.min(...candidates.map((side) => side.indexOf(true)).filter((position) => position >= 0))
      if (first === Infinity) continue
      const last = Math.max(...candidates.map((side) => side.lastIndexOf(true)))
      // The tagger reads a window around the candidates: their tags, and their neighbours', need no more.
      const from = Math.max(0, first - taggingMargin)
      const to = Math.min(tokens.length, last + taggingMargin + 1)
      const window = tokens.slice(from, to)
      const judged = judgedSentence(
        window.map((token) => token.value),
        window.map((token) => token.key)
      )
      sides.forEach(({ruleId, rule, threshold}, side) => {
        const isCandidate = (word: number) => candidates[side][from + word]
        for (const run of judgedRuns(judge, rule, judged, threshold, isCandidate)) {
          const windowStart = sentence.firstToken + from
          if (!isReportable(analysis, rule, judged, run, windowStart, reported)) continue
          const start = windowStart + run.start
          reportRun(file, analysis, ruleId, rule, {start, end: start + run.end - run.start, score: run.score}, judged.lemmas.slice(run.start, run.end))
        }
      })
    }

    function reportRun(file: VFile, {index}: Analysis, ruleId: string, rule: ModelRule, run: JudgedRun, lemmas: string[]) {
      const start = index.tokens[run.start].start
      const end = index.tokens[run.end - 1].end
      const actual = index.text.slice(start, end)
      const keys = index.tokens.slice(run.start, run.end).map((token) => token.key)
      const loaded = rule.side === 'loaded'
      // A phrase reads like what its words read like; only a single word can be an entry's synonym.
      const like = loaded ? [...new Set(keys.flatMap((key, word) => judge.readsLike(key, lemmas[word])))].slice(0, 2) : []
      const synonym = loaded && keys.length === 1 ? judge.synonymOf(keys[0], lemmas[0]) : undefined
      const suggest = (synonym === undefined ? undefined : suggestions.get(synonym)) ?? []
      const likeness = like.length > 0 ? `; reads like ${like.map(quoted).join(' and ')}` : ''
      const advice = suggest.length > 0 ? `; consider ${alternatives(suggest)}` : `; ${rule.advice}`
      report(file, {
        ruleId,
        family: rule.family,
        severity: rule.severity,
        reason: `${quoted(actual)}: ${rule.reason}${likeness} (score ${run.score.toFixed(2)})${advice}`,
        start,
        end,
        actual,
        suggest,
        note: `Judged by slant’s trained model, not a listed entry: ${rule.reason}.`,
        citation
      })
    }
  }
}

/** Runs of adjacent words at or above the threshold, so "lashed out" is one finding. */
function judgedRuns(judge: Judge, rule: ModelRule, sentence: JudgedSentence, threshold: number, isCandidate: (word: number) => boolean): JudgedRun[] {
  const runs: JudgedRun[] = []
  let run: JudgedRun | undefined
  for (let index = 0; index < sentence.keys.length; index++) {
    const judged = isCandidate(index) && (rule.side === 'hedge' ? isHedgeCandidate(sentence.tags[index]) : isContentWord(sentence.tags[index]))
    const score = judged ? judge.score(rule.side, sentence, index) : 0
    if (score < threshold) {
      run = undefined
      continue
    }
    if (run) {
      run.end = index + 1
      run.score = Math.max(run.score, score)
    } else {
      run = {start: index, end: index + 1, score}
      runs.push(run)
    }
  }
  return runs
}

// Names are never judged, and an entry's finding stands alone. A judgement is reported unless a
// named source made it. A hedge is reported without a source behind it, and as an adverb,
// adjective or passive: an active verb or a noun of belief names who holds the view ("critics
// believe", "fears of a recession" as news of a fear).
function isReportable(analysis: Analysis, rule: ModelRule, judged: JudgedSentence, run: JudgedRun, first: number, reported: ReadonlySet<number>): boolean {
  const start = first + run.start
  const end = first + run.end
  for (let token = start; token < end; token++) if (reported.has(token)) return false
  if (isProperNoun(analysis.index, start, end)) return false
  if (rule.side === 'loaded') {
    const inQuotation = quotationAt(analysis.quotations, analysis.index.tokens[start].start) !== undefined
    return inQuotation || meetsConditions(judgementConditions, analysis, {start, end})
  }
  const hedgeWords = judged.tags.slice(run.start, run.end).every((tag, word) => {
    const wordClassOf = wordClass(tag)
    return wordClassOf === 'ADV' || wordClassOf === 'ADJ' || (wordClassOf === 'VERB' && isPassiveForm(analysis.index.tokens, start + word))
  })
  return hedgeWords && meetsConditions(hedgeConditions, analysis, {start, end})
}

// The tokens an earlier rule reported, so that a listed word keeps its entry's finding alone.
function reportedTokens(file: VFile, {tokens}: ProseIndex): Set<number> {
  const reported = new Set<number>()
  for (const message of file.messages) {
    const place = message.place
    if (!place || !('start' in place) || place.start.offset === undefined || place.end.offset === undefined) continue
    const end = place.end.offset
    let token = lastStartingAtOrBefore(tokens, place.start.offset, (item) => item.start)
    if (tokens[token] && tokens[token].end <= place.start.offset) token++
    for (; token < tokens.length && tokens[token].start < end; token++) reported.add(token)
  }
  return reported
}
