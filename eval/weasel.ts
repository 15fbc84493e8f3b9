import type {WeaselSentence} from './data.js'
import type {Linter} from './linters.js'
import {Counts, Tally, wordsOf} from './scores.js'

export interface WeaselScore {
  counts: Counts
  /** Counts when only unsupported-claim findings (family `claims`) make a sentence positive. */
  claimsOnly: Counts
  /** What was flagged in sentences without a weasel cue, by the flagged words. */
  falsePositives: Tally
  /** Words and word pairs over-represented in missed weasel sentences (see `overRepresented`). */
  falseNegatives: Tally
}

const claimsFamily = 'claims'

/** Sentence level on label 1: a sentence is positive when a warning or error falls in it. */
export function scoreWeasel(sentences: readonly WeaselSentence[], linter: Linter): WeaselScore {
  const counts = new Counts()
  const claimsOnly = new Counts()
  const falsePositives = new Tally()
  const missed = new Tally()
  const negatives = new Tally()
  let missedSentences = 0
  let negativeSentences = 0
  for (const sentence of sentences) {
    const findings = linter.run(sentence.text)
    count(counts, sentence.weasel, findings.length > 0)
    count(claimsOnly, sentence.weasel, findings.some((finding) => finding.family === claimsFamily))
    if (!sentence.weasel) {
      negativeSentences++
      for (const key of cueCandidates(sentence.text)) negatives.add(key)
      for (const finding of findings) falsePositives.add(`${sentence.text.slice(finding.start, finding.end).toLowerCase()} (${finding.ruleId})`)
    } else if (findings.length === 0) {
      missedSentences++
      for (const key of cueCandidates(sentence.text)) missed.add(key)
    }
  }
  return {counts, claimsOnly, falsePositives, falseNegatives: overRepresented(missed, missedSentences, negatives, negativeSentences)}
}

function count(counts: Counts, gold: boolean, predicted: boolean) {
  if (predicted && gold) counts.tp++
  else if (predicted) counts.fp++
  else if (gold) counts.fn++
}

/** The distinct words and adjacent word pairs of a sentence. */
function cueCandidates(text: string): Set<string> {
  const words = wordsOf(text).map((word) => word.text)
  return new Set([...words, ...words.slice(1).map((word, index) => `${words[index]} ${word}`)])
}

/**
 * The data marks sentences, not cues, so a miss is explained by the words it holds
 * more often than sentences without a cue do: sentences containing the word among
 * the misses, less what the rate among negatives would predict.
 */
function overRepresented(missed: Tally, missedSentences: number, negatives: Tally, negativeSentences: number): Tally {
  const excess = new Tally()
  const ratio = negativeSentences === 0 ? 0 : missedSentences / negativeSentences
  for (const key of missed.keys()) {
    const surplus = Math.round(missed.get(key) - negatives.get(key) * ratio)
    if (surplus > 0) excess.add(key, surplus)
  }
  return excess
}
