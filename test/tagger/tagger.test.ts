import {describe, expect, it} from 'vitest'
import {heldOutSamples, readTaggedSamples} from '../../train/brown-tags.mjs'
import {taggerWord} from '../../src/engine/tagger/features.js'
import {englishTagger, wordClass, type Tag} from '../../src/engine/tagger/tagger.js'

// The tagger as it reads, for reference: every word from the first, left to right.
function tagFromTheStart(written: string[]): Tag[] {
  const tagger = englishTagger()
  const words = written.map(taggerWord)
  const tags: Tag[] = []
  words.forEach((word, index) => tags.push(tagger.tableTag(word) ?? tagger.scoreTag(written, words, index, tags[index - 1] ?? '<s>', tags[index - 2] ?? '<s>')))
  return tags
}

// train/tagger.mjs reached 96.92% (97.30% by word class) on the held-out tenth of the corpus.
describe('the part-of-speech tagger', () => {
  it('tags held-out Brown text at least as well as when it was trained', () => {
    const tagger = englishTagger()
    let words = 0
    let exact = 0
    let classes = 0
    for (const sentence of readTaggedSamples(heldOutSamples())) {
      const tags = tagger.tag(sentence.map(({word}: {word: string}) => word))
      sentence.forEach(({tag}: {tag: string}, index: number) => {
        words++
        if (tags[index] === tag) exact++
        if (wordClass(tags[index]) === wordClass(tag)) classes++
      })
    }
    expect(words).toBeGreaterThan(100_000)
    expect(exact / words).toBeGreaterThanOrEqual(0.965)
    expect(classes / words).toBeGreaterThanOrEqual(0.97)
  })

  it('gives a word asked about alone, or after words later in its sentence, the tag that reading from the start gives', () => {
    const sentences = readTaggedSamples(heldOutSamples()).slice(0, 1500).map((sentence: Array<{word: string}>): string[] => sentence.map(({word}) => word))
    for (const written of sentences as string[][]) {
      const expected = tagFromTheStart(written)
      const backwards = englishTagger().sentence(written)
      const askedBackwards = written.map((_, index) => written.length - 1 - index).map((index) => backwards.tagAt(index)).reverse()
      expect(askedBackwards).toEqual(expected)
      written.forEach((_, index) => {
        if (index % 5 === 0) expect(englishTagger().sentence(written).tagAt(index)).toBe(expected[index])
      })
      expect(englishTagger().tag(written)).toEqual(expected)
    }
  })

  it.each([
    ['The answer lies elsewhere .', 'lies', 'VERB:s'],
    ['His lies were exposed .', 'lies', 'NOUN:plural'],
    ['Council slams the plan .', 'slams', 'VERB:s'],
    ['The senator was widely condemned .', 'condemned', 'VERB:participle'],
    ['Prices rose last year .', 'rose', 'VERB:past'],
    ['She was smirking at them .', 'smirking', 'VERB:ing'],
    ['Police said the toll was high .', 'Police', 'NOUN:plural']
  ])('%s: %s is %s', (sentence, word, tag) => {
    const words = sentence.split(' ')
    expect(englishTagger().tag(words)[words.indexOf(word)]).toBe(tag)
  })
})
