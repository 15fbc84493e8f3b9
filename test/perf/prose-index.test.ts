import type {Root, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {indexProse} from '../../src/engine/prose-index.js'
import {findQuotations} from '../../src/engine/quotations.js'
import {keyHash, normalizeWord} from '../../src/engine/tokens.js'
import {comparisonTexts} from '../helpers.js'

const texts: Record<string, string> = {
  ...comparisonTexts(),
  'joined, hyphenated and possessive words': 'The tyr\u200Dant’s “world-class” regime\u200B\u200Bs. Rock-and-roll’s end. A re\u2060gime- ist. Its\u200B end',
  'letters outside the BMP, odd spaces': '“𝐀𝐁 𝐂 — 1,000\u00A0words\u2003here” and “𝒳” said Kim. “…” he said.',
  'title case': 'Putin Waves at Kim from Window of His Jet. Killer Mike performed in Atlanta. A B C D.'
}

const parser = unified().use(retextEnglish)

// The straightforward way: words as the parser gives them, joined where only
// invisible controls stand between, then split at hyphens.
function tokensByWalking(tree: Root) {
  const tokens: Array<{key: string; value: string; start: number; end: number; sentence: number; hash: number}> = []
  let sentence = -1
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const node of paragraph.children) {
      if (node.type !== 'SentenceNode') continue
      sentence++
      for (const word of wordsOf(node)) {
        let offset = word.start
        for (const piece of word.text.split(/([-‐‑])/)) {
          const hyphen = /^[-‐‑]$/.test(piece)
          if (!hyphen && piece) {
            const value = /.['’]s$/.test(piece) && piece.length > 2 ? piece.slice(0, -2) : piece
            const key = normalizeWord(value)
            tokens.push({key, value, start: offset, end: offset + value.length, sentence, hash: keyHash(key)})
          }
          offset += piece.length
        }
      }
    }
  }
  return tokens
}

function wordsOf(sentence: Sentence) {
  const words: Array<{text: string; start: number}> = []
  let joinable = false
  let pending = ''
  for (const child of sentence.children) {
    const start = child.position!.start.offset!
    if (child.type === 'WordNode') {
      if (joinable && words.length > 0) words[words.length - 1].text += pending + toString(child)
      else words.push({text: withoutSentenceStop(child), start})
      joinable = true
      pending = ''
    } else if (joinable && child.type === 'SymbolNode' && /^[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]+$/.test(child.value)) {
      pending += child.value
    } else {
      joinable = false
      pending = ''
    }
  }
  return words
}

// A word in lower case with the full stop the parser leaves on it before a lower-case start: "said. eBay".
function withoutSentenceStop(word: Sentence['children'][number]) {
  const text = toString(word)
  const stopKept = 'children' in word && word.children.length === 2 && word.children[1].type === 'PunctuationNode' && /^\p{Ll}[^.]*\.$/u.test(text)
  return stopKept ? text.slice(0, -1) : text
}

// Words of four letters or more, less the short words title case leaves in lower case: 85 % capitalised.
function titleCaseByCounting(tokens: Array<{key: string; value: string}>) {
  const counted = tokens.filter(({key, value}) => value.length >= 4 && /^\p{L}/u.test(value) && !['from', 'into', 'onto', 'over', 'upon', 'with', 'than', 'that', 'this', 'after'].includes(key))
  const capitals = counted.filter(({value}) => value[0] !== value[0].toLowerCase())
  return counted.length >= 3 && capitals.length / counted.length >= 0.85
}

describe('the prose index', () => {
  for (const [name, text] of Object.entries(texts)) {
    it(`gives the tokens a straightforward walk gives, in ${name}`, () => {
      const tree = parser.parse(text) as Root
      const index = indexProse(tree, text)
      expect(index.tokens).toEqual(tokensByWalking(tree))
      for (const token of index.tokens) expect(text.slice(token.start, token.end)).toBe(token.value)
    })

    it(`marks the sentences in title case that counting every word marks, in ${name}`, () => {
      const index = indexProse(parser.parse(text) as Root, text)
      expect(index.sentences.map(({titleCase}) => titleCase)).toEqual(index.sentences.map(({firstToken, endToken}) => titleCaseByCounting(index.tokens.slice(firstToken, endToken))))
    })

    it(`counts the words of each quotation as splitting at spaces does, in ${name}`, () => {
      const quotations = findQuotations(indexProse(parser.parse(text) as Root, text), [])
      const bySplitting = quotations.map(({start, end}) => text.slice(start, end).split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length)
      expect(quotations.map(({words}) => words)).toEqual(bySplitting)
    })
  }

  it('has quotations, joined words and title case to compare', () => {
    const headlines = texts['title case']
    expect(indexProse(parser.parse(headlines) as Root, headlines).sentences.map(({titleCase}) => titleCase)).toEqual([true, false, false])
    const text = texts['letters outside the BMP, odd spaces']
    expect(findQuotations(indexProse(parser.parse(text) as Root, text), []).map(({words}) => words)).toEqual([5, 1, 0])
    const joined = texts['joined, hyphenated and possessive words']
    expect(indexProse(parser.parse(joined) as Root, joined).tokens.map(({key}) => key)).toContain('tyrant')
  })
})
