import type {ProseIndex} from './prose-index.js'
import {englishTagger, type Tag} from './tagger/tagger.js'

// Tagging costs a few microseconds a word, so a sentence is tagged only when a rule asks about
// one of its words, and then once.
const tagged = new WeakMap<ProseIndex, Map<number, Tag[]>>()

const punctuation = /[.,;:!?"“”‘’()[\]—–]/gu

/** The part-of-speech tag of a token, from its sentence tagged with the punctuation between its words. */
export function tagOfToken(index: ProseIndex, token: number): Tag {
  const sentence = index.tokens[token].sentence
  let sentences = tagged.get(index)
  if (!sentences) {
    sentences = new Map()
    tagged.set(index, sentences)
  }
  let tags = sentences.get(sentence)
  if (!tags) {
    tags = tagSentence(index, sentence)
    sentences.set(sentence, tags)
  }
  return tags[token - index.sentences[sentence].firstToken]
}

// The tagger learnt its words with the punctuation around them: commas and quotation marks are
// given back to it, and only the words' tags are kept.
function tagSentence(index: ProseIndex, sentence: number): Tag[] {
  const {firstToken, endToken, end} = index.sentences[sentence]
  const words: string[] = []
  const wordAt: number[] = []
  for (let token = firstToken; token < endToken; token++) {
    wordAt.push(words.length)
    words.push(index.tokens[token].value)
    const gapEnd = token + 1 < endToken ? index.tokens[token + 1].start : end
    for (const mark of index.text.slice(index.tokens[token].end, gapEnd).match(punctuation) ?? []) words.push(mark)
  }
  const tags = englishTagger().tag(words)
  return wordAt.map((position) => tags[position])
}
