import {taggerFeatures, taggerWord} from './features.js'
import model from './model.json' with {type: 'json'}

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

/** The trained model, as train/tagger.mjs writes it (docs/tagger.md). */
export interface TaggerModel {
  tags: Tag[]
  /** Frequent words that take one tag in the training text: their tag's index. */
  words: Record<string, number>
  /** Per feature, pairs of a tag's index and its weight, flattened. */
  weights: Record<string, number[]>
}

/** An averaged perceptron that tags the words of a sentence from left to right. */
export class Tagger {
  private readonly weights: Map<string, number[]>
  private readonly words: Map<string, number>

  constructor(private readonly model: TaggerModel) {
    this.weights = new Map(Object.entries(model.weights))
    this.words = new Map(Object.entries(model.words))
  }

  /** The one tag of a frequent word that takes only that tag in the training text, without tagging. */
  fixedTag(written: string): Tag | undefined {
    const known = this.words.get(taggerWord(written))
    return known === undefined ? undefined : this.model.tags[known]
  }

  /** The tags of a sentence's words, punctuation included as words of its own. */
  tag(written: readonly string[]): Tag[] {
    const {tags} = this.model
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
        const pairs = this.weights.get(feature)
        if (!pairs) continue
        for (let pair = 0; pair < pairs.length; pair += 2) scores[pairs[pair]] += pairs[pair + 1]
      }
      let best = 0
      for (let tag = 1; tag < scores.length; tag++) if (scores[tag] > scores[best]) best = tag
      result.push(tags[best])
    }
    return result
  }
}

let english: Tagger | undefined

/** The tagger trained on the Brown corpus (docs/tagger.md), built on first use. */
export function englishTagger(): Tagger {
  english ??= new Tagger(model as TaggerModel)
  return english
}
