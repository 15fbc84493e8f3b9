import {sentenceHasAttribution} from './attribution.js'
import {sentenceAt, type ProseIndex} from './prose-index.js'
import type {Span} from '../source/prose.js'

export interface Quotation extends Span {
  /** A speaker or source is named for it, or it continues or sits inside a quotation that has one. */
  readonly attributed: boolean
  /** Number of words inside the quotation. */
  words: number
  /** Came from markup (a block quote or `<q>`), not from quote marks. */
  markup: boolean
  /** Ended by its closing mark (or by its element), not left open at the paragraph's end. */
  closed: boolean
  /** Mentions words rather than uses them: the word “regime”, a sign reading “closed”. */
  mention: boolean
}

interface RawQuotation extends Span {
  markup: boolean
  closed: boolean
  /** The quotation left open at the end of the paragraph before, which this one carries on. */
  continues: RawQuotation | undefined
}

const soCalled = /\bso[-‐‑\s]called\s*$/i
// Quote marks after these words mention a term, a title, a translation, a sign or a label people
// give themselves rather than use or doubt it.
const mentionLead =
  /\b(?:word|words|term|phrase|slogan|motto|pronoun|pronouns|headline|title|titled|entitled|known as|nickname|nicknamed|euphemisms? (?:like|such as)|the song|the film|the book|the album|the show|the series|hashtag|meaning|means|defines?|defined|defining|translated as|translates as|read|reads|reading|marked|stamped|spelled|spelt|pronounced|identify as|identifies as|identified as)(?:\s+of)?\s*[,:]?\s*$/i
const mentionWindow = 24

/** The writer's own doubt, whoever else the sentence quotes: the so-called “reform”. */
export function followsSoCalled(text: string, offset: number): boolean {
  return soCalled.test(text.slice(Math.max(0, offset - 12), offset))
}
const closerOf: Record<string, string> = {'“': '”', '‘': '’', '«': '»', '„': '“', '‚': '’', '"': '"', "'": "'"}
const pureClosers = new Set(['”', '’', '»'])
// “ ‘ « „ ‚ " ' ” ’ », by code: ‛ (U+201B) is the one mark between ‘ and „ that is not one of them.
const isQuoteMark = (code: number) =>
  code === 0x22 || code === 0x27 || code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x201e && code !== 0x201b)
