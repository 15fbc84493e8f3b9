import {lemma} from '../engine/lemma.js'
import {wordClass, type Tag} from '../engine/tagger/tagger.js'

/** A sentence's words as the judge reads them: lower-case keys, their tags and lemmas. */
export interface JudgedSentence {
  keys: readonly string[]
  tags: readonly Tag[]
  lemmas: readonly string[]
}

/** Lemmas of a sentence's words from their keys and tags. */
export function lemmasOf(keys: readonly string[], tags: readonly Tag[]): string[] {
  return keys.map((key, index) => lemma(key, tags[index]))
}

// Loaded wording is a content word's; function words carry no judgement of their own.
const contentClasses = new Set(['ADJ', 'ADV', 'VERB', 'NOUN'])

/** Whether the loaded side judges a word with this tag. */
export const isContentWord = (tag: Tag) => contentClasses.has(wordClass(tag))

/**
 * Whether the hedge side judges a word with this tag. Modal auxiliaries ("may", "could") are
 * uncertainty cues in the annotation, but news uses them to report what is possible: a warning
 * on each costs more trust than the claims it would find.
 */
export const isHedgeCandidate = (tag: Tag) => wordClass(tag) !== 'AUX'

const edge = '<s>'

/**
 * The sparse features of the word at `index`: the word and its lemma, its part of speech and its
 * neighbours', its ending, and the words either side. What the word means beyond these (its
 * vector, its valence) is a weight of its own, looked up per word (see judge.ts).
 */
export function judgeFeatures({keys, tags, lemmas}: JudgedSentence, index: number): string[] {
  const key = keys[index]
  const tag = tags[index]
  const previousTag = index > 0 ? wordClass(tags[index - 1]) : edge
  const nextTag = index + 1 < tags.length ? wordClass(tags[index + 1]) : edge
  const features = [
    'bias',
    `w:${key}`,
    `l:${lemmas[index]}`,
    `t:${tag}`,
    `t-1:${previousTag}|${wordClass(tag)}`,
    `t+1:${wordClass(tag)}|${nextTag}`,
    `p:${index > 0 ? lemmas[index - 1] : edge}`,
    `n:${index + 1 < keys.length ? lemmas[index + 1] : edge}`
  ]
  if (key.length > 4) features.push(`s:${key.slice(-3)}|${wordClass(tag)}`)
  return features
}
