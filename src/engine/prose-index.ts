import type {Root, RootContent, Sentence, Word} from 'nlcst'
import type {Span} from '../source/prose.js'
import {lastStartingAtOrBefore} from './binary-search.js'
import {KeySet} from './key-table.js'
import {isCapitalized, isInvisible, keyHash, normalizeWord, type Token} from './tokens.js'

export interface SentenceInfo {
  start: number
  end: number
  /** Token indices, end exclusive. */
  firstToken: number
  endToken: number
  paragraph: number
  /** Most words capitalised, as in a headline: capitals tell nothing about names. */
  titleCase: boolean
}

/** Tokens and sentences of the prose, built in one walk and shared by every rule. */
export interface ProseIndex {
  text: string
  tokens: Token[]
  sentences: SentenceInfo[]
  wordCount: number
  /** Links and footnote references from the markup. */
  citations: Span[]
}

type WordPart = Word['children'][number]

const hyphen = /^[-‐‑]$/

export function indexProse(tree: Root, text: string, citations: Span[] = []): ProseIndex {
  const indexer = new ProseIndexer(text, citations)
  indexer.add(tree.children)
  return indexer.index
}

/**
 * Builds the prose index from the root's children, given in order, a part of the tree at a
 * time. With `words`, tokens share one copy of each word and key: the parser's strings are
 * slices of the text it was given, which would keep every part's text alive in a long one.
 */
export class ProseIndexer {
  readonly index: ProseIndex
  // Children of the root seen so far: a paragraph's number is its place among them.
  private children = 0

  constructor(
    text: string,
    citations: Span[] = [],
    private readonly words?: Map<string, string>
  ) {
    this.index = {text, tokens: [], sentences: [], wordCount: 0, citations}
  }

  /** Add the next children; a paragraph that `continuesParagraph` keeps the number of the last one. */
  add(children: readonly RootContent[], continuesParagraph = false) {
    const {tokens, sentences} = this.index
    const firstNew = tokens.length
    const first = continuesParagraph ? this.children - 1 : this.children
    for (let child = 0; child < children.length; child++) {
      const paragraph = children[child]
      if (paragraph.type !== 'ParagraphNode') continue
      for (const sentence of paragraph.children) {
        if (sentence.type !== 'SentenceNode') continue
        const firstToken = tokens.length
        this.index.wordCount += pushSentenceTokens(sentence.children, sentences.length, tokens)
        sentences.push({
          start: sentence.position?.start.offset ?? 0,
          end: sentence.position?.end.offset ?? 0,
          firstToken,
          endToken: tokens.length,
          paragraph: first + child,
          titleCase: isTitleCase(tokens, firstToken, tokens.length)
        })
      }
    }
    this.children = first + children.length
    if (this.words) shareWords(tokens, firstNew, this.words)
  }
}

function shareWords(tokens: Token[], from: number, words: Map<string, string>) {
  const shared = (word: string) => {
    const known = words.get(word)
    if (known !== undefined) return known
    words.set(word, word)
    return word
  }
  for (let index = from; index < tokens.length; index++) {
    const token = tokens[index]
    token.value = shared(token.value)
    token.key = token.key === token.value ? token.value : shared(token.key)
  }
}

/**
 * Push the tokens of each word in a sentence; returns the number of words. The
 * English parser splits a word at a zero-width or bidi control ("tyr\u200Dant"),
 * which would hide it from the matcher: the pieces and the control between them
 * are joined again, so a word's tokens are pushed once the next child shows it
 * is complete.
 */
function pushSentenceTokens(children: Sentence['children'], sentence: number, tokens: Token[]): number {
  let words = 0
  // The parts of the last word, and the invisible symbols right after it.
  let word: readonly WordPart[] | undefined
  let bridge: WordPart[] | undefined
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    if (child.type === 'WordNode') {
      // The parser's own child arrays are shared, not copied: only a joined word gets a new array.
      if (word && bridge) word = [...word, ...bridge, ...child.children]
      else {
        if (word) pushWordTokens(word, sentence, tokens)
        word = child.children
        words++
      }
      bridge = undefined
    } else if (word && child.type === 'SymbolNode' && isInvisible(child.value)) {
      bridge ??= []
      bridge.push(child)
    } else if (word) {
      pushWordTokens(word, sentence, tokens)
      word = undefined
      bridge = undefined
    }
  }
  if (word) pushWordTokens(word, sentence, tokens)
  return words
}

