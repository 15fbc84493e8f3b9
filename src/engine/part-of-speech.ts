import type {ProseIndex} from './prose-index.js'
import {englishTagger, wordClass, type SentenceTags, type Tag} from './tagger/tagger.js'

// A sentence is read for the tagger the first time a rule asks about one of its words (most are
// never asked about), and its words are tagged only as far as the rules ask.
const sentencesRead = new WeakMap<ProseIndex, Map<number, {tags: SentenceTags; places: number[]}>>()
const punctuation = /[^\s\p{L}\p{N}]/gu
const possessiveEnding = /^['’]s(?![\p{L}\p{N}])/u

/** The part of speech of a token, from the tagger run on its sentence (docs/tagger.md). */
export function tagAt(index: ProseIndex, token: number): Tag {
  const sentence = index.tokens[token].sentence
  let read = sentencesRead.get(index)
  if (!read) sentencesRead.set(index, (read = new Map()))
  let words = read.get(sentence)
  if (!words) read.set(sentence, (words = readSentence(index, sentence)))
  return words.tags.tagAt(words.places[token - index.sentences[sentence].firstToken])
}

/** The word class of a token's tag: NOUN, VERB, ADJ… */
export const wordClassAt = (index: ProseIndex, token: number) => wordClass(tagAt(index, token))

// The tagger reads punctuation as words of its own, as in its training text; `places` says where
// each of the sentence's tokens is among them.
function readSentence(index: ProseIndex, sentence: number): {tags: SentenceTags; places: number[]} {
  const {tokens, text} = index
  const info = index.sentences[sentence]
  const written: string[] = []
  const places: number[] = []
  let from = info.start
  for (let token = info.firstToken; token < info.endToken; token++) {
    for (const mark of text.slice(from, tokens[token].start).match(punctuation) ?? []) written.push(mark)
    // The index leaves a possessive off its word; the tagger was trained on words with it ("country's").
    const possessive = possessiveEnding.exec(text.slice(tokens[token].end, tokens[token].end + 3))?.[0] ?? ''
    places.push(written.length)
    written.push(tokens[token].value + possessive)
    from = tokens[token].end + possessive.length
  }
  for (const mark of text.slice(from, info.end).match(punctuation) ?? []) written.push(mark)
  return {tags: englishTagger().sentence(written), places}
}
