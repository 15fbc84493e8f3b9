import {ConfigError} from '../config/config-error.js'
import {englishTagger} from '../engine/tagger/tagger.js'
import {ProvidedModel} from '../engine/provided-model.js'
import {isContentWord, isHedgeCandidate, judgeFeatures, lemmasOf, type JudgedSentence} from './features.js'

/** What the judge scores: loaded wording, or a hedge that weakens a claim. */
export type JudgedSide = 'loaded' | 'hedge'

/** One side's logistic regression, as train/judge.mjs writes it (docs/model.md). */
export interface SideModel {
  /** The lowest score reported, chosen on held-out training data. */
  threshold: number
  /** The own weight (features.ts) a word needs at that threshold before it is tagged and scored. */
  gate: number
  heldOut: {precision: number; recall: number; f1: number}
  /** Weight per sparse feature (features.ts). */
  weights: Record<string, number>
}

export interface JudgeModel {
  loaded: SideModel
  hedge: SideModel
  /** Terms of slant's entries, referred to by their place here. */
  entries: string[]
  /** Words so close to an entry that its suggestions suit them: the entry's place. */
  synonyms: Record<string, number>
  /** Per word: its loaded and hedge weights (its vector, valence and likeness to entries, summed), then the entries it reads like. */
  words: Record<string, number[]>
}

const sideColumn: Record<JudgedSide, number> = {loaded: 0, hedge: 1}

const logOdds = (probability: number) => Math.log(probability / (1 - probability))

/** The trained judge: scores words in their sentence, and tells which of slant's entries a word reads like. */
export class Judge {
  private readonly words: Map<string, number[]>

  // Per side, the weights of a word by itself (its row, its word and lemma features), by key.
  private readonly ownWeights: Record<JudgedSide, Map<string, number>> = {loaded: new Map(), hedge: new Map()}

  constructor(private readonly model: JudgeModel) {
    this.words = new Map(Object.entries(model.words))
  }

  /**
   * Whether a word, written so, may reach the threshold in its context: its own weights pass the
   * gate chosen in training (moved as far as the threshold is), which spares the tagger most words.
   */
  mayReach(side: JudgedSide, key: string, threshold: number): boolean {
    let own = this.ownWeights[side].get(key)
    if (own === undefined) {
      const {weights} = this.model[side]
      // A frequent word that is always a function word ("the", "of") is never a loaded one.
      const fixedTag = englishTagger().fixedTag(key)
      const judged = side === 'hedge' ? fixedTag === undefined || isHedgeCandidate(fixedTag) : fixedTag === undefined || isContentWord(fixedTag)
      own = judged ? (this.words.get(key)?.[sideColumn[side]] ?? 0) + (weights[`w:${key}`] ?? 0) + (weights[`l:${key}`] ?? 0) : -Infinity
      this.ownWeights[side].set(key, own)
    }
    const {gate, threshold: trained} = this.model[side]
    return own >= gate + logOdds(threshold) - logOdds(trained)
  }

  threshold(side: JudgedSide): number {
    return this.model[side].threshold
  }

  /** The probability that the word at `index` is, on this side, the writer's judgement. */
  score(side: JudgedSide, sentence: JudgedSentence, index: number): number {
    const {weights} = this.model[side]
    const row = this.words.get(sentence.keys[index]) ?? this.words.get(sentence.lemmas[index])
    let sum = row?.[sideColumn[side]] ?? 0
    for (const feature of judgeFeatures(sentence, index)) sum += weights[feature] ?? 0
    return 1 / (1 + Math.exp(-sum))
  }

  /** The entries a loaded word is closest to, nearest first. */
  readsLike(key: string, lemma: string): string[] {
    const row = this.words.get(key) ?? this.words.get(lemma)
    return (row?.slice(2) ?? []).map((entry) => this.model.entries[entry])
  }

  /** The entry a word is a near-synonym of, whose suggestions suit it too. */
  synonymOf(key: string, lemma: string): string | undefined {
    const entry = this.model.synonyms[key] ?? this.model.synonyms[lemma]
    return entry === undefined ? undefined : this.model.entries[entry]
  }
}

/** A sentence's words, tagged and lemmatised, ready to be scored. */
export function judgedSentence(written: readonly string[], keys: readonly string[]): JudgedSentence {
  const tags = englishTagger().tag(written)
  return {keys, tags, lemmas: lemmasOf(keys, tags)}
}

// The model (3.8 MB) is read only when a configuration turns the judge on: in Node by
// `judge-model-file.ts`; the browser bundle leaves it out.
const englishModel = new ProvidedModel(
  (model: JudgeModel) => new Judge(model),
  () => new ConfigError('model', 'slant’s trained model is not part of this build (the browser bundle leaves it out); set model to off')
)

/** Give the engine the judge's model. */
export const provideJudgeModel = (read: () => JudgeModel) => englishModel.provide(read)

/** The judge trained by train/judge.mjs, built on first use. */
export const englishJudge = (): Judge => englishModel.get()