// A hyphenated word is several tokens, so "world-class" matches "world class".
function pushWordTokens(parts: readonly WordPart[], sentence: number, tokens: Token[]) {
  // Before a word in lower case the parser keeps a full stop on the word ("said. eBay"), though
  // the stop ends the sentence: the word is matched without it. A capital starts an abbreviation ("Mrs.").
  if (parts.length === 2 && parts[0].type === 'TextNode' && isLowerCaseStart(parts[0].value) && parts[1].type === 'PunctuationNode' && parts[1].value === '.') {
    parts = parts.slice(0, 1)
  }
  // Most words are one run of text.
  if (parts.length === 1 && parts[0].type === 'TextNode') {
    const start = parts[0].position?.start.offset ?? 0
    pushToken(parts[0].value, start, parts[0].position?.end.offset ?? start, sentence, tokens)
    return
  }
  let value = ''
  let start = -1
  let end = -1
  for (const part of parts) {
    const partStart = part.position?.start.offset ?? 0
    const partEnd = part.position?.end.offset ?? partStart
    if (part.type === 'PunctuationNode' && hyphen.test(part.value)) {
      pushToken(value, start, end, sentence, tokens)
      value = ''
      start = -1
      continue
    }
    if (!('value' in part)) continue
    if (start < 0) start = partStart
    value += part.value
    end = partEnd
  }
  pushToken(value, start, end, sentence, tokens)
}

function pushToken(value: string, start: number, end: number, sentence: number, tokens: Token[]) {
  // A possessive belongs to the word but not to the finding: "regime's" points at "regime".
  const last = value.length - 1
  if (last > 1 && value.charCodeAt(last) === 0x73 && (value[last - 1] === "'" || value[last - 1] === '’')) {
    value = value.slice(0, -2)
    end -= 2
  }
  if (!value) return
  const key = normalizeWord(value)
  tokens.push({key, value, start, end, sentence, hash: keyHash(key)})
}

const letterFirst = /^\p{L}/u
const isLowerCaseStart = (word: string) => /^\p{Ll}/u.test(word)

// ASCII, most of the text, is settled by its code, without a regular expression or a copy.
function startsWithLetter(value: string): boolean {
  const folded = value.charCodeAt(0) | 0x20
  return value.charCodeAt(0) < 0x80 ? folded >= 0x61 && folded <= 0x7a : letterFirst.test(value)
}

// Short words that title case leaves in lower case.
const titleCaseLowercase = new KeySet(['from', 'into', 'onto', 'over', 'upon', 'with', 'than', 'that', 'this', 'after'])

// "Putin Waves at Kim from Window of His Jet" is a headline; "Killer Mike performed in Atlanta" is not.
function isTitleCase(tokens: Token[], from: number, to: number): boolean {
  const minShare = 0.85
  // More words in lower case than this leave too small a share of capitals, however the sentence goes on.
  const maxLowercase = (to - from) * (1 - minShare)
  let words = 0
  let capitals = 0
  for (let index = from; index < to; index++) {
    const value = tokens[index].value
    if (value.length < 4 || !startsWithLetter(value) || titleCaseLowercase.has(tokens[index])) continue
    words++
    if (isCapitalized(value)) capitals++
    else if (words - capitals > maxLowercase) return false
  }
  return words >= 3 && capitals / words >= minShare
}

/** The sentence holding a prose offset. */
export function sentenceAt(index: ProseIndex, offset: number): number {
  return lastStartingAtOrBefore(index.sentences, offset, (sentence) => sentence.start)
}

/** Index of the first token starting at or after a prose offset (the token count if none). */
export function firstTokenFrom(index: ProseIndex, offset: number): number {
  const {tokens} = index
  if (tokens.length === 0) return 0
  const last = lastStartingAtOrBefore(tokens, offset, (token) => token.start)
  return tokens[last].start < offset ? last + 1 : last
}
