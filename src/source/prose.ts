import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {lastStartingAtOrBefore} from '../engine/binary-search.js'

/** A run of prose text and the source characters it came from. */
interface Segment {
  textStart: number
  textLength: number
  sourceStart: number
  sourceLength: number
}

/** A span of prose text (offsets into `Prose.text`), end exclusive. */
export interface Span {
  start: number
  end: number
}

/** A comment in the markup and its span in the source; inline directives are read from these. */
export interface MarkupComment {
  /** The comment's text, without its delimiters. */
  text: string
  start: number
  end: number
}

/**
 * The prose of a document as the linter reads it, with a map back to the
 * source. Markup, code and URLs are left out; entities and escapes are decoded.
 */
export interface Prose {
  text: string
  /** Source offset where the prose character at `offset` starts. */
  sourceStart(offset: number): number
  /** Source offset just after the prose character before `offset`. */
  sourceEnd(offset: number): number
  /** Block quotes and quotation elements found in the markup. */
  quoteSpans: Span[]
  /** Links and footnote references: a sentence holding one cites a source. */
  citationSpans: Span[]
  /** Comments in the markup (HTML and MDX), in source order. */
  comments: MarkupComment[]
}

// No word boundary before the scheme: in decoded text a reference or tag before a URL ("&#116;http://")
// can leave a letter against it, and the URL still starts where the source's does.
const urlPattern = /(?:https?:\/\/|ftp:\/\/|mailto:|www\.)[^\s<>"'`)\]]+/gi
const urlMarker = /mailto:|www\./i
const paragraphBreak = '\n\n'

export class ProseBuilder {
  private parts: string[] = []
  private segments: Segment[] = []
  private length = 0
  readonly quoteSpans: Span[] = []
  readonly citationSpans: Span[] = []
  readonly comments: MarkupComment[] = []

  /** Text that stands in the source exactly as it is. */
  verbatim(text: string, sourceStart: number) {
    this.push(text, sourceStart, text.length)
  }

  /** Text that stands for a different run of source, such as an entity. */
  replaced(text: string, sourceStart: number, sourceLength: number) {
    this.push(text, sourceStart, sourceLength)
  }

  /**
   * Decoded text from a parser together with the source it came from. Walks
   * both, mapping escapes and character references, and skipping markup the
   * parser dropped (block quote markers, indentation).
   */
  aligned(value: string, source: string, sourceStart: number, sourceEnd: number) {
    const index = alignWith(value, source, sourceStart, sourceEnd, (text, start, length) => this.push(text, start, length)).index
    if (index < value.length) this.replaced(value.slice(index), sourceEnd, 0)
  }

  /** A gap that keeps words apart where markup or code was left out. */
  gap(sourceOffset: number) {
    if (this.length > 0 && !/\s$/.test(this.parts[this.parts.length - 1])) this.replaced(' ', sourceOffset, 0)
  }

  /** End the current paragraph: blocks, cells and headings never run together. */
  paragraph(sourceOffset: number) {
    if (this.length === 0) return
    const last = this.parts[this.parts.length - 1]
    if (last.endsWith(paragraphBreak)) return
    this.replaced(paragraphBreak, sourceOffset, 0)
  }

  get offset(): number {
    return this.length
  }

  private push(text: string, sourceStart: number, sourceLength: number) {
    if (text.length === 0) return
    const previous = this.segments[this.segments.length - 1]
    const identity = text.length === sourceLength
    if (
      identity &&
      previous &&
      previous.textLength === previous.sourceLength &&
      previous.sourceStart + previous.sourceLength === sourceStart
    ) {
      previous.textLength += text.length
      previous.sourceLength += sourceLength
    } else {
      this.segments.push({textStart: this.length, textLength: text.length, sourceStart, sourceLength})
    }
    this.parts.push(text)
    this.length += text.length
  }

  build(): Prose {
    const text = blankUrls(this.parts.join(''))
    const segments = this.segments
    const find = (offset: number): Segment => segments[lastStartingAtOrBefore(segments, offset, (segment) => segment.textStart)]
    const sourceStart = (offset: number): number => {
      if (segments.length === 0) return 0
      const segment = find(offset)
      const within = offset - segment.textStart
      if (segment.textLength === segment.sourceLength) return segment.sourceStart + Math.min(within, segment.textLength)
      return segment.sourceStart + (within >= segment.textLength ? segment.sourceLength : 0)
    }
    const sourceEnd = (offset: number): number => {
      if (offset <= 0 || segments.length === 0) return sourceStart(offset)
      const segment = find(offset - 1)
      const within = offset - segment.textStart
      if (segment.textLength === segment.sourceLength) return segment.sourceStart + within
      return segment.sourceStart + segment.sourceLength
    }
    return {text, sourceStart, sourceEnd, quoteSpans: this.quoteSpans, citationSpans: this.citationSpans, comments: this.comments}
  }
}

export type Step = (text: string, sourceStart: number, sourceLength: number) => void

/**
 * Walk decoded text and its source side by side, giving each run of text with the source it
 * stands for; returns how far each got.
 */
export function alignWith(value: string, source: string, sourceStart: number, sourceEnd: number, step: Step): {index: number; cursor: number} {
  let index = 0
  let cursor = sourceStart
  let reference: {decoded: string; length: number} | undefined
  while (index < value.length && cursor < sourceEnd) {
    const char = value[index]
    if (source[cursor] === char) {
      let run = 1
      while (index + run < value.length && cursor + run < sourceEnd && source[cursor + run] === value[index + run]) run++
      step(value.slice(index, index + run), cursor, run)
      index += run
      cursor += run
    } else if (source[cursor] === '\\' && source[cursor + 1] === char) {
      step(char, cursor, 2)
      index++
      cursor += 2
    } else if (source[cursor] === '\r' && char === '\n') {
      // HTML parsers turn CR and CRLF into LF.
      const length = source[cursor + 1] === '\n' ? 2 : 1
      step(char, cursor, length)
      index++
      cursor += length
    } else if (source[cursor] === '\0' && char === '\uFFFD') {
      // Parsers replace NUL with U+FFFD, as CommonMark and HTML require.
      step(char, cursor, 1)
      index++
      cursor++
    } else if (source[cursor] === '&' && (reference = characterReference(source, cursor, sourceEnd, value, index))) {
      step(reference.decoded, cursor, reference.length)
      index += reference.decoded.length
      cursor += reference.length
    } else cursor++
  }
  return {index, cursor}
}

/** Where decoded text that starts at `sourceStart` ends in the source, within `sourceEnd`. */
export function alignedEnd(value: string, source: string, sourceStart: number, sourceEnd: number): number {
  return alignWith(value, source, sourceStart, sourceEnd, () => {}).cursor
}

/** Whether all of the decoded text is found in the source range. */
export function alignsWithin(value: string, source: string, sourceStart: number, sourceEnd: number): boolean {
  return alignWith(value, source, sourceStart, sourceEnd, () => {}).index === value.length
}

/** Prose that is the source itself, as in plain text. */
export function verbatimProse(source: string): Prose {
  const builder = new ProseBuilder()
  builder.verbatim(source, 0)
  return builder.build()
}

// URLs are not prose: blank them out, keeping every offset where it was.
export function blankUrls(text: string): string {
  // Every URL holds one of these, and most prose none: a quick search spares the full pattern.
  if (!text.includes('://') && !urlMarker.test(text)) return text
  return text.replace(urlPattern, (url) => ' '.repeat(url.length))
}

/**
 * The character reference at `start` that the parser decoded into `value` at
 * `index`. HTML also decodes numeric references and legacy names ("&reg")
 * without a semicolon, and remaps some code points (NUL, Windows-1252
 * controls): a numeric reference stands for the character the parser gave.
 */
function characterReference(source: string, start: number, end: number, value: string, index: number) {
  const text = source.slice(start, Math.min(end, start + 40))
  const numeric = /^&#(?:[xX][0-9a-fA-F]+|[0-9]+);?/.exec(text)
  if (numeric) return {decoded: String.fromCodePoint(value.codePointAt(index) ?? 0xfffd), length: numeric[0].length}
  const name = /^&([A-Za-z][A-Za-z0-9]{1,31})(;?)/.exec(text)
  if (!name) return undefined
  for (let length = name[1].length; length >= 2; length--) {
    const decoded = decodeNamedCharacterReference(name[1].slice(0, length))
    const semicolon = length === name[1].length && name[2] ? 1 : 0
    if (decoded && value.startsWith(decoded, index)) return {decoded, length: 1 + length + semicolon}
  }
  return undefined
}
