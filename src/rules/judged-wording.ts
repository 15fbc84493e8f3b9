import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {analysisOf, type Analysis} from '../engine/analysis.js'
import {alternatives, quoted, report} from '../engine/finding.js'
import {lastStartingAtOrBefore} from '../engine/binary-search.js'
import {isProperNoun} from '../engine/names.js'
import type {ProseIndex} from '../engine/prose-index.js'
import type {RulePack} from '../engine/rule-pack.js'
import {isContentWord, isHedgeCandidate, type JudgedSentence} from '../model/features.js'
import {englishJudge, judgedSentence, type Judge} from '../model/judge.js'
import {modelRules, type ModelRule} from '../model/model-rules.js'
import type {ModelOptions} from '../options.js'
import {meetsConditions} from './claims/conditions.js'

const citation = 'https://github.com/slant-lint/slant/blob/main/docs/model.md'

// A hedge is unsupported only where no source stands behind it, as the claim packs' entries are.
const hedgeConditions = ['unattributed', 'outside-quotes'] as const

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
    for (const sentence of index.sentences) {
      if (sentence.endToken === sentence.firstToken) continue
      const tokens = index.tokens.slice(sentence.firstToken, sentence.endToken)
      const judged = judgedSentence(
        tokens.map((token) => token.value),
        tokens.map((token) => token.key)
      )
      for (const [ruleId, rule] of Object.entries(modelRules)) {
        const threshold = options.threshold ?? judge.threshold(rule.side)
        for (const run of judgedRuns(judge, rule, judged, threshold)) {
          const start = sentence.firstToken + run.start
          const end = sentence.firstToken + run.end
          if (!isReportable(analysis, rule, start, end, reported)) continue
          reportRun(file, analysis, ruleId, rule, {start, end, score: run.score}, judged.lemmas.slice(run.start, run.end))
        }
      }
    }

    function reportRun(file: VFile, {index}: Analysis, ruleId: string, rule: ModelRule, run: JudgedRun, lemmas: string[]) {
      const start = index.tokens[run.start].start
      const end = index.tokens[run.end - 1].end
      const actual = index.text.slice(start, end)
      const key = index.tokens.slice(run.start, run.end).map((token) => token.key).join(' ')
      const lemma = lemmas.join(' ')
      const like = rule.side === 'loaded' ? judge.readsLike(key, lemma) : []
      const synonym = rule.side === 'loaded' ? judge.synonymOf(key, lemma) : undefined
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
function judgedRuns(judge: Judge, rule: ModelRule, sentence: JudgedSentence, threshold: number): JudgedRun[] {
  const runs: JudgedRun[] = []
  let run: JudgedRun | undefined
  for (let index = 0; index < sentence.keys.length; index++) {
    const judged = rule.side === 'hedge' ? isHedgeCandidate(sentence.tags[index]) : isContentWord(sentence.tags[index])
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

// Names are never judged; a hedge needs no source to be reported; an entry's finding stands alone.
function isReportable(analysis: Analysis, rule: ModelRule, start: number, end: number, reported: ReadonlySet<number>): boolean {
  for (let token = start; token < end; token++) if (reported.has(token)) return false
  if (isProperNoun(analysis.index, start, end)) return false
  return rule.side !== 'hedge' || meetsConditions(hedgeConditions, analysis, {start, end})
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
