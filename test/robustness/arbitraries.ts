import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import fc from 'fast-check'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {expect} from 'vitest'
import {lint, type Format, type SlantMessage} from '../../src/index.js'
import {blankUrls} from '../../src/source/prose.js'
import {textAt} from '../helpers.js'

/** The properties `npm run fuzz` runs, each selectable with `--only` (test/robustness/fuzz.mjs). */
export const fuzzProperties = ['text', 'units', 'markdown', 'mdx', 'html', 'bytes', 'long', 'server', 'report'] as const
export type FuzzProperty = (typeof fuzzProperties)[number]

// Set by test/robustness/fuzz.mjs; unset in `npm test`.
const {SLANT_FUZZ_RUNS: fuzzRuns, SLANT_FUZZ_SEED: fuzzSeed, SLANT_FUZZ_ONLY: fuzzOnly} = process.env
/** Whether this is `npm run fuzz` rather than `npm test`. */
export const fuzzing = Boolean(fuzzRuns)
const fixedSeed = 20261127

/**
 * Cases per property: a few with a fixed seed in `npm test`, so it gives the same
 * result every time; as many as `npm run fuzz` is asked for, from its seed.
 */
export const fuzzParameters = fuzzing ? {numRuns: Number(fuzzRuns), seed: fuzzSeed ? Number(fuzzSeed) : undefined} : {numRuns: 40, seed: fixedSeed}

/** Edits the language server is given: 1,000 in `npm test`, one per case in `npm run fuzz`. */
export const serverEdits = fuzzing ? fuzzParameters : {numRuns: 1000, seed: fixedSeed}

const onlyProperties = fuzzOnly?.split(',').filter(Boolean)
const unknown = onlyProperties?.filter((name) => !(fuzzProperties as readonly string[]).includes(name))
if (unknown?.length) throw new Error(`no fuzz property ${unknown.join(', ')}; the properties are ${fuzzProperties.join(', ')}`)

/** Whether a property runs: every one in `npm test`, those `--only` names in `npm run fuzz`. */
export const runsProperty = (property: FuzzProperty) => !onlyProperties?.length || onlyProperties.includes(property)

// Words slant reports, phrases it treats as context, and characters that have broken linters.
const words = ['despots', 'tyrant', 'regime', 'critics', 'say', 'mouthpiece', 'hordes', 'said', 'Putin', 'the', 'fiery', 'friend', 'world-class', 'regime’s']
const oddities = [
  '\u200d', '\u200b', '\u202e', '\u2066', '\u00ad', '\u0301', '\ufeff', '\ud800', '\udfff', '😀', '👩‍👩‍👧', 'é', '\r\n', '\r', '\n', '\n\n', '\t',
  '“', '”', '‘', '’', '"', "'", '«', '»', '\u0000', '\u000b', '\ufffd', '—', '-', '.', '!', '?', ',', ' ', '  ', 'http://x.y/z', '&amp;', '&#116;', '\\'
]

/** Prose-like text: loaded words, quotes and punctuation mixed with control, invisible and astral characters. */
export const proseText = fc
  .array(fc.oneof({weight: 4, arbitrary: fc.constantFrom(...words)}, {weight: 4, arbitrary: fc.constantFrom(...oddities)}, {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 6})}), {maxLength: 60})
  .map((parts) => parts.join(''))

// Block prefixes and inline markup of Markdown, MDX and HTML.
const linePrefixes = ['', '', '> ', '>> ', '- ', '* ', '1. ', '  - ', '    ', '# ', '## ', '```\n', '~~~\n', '| ', '---\n', '<div>', '<!-- ', '[^1]: ', '[x]: http://x\n', '\\> ']
const inlineMarkup = [
  '*', '**', '_', '`', '[', ']', '](http://x)', '![', '<q>', '</q>', '<em>', '</em>', '<br>', '<Foo>', '</Foo>', '{', '}', '-->', '[^1]', '<', '>', '|', '~~', '&', ';', ' '
]

/** Markdown-like documents: lines of block prefixes, inline markup and prose. */
export const markupText = fc
  .array(
    fc.tuple(fc.constantFrom(...linePrefixes), fc.array(fc.oneof(fc.constantFrom(...inlineMarkup), proseText), {maxLength: 8})),
    {maxLength: 12}
  )
  .map((lines) => lines.map(([prefix, inline]) => prefix + inline.join('')).join('\n'))

/**
 * What every lint result must satisfy: each range lies inside the input with its
 * start before its end, and `actual` is the text at the range. URLs are not prose:
 * slant reads them as blanks, so `actual` is compared with the source with its URLs
 * blanked. In markup, text the parser decodes (escapes, entities) or leaves out
 * (markers, tags) differs too, so there the range must hold `actual`'s letters in
 * order, starting with its first.
 */
