import {ProvidedModel} from '../provided-model.js'
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
    return this.tableTag(taggerWord(written))
  }

  /** The tags of a sentence's words, punctuation included as words of its own. */
  tag(written: readonly string[]): Tag[] {
    const sentence = this.sentence(written)
    return written.map((_, index) => sentence.tagAt(index))
  }

  /** A sentence whose words are tagged as far as they are asked for, each word once. */
  sentence(written: readonly string[]): SentenceTags {
    return new SentenceTags(this, written)
  }

  /** The tag of a word of the table, given through taggerWord(), without its context. */
  tableTag(word: string): Tag | undefined {
    const known = this.words.get(word)
    return known === undefined ? undefined : this.model.tags[known]
  }

  /** The best-scoring tag of the word at `index`, given the tags chosen for the two words before it. */
  scoreTag(written: readonly string[], words: readonly string[], index: number, previousTag: Tag, tagBeforeThat: Tag): Tag {
    const {tags, pairs} = this.model
    const scores = new Float64Array(tags.length)
    for (const feature of taggerFeatures(written, words, index, previousTag, tagBeforeThat)) {
      const range = this.pairsOf.get(feature)
      if (!range) continue
      for (let pair = range[0]; pair < range[1]; pair += 2) scores[pairs[pair]] += pairs[pair + 1]
    }
    let best = 0
    for (let tag = 1; tag < scores.length; tag++) if (scores[tag] > scores[best]) best = tag
    return tags[best]
  }
}

/**
 * The tags of one sentence, left to right as the tagger reads, but only as far back as a word
 * asked about needs: a word's tag depends on earlier ones only through the two tags before it,
 * and a word of the table takes its tag whatever precedes it. So tagging starts after the last
 * two known tags in a row, and gives the tags that tagging the whole sentence would.
 */
export class SentenceTags {
  private readonly words: string[]
  private readonly tags: (Tag | undefined)[]

  constructor(
    private readonly tagger: Tagger,
    private readonly written: readonly string[]
  ) {
    this.words = written.map(taggerWord)
    this.tags = this.words.map((word) => tagger.tableTag(word))
  }

  tagAt(index: number): Tag {
    if (this.tags[index] !== undefined) return this.tags[index]
    const known = (at: number) => at < 0 || this.tags[at] !== undefined
    let start = index
    while (!(known(start - 1) && known(start - 2))) start--
    for (let at = start; at <= index; at++) {
      this.tags[at] ??= this.tagger.scoreTag(this.written, this.words, at, this.tags[at - 1] ?? '<s>', this.tags[at - 2] ?? '<s>')
    }
    return this.tags[index]!
  }
}

// The model (1.5 MB) is read the first time a rule asks for a word class: in Node by `model-file.ts`.
const englishModel = new ProvidedModel(
  (model: TaggerModel) => new Tagger(model),
  () => new Error('slant’s tagger model was not provided: import slant’s package entry, or call provideTaggerModel() first')
)

/** Give the engine the tagger's model. */
export const provideTaggerModel = (read: () => TaggerModel) => englishModel.provide(read)

/** The tagger trained on the Brown corpus (docs/tagger.md), built on first use. */
export const englishTagger = (): Tagger => englishModel.get()
