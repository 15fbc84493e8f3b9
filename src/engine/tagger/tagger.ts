import {taggerFeatures, taggerWord} from './features.js'

/**
 * A part of speech: a Universal POS class, with the form of a verb or auxiliary
 * (`VERB:past`, `VERB:participle`, `VERB:ing`, `VERB:s`, `VERB:base`), the number of a plural
 * noun (`NOUN:plural`, `PROPN:plural`) or the degree of an adjective (`ADJ:comparative`).
 */
export type Tag = string

/** The word class of a tag: `VERB:past` → `VERB`. */
export const wordClass = (tag: Tag) => {
  const colon = tag.indexOf(':')
  return colon < 0 ? tag : tag.slice(0, colon)
}

/** The model as training gives it: the word table, and per feature pairs of a tag's index and its weight. */
export interface TrainedTaggerModel {
  tags: Tag[]
  /** Frequent words that take one tag in the training text: their tag's index. */
  words: Record<string, number>
  /** Per feature, pairs of a tag's index and its weight, flattened. */
  weights: Record<string, number[]>
}

/**
 * The model as train/tagger.mjs writes it (docs/tagger.md): the same data in a few long lists, since
 * a JSON object of 77,000 keys each holding an array took three times as long to load.
 */
export interface TaggerModel {
  tags: Tag[]
  /** The table's words, one a line, and each one's tag index. */
  words: string
  wordTags: number[]
  /** The features, one a line; each one's number of pairs; and all the pairs, feature after feature. */
  features: string
  pairCounts: number[]
  pairs: number[]
}

/** The trained model in the layout that loads fast. */
export function packedTaggerModel({tags, words, weights}: TrainedTaggerModel): TaggerModel {
  const features = Object.keys(weights)
  return {
    tags,
    words: Object.keys(words).join('\n'),
    wordTags: Object.values(words),
    features: features.join('\n'),
    pairCounts: features.map((feature) => weights[feature].length / 2),
    pairs: features.flatMap((feature) => weights[feature])
  }
}

/** An averaged perceptron that tags the words of a sentence from left to right. */
export class Tagger {
  /** Per feature, where its pairs start in the model's pairs and where they end. */
  private readonly pairsOf = new Map<string, [number, number]>()
  private readonly words = new Map<string, number>()

  constructor(private readonly model: TaggerModel) {
    model.words.split('\n').forEach((word, index) => this.words.set(word, model.wordTags[index]))
    let start = 0
    model.features.split('\n').forEach((feature, index) => {
      const end = start + 2 * model.pairCounts[index]
      this.pairsOf.set(feature, [start, end])
      start = end
    })
  }

  /** The one tag of a frequent word that takes only that tag in the training text, without tagging. */
  fixedTag(written: string): Tag | undefined {
    const known = this.words.get(taggerWord(written))
    return known === undefined ? undefined : this.model.tags[known]
  }

  /** The tags of a sentence's words, punctuation included as words of its own. */
  tag(written: readonly string[]): Tag[] {
    const {tags, pairs} = this.model
    const words = written.map(taggerWord)
    const result: Tag[] = []
    const scores = new Float64Array(tags.length)
    for (let index = 0; index < words.length; index++) {
      const known = this.words.get(words[index])
      if (known !== undefined) {
        result.push(tags[known])
        continue
      }
      scores.fill(0)
      for (const feature of taggerFeatures(written, words, index, result[index - 1] ?? '<s>', result[index - 2] ?? '<s>')) {
        const range = this.pairsOf.get(feature)
        if (!range) continue
        for (let pair = range[0]; pair < range[1]; pair += 2) scores[pairs[pair]] += pairs[pair + 1]
      }
      let best = 0
      for (let tag = 1; tag < scores.length; tag++) if (scores[tag] > scores[best]) best = tag
      result.push(tags[best])
    }
    return result
  }
}

let readModel: (() => TaggerModel) | undefined
let english: Tagger | undefined

/**
 * Give the engine the tagger's model (1.5 MB), read the first time a rule asks for a word class.
 * The engine reads no files: in Node, `model-file.ts` reads it from beside this module; the
 * browser bundle has it compiled in.
 */
export function provideTaggerModel(read: () => TaggerModel) {
  readModel = read
  english = undefined
}

/** The tagger trained on the Brown corpus (docs/tagger.md), built on first use. */
export function englishTagger(): Tagger {
  if (!english) {
    if (!readModel) throw new Error('slant’s tagger model was not provided: import slant’s package entry, or call provideTaggerModel() first')
    english = new Tagger(readModel())
  }
  return english
}