export function checkMessages(source: string, messages: SlantMessage[], format: Format) {
  const exactActual = format === 'text'
  const text = source.replace(/^\uFEFF/, '')
  const lineStarts = [0, ...[...text.matchAll(/\r\n?|\n/g)].map((ending) => ending.index + ending[0].length)]
  // A point lies on its line, line ending included.
  const onItsLine = (line: number, column: number) => column >= 1 && lineStarts[line - 1] + column - 1 <= (lineStarts[line] ?? text.length)
  for (const message of messages) {
    const where = JSON.stringify(message)
    if (message.line < 1 || message.endLine > lineStarts.length) throw new Error(`range outside the input: ${where}`)
    if (!onItsLine(message.line, message.column) || !onItsLine(message.endLine, message.endColumn)) {
      throw new Error(`column past the end of its line: ${where}`)
    }
    if (message.line > message.endLine || (message.line === message.endLine && message.column > message.endColumn)) {
      throw new Error(`range ends before it starts: ${where}`)
    }
    const at = textAt(exactActual ? blankUrls(source) : source, message)
    if (exactActual ? at !== message.actual : !sameReading(at, message.actual, format === 'html')) {
      throw new Error(`actual ${JSON.stringify(message.actual)} is not the source text ${JSON.stringify(at)}: ${where}`)
    }
  }
}

// HTML: comments; "<!", "<?" and "</" that open no tag or comment ("<![", "</ x>"), which the parser reads as
// comments; and tags. Each runs to the first ">", over any "<" ("<a\n<em>" is one tag).
const htmlMarkup = /<!--[\s\S]*?-->|<[!?/A-Za-z][^>]*>/g
// Markdown and MDX: comments, tags of a name and attributes ("<a*>" and "<a \>" are text), and link targets.
// A backslash escapes a tag or reference after it, unless it is escaped itself ("\\&amp;" is "\&").
const unescaped = String.raw`(?<=(?:^|[^\\])(?:\\\\)*)`
const attribute = String.raw`\s+(?:[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^{}]*\}|[^\s"'=<>\`{}]+))?|\{[^{}]*\})`
const markdownMarkup = new RegExp(String.raw`<!--[\s\S]*?-->|${unescaped}<\/?[A-Za-z][\w.:-]*(?:${attribute})*\s*\/?>|\]\([^()]*\)`, 'g')
// An HTML reference reads as the parser reads it alone: numeric ones and legacy names need no semicolon ("&regime" is "®ime").
const htmlReference = /&(?:#[xX][0-9a-fA-F]+|#\d+|[A-Za-z][A-Za-z0-9]*);?/g
const markdownReference = new RegExp(String.raw`${unescaped}&(#[xX][0-9a-fA-F]+|#\d+|[A-Za-z]\w*);`, 'g')
const htmlParser = unified().use(rehypeParse, {fragment: true})

/**
 * The source as it reads: markup dropped, URLs blanked and character references decoded. Markup
 * reads as a space, as nothing where the HTML parser drops it (a stray end tag: the text on
 * either side is one, and a URL before it runs on into the text after it), or as text where
 * Markdown keeps it so (a tag in an image's alt text).
 */
function readable(source: string, html: boolean, markupAs: string | null = ' '): string {
  if (html) {
    return blankUrls(markupAs === null ? source : source.replace(htmlMarkup, markupAs)).replace(htmlReference, (reference) =>
      htmlParser.parse(reference).children.map((node) => (node.type === 'text' ? node.value : '')).join('')
    )
  }
  return blankUrls(markupAs === null ? source : source.replace(markdownMarkup, markupAs)).replace(markdownReference, (match, body: string) => {
    if (!body.startsWith('#')) return decodeNamedCharacterReference(body) || match
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD'
  })
}

// The range holds the letters of `actual` in order, starting with the first, once it is read as above (in
// Markdown, references and markup after a backslash stay as they are); `actual` is prose, decoded already.
// The range may run on over letters the prose blanked: a URL that ends only where the parser dropped a tag.
function sameReading(source: string, actual: string, html: boolean): boolean {
  const letters = (text: string) => [...text.replace(/[^\p{L}\p{N}]/gu, '')]
  const inActual = letters(actual)
  if (inActual.length === 0) return true
  const holdsActual = (inSource: string[]) => {
    if (inSource[0] !== inActual[0]) return false
    let next = 0
    for (const letter of inSource) if (letter === inActual[next]) next++
    return next === inActual.length
  }
  return [' ', '', null].some((markupAs) => holdsActual(letters(readable(source, html, markupAs))))
}

/** The properties of lint() on any input: no exception, ranges inside the input, `actual` at its range, the same result twice. */
export function lintsCleanly(text: string, format: Format) {
  const first = lint(text, {format})
  checkMessages(text, first.messages, format)
  expect(lint(text, {format}).messages).toEqual(first.messages)
}
