import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {isProperNoun, mayBeName} from '../../src/engine/names.js'
import {indexProse, type ProseIndex} from '../../src/engine/prose-index.js'
import {comparisonTexts} from '../helpers.js'

const parser = unified().use(retextEnglish)

const texts: Record<string, string> = {
  ...comparisonTexts(),
  'a name in lower case elsewhere': 'Kim Jong Un arrived. Then Kim spoke. Later kim was typed in lower case. Smith wrote. Smith met Kim.',
  'a caption in lower case': 'putin waves at kim. Putin met Kim in Pyongyang. Perhaps Putin knew. The talks ended.',
  headlines: 'Putin Waves at Kim from Window of His Jet. Killer Mike performed in Atlanta with Putin.'
}

// The answers for every capitalised word, asked of one index: after the first few words, the
// whole text's evidence is gathered in one pass.
function answersFromOnePass(index: ProseIndex, tokens: number[]) {
  return tokens.map((token) => [isProperNoun(index, token, token + 1), mayBeName(index, token)])
}

// The same answers, each asked of a fresh copy of the index, which looks for the word alone.
function answersOneWordAtATime(index: ProseIndex, tokens: number[]) {
  return tokens.map((token) => [isProperNoun({...index}, token, token + 1), mayBeName({...index}, token)])
}

describe('name evidence', () => {
  for (const [name, text] of Object.entries(texts)) {
    it(`is the same looked for word by word as gathered at once: ${name}`, () => {
      const index = indexProse(parser.runSync(parser.parse(text)) as Root, text)
      const capitalised = index.tokens.flatMap((token, position) => (/^\p{Lu}/u.test(token.value) ? [position] : []))
      expect(capitalised.length).toBeGreaterThan(0)
      const oneByOne = answersOneWordAtATime(index, capitalised)
      expect(answersFromOnePass(index, capitalised)).toEqual(oneByOne)
      // Both answers occur, so the comparison can tell the paths apart.
      expect(new Set(oneByOne.flat()).size).toBe(2)
    })
  }
})
