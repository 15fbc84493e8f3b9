import type {BabeSentence} from './data.js'
import type {Finding} from './findings.js'
import type {Linter} from './linters.js'
import {Counts, overlaps, Tally, wordsOf} from './scores.js'

export interface BabeScore {
  counts: Counts
  /** Per family: words it flagged (`flagged`) and gold words among them (`found`). */
  families: Map<string, {flagged: number; found: number}>
  /** Flagged words the annotators did not mark, with the rules that flagged them. */
  falsePositives: Tally
  falseNegatives: Tally
}

/**
 * Word level, as Spinde et al. score BABE: per sentence, the set of lower-cased
 * words that a warning or error covers against the annotators' biased words.
 */
export function scoreBabe(sentences: readonly BabeSentence[], linter: Linter): BabeScore {
  const score: BabeScore = {counts: new Counts(), families: new Map(), falsePositives: new Tally(), falseNegatives: new Tally()}
  for (const sentence of sentences) {
    const findings = linter.run(sentence.text)
    const predicted = predictedWords(sentence.text, findings)
    for (const [word, covering] of predicted) {
      const found = sentence.biasedWords.has(word)
      if (found) score.counts.tp++
      else {
        score.counts.fp++
        score.falsePositives.add(`${word} (${[...new Set(covering.map((finding) => finding.ruleId))].join(', ')})`)
      }
      for (const family of new Set(covering.map((finding) => finding.family))) {
        const tally = score.families.get(family) ?? {flagged: 0, found: 0}
        tally.flagged++
        if (found) tally.found++
        score.families.set(family, tally)
      }
    }
    for (const word of sentence.biasedWords) {
      if (predicted.has(word)) continue
      score.counts.fn++
      score.falseNegatives.add(word)
    }
  }
  return score
}

/** Each covered word with the findings that cover it. */
function predictedWords(text: string, findings: readonly Finding[]): Map<string, Finding[]> {
  const predicted = new Map<string, Finding[]>()
  for (const word of wordsOf(text)) {
    const covering = findings.filter((finding) => overlaps(word, finding))
    if (covering.length > 0) predicted.set(word.text, [...(predicted.get(word.text) ?? []), ...covering])
  }
  return predicted
}