const singleQuotes = new Set(["'", '’'])
const letter = /[\p{L}\p{N}]/u
const space = /\s/
// Characters after which a quote mark opens rather than closes.
const openingContext = /[\s([{—–\-:;,/"“‘«„']/
// A mark before these is an apostrophe standing for left-out letters: 's, n't split off, 'tis, 'til, rock 'n' roll, the '90s.
const elision = /^(?:s|t|d|m|ll|re|ve|n|em|tis|twas|til|\d\ds?)(?![\p{L}\p{N}])/iu

/**
 * Quotation spans in the prose, from quote marks and from markup. Quotes nest.
 * An unclosed quotation runs to the end of its paragraph: in news copy a quote
 * that goes on in the next paragraph is left open and reopened there.
 */
export function findQuotations(index: ProseIndex, markupQuotes: readonly Span[]): Quotation[] {
  const spans: RawQuotation[] = []
  let carried: RawQuotation | undefined
  for (let start = 0; start < index.text.length; ) {
    const end = paragraphEndFrom(index.text, start)
    carried = scanParagraph(index.text, start, end, spans, carried)
    start = end + 2
  }
  for (const {start, end} of markupQuotes) spans.push({start, end, markup: true, closed: true, continues: undefined})
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  const hasAttribution = sentenceAttribution(index, spans)
  const speakerNamed = (span: RawQuotation) => !followsSoCalled(index.text, span.start) && isAttributed(index, span, hasAttribution)
  const passages = continuedPassages(spans)
  const made = new Map<RawQuotation, Quotation>()
  // Quotations still open at the current one's start, outermost first.
  const enclosing: Quotation[] = []
  return spans.map((span) => {
    while (enclosing.length > 0 && enclosing.at(-1)!.end <= span.start) enclosing.pop()
    const outers = enclosing.length > 0 ? [...enclosing] : []
    const passage = passages.get(span)
    const decideAttribution = () =>
      outers.some((outer) => outer.attributed && span.end <= outer.end) ||
      (passage ? (passage.attributed ??= passage.parts.some(speakerNamed)) : speakerNamed(span))
    const quotation = new LazyQuotation(
      span,
      countWords(index.text, span.start, span.end),
      mentionLead.test(index.text.slice(Math.max(0, span.start - mentionWindow), span.start)),
      decideAttribution
    )
    made.set(span, quotation)
    enclosing.push(quotation)
    return quotation
  })
}

/** A quotation that runs over paragraphs, opening each and closing in the last, as news copy sets it. */
interface Passage {
  parts: RawQuotation[]
  attributed?: boolean
}

// Its speaker may be named in any of its paragraphs, and then speaks all of it.
function continuedPassages(spans: readonly RawQuotation[]): Map<RawQuotation, Passage> {
  const passages = new Map<RawQuotation, Passage>()
  for (const span of spans) {
    if (span.continues === undefined) continue
    let passage = passages.get(span.continues)
    if (!passage) {
      passage = {parts: [span.continues]}
      passages.set(span.continues, passage)
    }
    passage.parts.push(span)
    passages.set(span, passage)
  }
  return passages
}

/** A quotation whose attribution is decided when a rule first asks: most hold no finding and are too long for scare quotes. */
class LazyQuotation implements Quotation {
  readonly start: number
  readonly end: number
  readonly markup: boolean
  readonly closed: boolean
  private decided: boolean | undefined

  constructor(
    span: RawQuotation,
    readonly words: number,
    readonly mention: boolean,
    private readonly decide: () => boolean
  ) {
    this.start = span.start
    this.end = span.end
    this.markup = span.markup
    this.closed = span.closed
  }

  get attributed(): boolean {
    this.decided ??= this.decide()
    return this.decided
  }
}

/** Scan one paragraph; returns the quotation it leaves open, for the next paragraph to carry on. */
function scanParagraph(text: string, from: number, to: number, spans: RawQuotation[], carried?: RawQuotation) {
  const stack: Array<{span: RawQuotation; close: string}> = []
  let firstCharacter = from
  while (firstCharacter < to && space.test(text[firstCharacter])) firstCharacter++
  for (let offset = from; offset < to; offset++) {
    // Only quote marks open or close a quotation.
    if (!isQuoteMark(text.charCodeAt(offset))) continue
    const char = text[offset]
    const open = stack.at(-1)
    if (open && char === open.close && closesAt(text, offset, from, to)) {
      open.span.end = offset + 1
      open.span.closed = true
      stack.pop()
    } else if (char in closerOf && opensAt(text, offset, from, to)) {
      const continues = offset === firstCharacter ? carried : undefined
      const span: RawQuotation = {start: offset, end: to, markup: false, closed: false, continues}
      spans.push(span)
      stack.push({span, close: closerOf[char]})
    }
  }
  return stack[0]?.span
}

function opensAt(text: string, offset: number, from: number, to: number): boolean {
  const char = text[offset]
  if (pureClosers.has(char)) return false
  const before = offset > from ? text[offset - 1] : ' '
  const after = offset + 1 < to ? text[offset + 1] : ' '
  if (!openingContext.test(before) || space.test(after)) return false
  return !((char === "'" || char === '‘') && elision.test(text.slice(offset + 1, offset + 6)))
}

function closesAt(text: string, offset: number, from: number, to: number): boolean {
  const char = text[offset]
  const before = offset > from ? text[offset - 1] : ' '
  const after = offset + 1 < to ? text[offset + 1] : ' '
  if (space.test(before)) return false
  if (!singleQuotes.has(char)) return true
  // "don't", "O'Brien": letters on both sides make an apostrophe.
  if (letter.test(before) && letter.test(after)) return false
  // "'The players' union is weak,' she said": after a plural the mark is a possessive
  // when the quotation closes further on.
  return !(/s/i.test(before) && space.test(after) && nextMarkCloses(text, offset + 1, from, to, char))
}

/** Whether the next single quote mark after `offset` in the paragraph closes rather than opens. */
function nextMarkCloses(text: string, offset: number, from: number, to: number, close: string): boolean {
  for (let index = offset; index < to; index++) {
    const char = text[index]
    if (char !== close && closerOf[char] !== close) continue
    if (opensAt(text, index, from, to)) return false
    const before = text[index - 1]
    const after = index + 1 < to ? text[index + 1] : ' '
    if (char === close && !space.test(before) && !(letter.test(before) && letter.test(after))) return true
  }
  return false
}

function paragraphEndFrom(text: string, offset: number): number {
  const end = text.indexOf('\n\n', offset)
  return end < 0 ? text.length : end
}

// The quoted words are the speaker's when the sentence holding the quotation
// names a speaker outside the quotation. A quotation that opens its sentence
// (a quoted sentence or passage) may take its speaker from the sentence before
// or after it; a phrase quoted in mid-sentence only from its own sentence, so
// a scare quote next to someone's remark stays a scare quote. Quote marks look
// within their paragraph; a block quote's attribution often stands in the
// paragraph before or after it.
function isAttributed(index: ProseIndex, span: RawQuotation, hasAttribution: (sentence: number) => boolean): boolean {
  if (index.sentences.length === 0) return false
  if (span.markup && signedBlock.test(index.text.slice(span.start, span.end))) return true
  const first = sentenceAt(index, span.start)
  const last = sentenceAt(index, Math.max(span.start, span.end - 1))
  const opensSentence = span.markup || !letter.test(index.text.slice(index.sentences[first].start, span.start))
  const reach = opensSentence ? 1 : 0
  const paragraph = index.sentences[first].paragraph
  if (opensSentence && !span.markup && index.sentences[first - 1]?.paragraph !== paragraph && quotesSpeaker(index, first - 1, hasAttribution)) {
    return true
  }
  for (let sentence = first - reach; sentence <= last + reach; sentence++) {
    const info = index.sentences[sentence]
    if (!info || (!span.markup && info.paragraph !== paragraph)) continue
    if (hasAttribution(sentence)) return true
  }
  return false
}

// News copy goes on quoting the speaker of the paragraph before: a quotation that opens a
// paragraph after one ending in attributed speech ("…," the mayor said.) is the same speaker's.
function quotesSpeaker(index: ProseIndex, sentence: number, hasAttribution: (sentence: number) => boolean): boolean {
  const info = index.sentences[sentence]
  return info !== undefined && /["“”]/.test(index.text.slice(info.start, info.end)) && hasAttribution(sentence)
}

// Whether each sentence attributes, outside every quotation; decided once per sentence, and
// against the quotations that reach into it only, so long texts cost no more per sentence.
function sentenceAttribution(index: ProseIndex, quotations: readonly Span[]): (sentence: number) => boolean {
  const decided = new Map<number, boolean>()
  return (sentence) => {
    let attributed = decided.get(sentence)
    if (attributed === undefined) {
      const {start, end} = index.sentences[sentence]
      const reaching = quotations.filter((span) => span.start <= end && span.end > start)
      attributed = sentenceHasAttribution(index, sentence, reaching)
      decided.set(sentence, attributed)
    }
    return attributed
  }
}

// A block quote signed on its own line: "— Jane Smith, opposition leader".
const signedBlock = /(?:^|\n)\s*(?:[—―–]|--?)\s*\p{Lu}/u

/** Runs of characters between spaces that hold a letter or a digit, read in place. */
function countWords(text: string, start: number, end: number): number {
  let words = 0
  // Whether the run of non-space characters being read has been counted.
  let counted = false
  for (let offset = start; offset < end; offset++) {
    const code = text.charCodeAt(offset)
    if (code < 0x80) {
      if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) counted = false
      else if (!counted && isAsciiLetterOrDigit(code)) {
        words++
        counted = true
      }
      continue
    }
    // A whole code point, so a letter outside the BMP counts as one.
    const char = String.fromCodePoint(text.codePointAt(offset)!)
    offset += char.length - 1
    if (space.test(char)) counted = false
    else if (!counted && letter.test(char)) {
      words++
      counted = true
    }
  }
  return words
}

function isAsciiLetterOrDigit(code: number): boolean {
  const folded = code | 0x20
  return (folded >= 0x61 && folded <= 0x7a) || (code >= 0x30 && code <= 0x39)
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
