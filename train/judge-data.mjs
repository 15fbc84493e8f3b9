// Reads the judge's training data from ../shared/train (README.md there lists each file, its
// source and licence) into sentences of words, each word labelled 1 when annotators marked it.
import {readFileSync} from 'node:fs'

// The repository's neighbour, as in the project's checkout; `--data <folder>` names another.
export const defaultTrainFolder = new URL('../../shared/train/', import.meta.url)

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu
const hasWordCharacter = /[\p{L}\p{N}]/u

/** Words of a text with their offsets, split at hyphens as slant's index splits them. */
export function wordsWithOffsets(text) {
  return [...text.matchAll(wordPattern)].map((match) => ({word: match[0], start: match.index, end: match.index + match[0].length}))
}

// A pre-tokenised token as slant's words: hyphens split it, punctuation is not a word.
function splitToken(token) {
  return wordsWithOffsets(token).map(({word}) => word)
}

/** WIKIBIAS: tokens with BIO tags; every token of a bias span is a positive. */
export function readWikibias(trainFolder) {
  const sentences = []
  let words = []
  let labels = []
  const flush = () => {
    if (words.length > 0) sentences.push({words, labels})
    words = []
    labels = []
  }
  for (const line of readFileSync(new URL('wikibias-test.tsv', trainFolder), 'utf8').split('\n')) {
    if (line.trim() === '') {
      flush()
      continue
    }
    const [token, tag] = line.split('\t')
    if (!hasWordCharacter.test(token)) continue
    for (const word of splitToken(token)) {
      words.push(word)
      labels.push(tag === 'O' ? 0 : 1)
    }
  }
  flush()
  return sentences
}

// The words of `biased` that the neutral version does not keep, by a longest common subsequence.
function removedWords(biased, neutral) {
  const lengths = Array.from({length: biased.length + 1}, () => new Uint16Array(neutral.length + 1))
  for (let i = biased.length - 1; i >= 0; i--) {
    for (let j = neutral.length - 1; j >= 0; j--) {
      lengths[i][j] = biased[i] === neutral[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1])
    }
  }
  const labels = new Array(biased.length).fill(1)
  for (let i = 0, j = 0; i < biased.length && j < neutral.length; ) {
    if (biased[i] === neutral[j]) {
      labels[i] = 0
      i++
      j++
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) i++
    else j++
  }
  return labels
}

/** WNC pairs: the words an editor removed or changed to neutralise the sentence are positives. */
export function readWncPairs(trainFolder) {
  const pairs = {train: [], test: []}
  const lines = readFileSync(new URL('wnc-pairs.tsv', trainFolder), 'utf8').split('\n').slice(1)
  for (const line of lines) {
    const [split, biased, neutral] = line.split('\t')
    if (!neutral) continue
    const biasedWords = biased.split(' ').flatMap(splitToken)
    const labels = removedWords(biasedWords, neutral.split(' ').flatMap(splitToken))
    // A rewritten sentence tells little about which of its words were the loaded ones.
    if (labels.filter(Boolean).length > 4) continue
    pairs[split]?.push({words: biasedWords, labels})
  }
  return pairs
}

// Conditions ("if", "until") and questions under study ("whether") are uncertain without
// weakening a claim: only probable and doxastic cues ("may", "is believed") are positives.
const claimCueTypes = /^speculation_(?:modal_probable|hypo_doxastic)/

/** Szeged uncertainty, Wikipedia part: words inside a hedge or speculation cue are positives. */
export function readSzeged(trainFolder) {
  const sentences = []
  for (const line of readFileSync(new URL('szeged-wiki-uncertainty.jsonl', trainFolder), 'utf8').split('\n')) {
    if (line.trim() === '') continue
    const {text, cues} = JSON.parse(line)
    const words = wordsWithOffsets(text)
    if (words.length < 4) continue
    sentences.push({
      words: words.map(({word}) => word),
      labels: words.map(({start, end}) => (cues.some((cue) => claimCueTypes.test(cue.type) && cue.start < end && start < cue.end) ? 1 : 0))
    })
  }
  return sentences
}
