import {sentenceHasAttribution} from './attribution.js'
import {sentenceAt, type ProseIndex} from './prose-index.js'
import type {Span} from '../source/prose.js'

export interface Quotation extends Span {
  /** A speaker or source is named in the sentence or the one next to it. */
  attributed: boolean
  /** Number of words inside the quotation. */
  words: number
  /** Came from markup (a block quote or `<q>`), not from quote marks. */
  markup: boolean
}

const openers: Record<string, string> = {'“': '”', '‘': '’', '«': '»', '„': '“', '"': '"', "'": "'"}
const letter = /[\p{L}\p{N}]/u
// Characters after which a quote mark opens rather than closes.
const openingContext = /[\s([{—–\-:;,/]/

/**
 * Quotation spans in the prose, from quote marks and from markup. Quotes nest;
 * an unclosed quotation runs to the end of its paragraph, as in news copy where
 * a quote continues into the next paragraph.
 */
export function findQuotations(index: ProseIndex, markupQuotes: readonly Span[]): Quotation[] {
  const spans: Array<Span & {markup: boolean}> = []
  const {text} = index
  const stack: Array<{close: string; start: number}> = []
  let paragraphEnd = paragraphEndFrom(text, 0)
  for (let offset = 0; offset < text.length; offset++) {
    if (offset >= paragraphEnd) {
      while (stack.length > 0) spans.push({start: stack.pop()!.start, end: paragraphEnd, markup: false})
      paragraphEnd = paragraphEndFrom(text, offset)
    }
    const char = text[offset]
    const before = offset > 0 ? text[offset - 1] : ' '
    const after = offset + 1 < text.length ? text[offset + 1] : ' '
    const open = stack[stack.length - 1]
    if (open && char === open.close && closes(char, before, after)) {
      stack.pop()
      spans.push({start: open.start, end: offset + 1, markup: false})
    } else if (char in openers && opens(char, before, after)) {
      stack.push({close: openers[char], start: offset})
    }
  }
  while (stack.length > 0) spans.push({start: stack.pop()!.start, end: paragraphEnd, markup: false})
  for (const span of markupQuotes) spans.push({...span, markup: true})
  spans.sort((a, b) => a.start - b.start)
  return spans.map((span) => ({
    ...span,
    attributed: isAttributed(index, span, spans),
    words: countWords(text.slice(span.start, span.end))
  }))
}

// A straight or curly single quote between letters, or after a plural s, is an apostrophe.
function opens(char: string, before: string, after: string): boolean {
  if (char === '’' || char === '”' || char === '»') return false
  return openingContext.test(before) && !/\s/.test(after)
}

function closes(char: string, before: string, after: string): boolean {
  if (char === '“' || char === '‘' || char === '«' || char === '„') return false
  if (/\s/.test(before)) return false
  // "don't" inside a single-quoted span: letters on both sides mean an apostrophe.
  return !(letter.test(before) && letter.test(after))
}

function paragraphEndFrom(text: string, offset: number): number {
  const end = text.indexOf('\n\n', offset)
  return end < 0 ? text.length : end
}

// The quoted words are the speaker's when the sentence holding the quotation,
// or the one before or after it, names a speaker outside the quotation. Quote
// marks look within their paragraph; a block quote's attribution often stands
// in the paragraph before or after it.
function isAttributed(index: ProseIndex, span: Span & {markup: boolean}, all: readonly Span[]): boolean {
  if (index.sentences.length === 0) return false
  const first = sentenceAt(index, span.start)
  const last = sentenceAt(index, Math.max(span.start, span.end - 1))
  const paragraph = index.sentences[first].paragraph
  for (let sentence = first - 1; sentence <= last + 1; sentence++) {
    const info = index.sentences[sentence]
    if (!info || (!span.markup && info.paragraph !== paragraph)) continue
    if (sentenceHasAttribution(index, sentence, all)) return true
  }
  return false
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => letter.test(word)).length
}

/** The innermost quotation holding a prose offset. */
export function quotationAt(quotations: readonly Quotation[], offset: number): Quotation | undefined {
  let found: Quotation | undefined
  for (const quotation of quotations) {
    if (quotation.start > offset) break
    if (offset < quotation.end) found = quotation
  }
  return found
}
