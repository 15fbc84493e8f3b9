import type {Root, RootContent} from 'nlcst'
import retextEnglish from 'retext-english'
import type {Processor} from 'unified'
import type {Node as UnistNode, Point as UnistPoint} from 'unist'
import {LineIndex, type Point} from './line-index.js'

type Parse = (text: string) => Root

/**
 * Parts of a long text are parsed on their own, at blank lines, once they hold this many
 * characters. The English parser first reads a whole text as one sentence and splices merged
 * words out of that list, so its cost grows with the square of the text's length. Small parts
 * also die young: the tree of a 32 KB part outlived V8's minor collections, and 10 MB of
 * Markdown left over a gigabyte of such trees in the old generation.
 */
export const partLength = 4096

/**
 * retext-english, with long texts parsed a part at a time: the tree is the one
 * the parser gives for the whole text, at a cost linear in its length.
 */
export function retextEnglishInParts(this: Processor) {
  retextEnglish.call(this)
  const processor = this as unknown as {parser: Parse}
  const parseWhole = processor.parser
  processor.parser = (text) => parseInParts(text, parseWhole)
}

// A blank line, with the spaces and tabs after it; the spaces and tabs before it are added.
const blankLine = /(?:\r\n|\r|\n)[ \t]*(?:(?:\r\n|\r|\n)[ \t]*)+/g
// The parser's white space: a blank line next to any other kind of space is left in the part.
const whiteSpace = /\p{White_Space}/u

/**
 * The parser's tree of `text`, parsed in parts of at least `minLength` characters (see
 * `treeParts`).
 */
export function parseInParts(text: string, parse: Parse, minLength = partLength): Root {
  if (text.length <= minLength) return parse(text)
  const children: RootContent[] = []
  for (const part of treeParts(text, parse, minLength)) {
    const [first, ...rest] = part.children
    const before = children.at(-1)
    if (part.continuesParagraph && before?.type === 'ParagraphNode' && first.type === 'ParagraphNode') {
      before.children.push(...first.children)
      before.position!.end = first.position!.end
    } else children.push(first)
    children.push(...rest)
  }
  return {type: 'RootNode', children, position: {start: children[0].position!.start, end: children.at(-1)!.position!.end}}
}

/** Some of the children of the parser's tree of a text, in order. */
export interface TreePart {
  children: RootContent[]
  /** The first child is a paragraph that goes on from the last child of the part before. */
  continuesParagraph: boolean
}

/**
 * The parser's tree of `text` a part at a time, so that a caller may let go of each part
 * before the next is parsed. A part holds paragraphs of at least `minLength` characters in
 * all, and ends at a blank line. The parser reads past a blank line on both sides: whether
 * "A." is a word with its full stop depends on the paragraph after it, and a paragraph that
 * is only a full stop joins the one before. So each part is parsed with the paragraphs on
 * either side of it, and their nodes are then left out. A paragraph longer than `minLength`,
 * such as a long text on one line, is read a window of sentences at a time.
 */
export function* treeParts(text: string, parse: Parse, minLength = partLength): Generator<TreePart> {
  // Where paragraphs start and end: a blank line's end, and the start of the next.
  const starts = [0]
  const ends: number[] = []
  blankLine.lastIndex = 0
  for (let found = blankLine.exec(text); found; found = blankLine.exec(text)) {
    let start = found.index
    while (text[start - 1] === ' ' || text[start - 1] === '\t') start--
    const end = found.index + found[0].length
    if (whiteSpace.test(text.charAt(start - 1)) || whiteSpace.test(text.charAt(end)) || end === text.length) continue
    ends.push(start)
    starts.push(end)
  }
  ends.push(text.length)
  const count = starts.length

  const lines = new LineIndex(text)
  // A paragraph with no word may join the one before or after it, so none stands next to a split.
  const wordy = (paragraph: number) => paragraph < 0 || paragraph >= count || hasWord(text, starts[paragraph], ends[paragraph])
  const safeSplit = (paragraph: number) => [paragraph - 2, paragraph - 1, paragraph, paragraph + 1].every(wordy)
  // A paragraph that opens with punctuation may join the one before.
  const opensWithWord = (paragraph: number) => paragraph >= count || wordFirst.test(text.charAt(starts[paragraph]))
  const long = (paragraph: number) =>
    paragraph >= 0 &&
    paragraph < count &&
    ends[paragraph] - starts[paragraph] > minLength &&
    !hasBlankLine(text, starts[paragraph], ends[paragraph]) &&
    safeSplit(paragraph) &&
    safeSplit(paragraph + 1) &&
    opensWithWord(paragraph) &&
    opensWithWord(paragraph + 1)
  // A paragraph beside a part is parsed with it; of a long one, only the end next to the part.
  const contextStart = (paragraph: number) =>
    paragraph < 0 ? 0 : long(paragraph) ? wordStartAfter(text, Math.max(starts[paragraph], ends[paragraph] - contextLength), ends[paragraph]) : starts[paragraph]
  const contextEnd = (paragraph: number) =>
    paragraph >= count ? text.length : long(paragraph) ? spaceAfter(text, starts[paragraph] + contextLength, ends[paragraph]) : ends[paragraph]
  const partStart = (paragraph: number) => (paragraph < count ? starts[paragraph] : text.length)

  for (let first = 0; first < count; ) {
    if (long(first)) {
      yield* paragraphInWindows(first)
      first++
      continue
    }
    let next = first + 1
    while (next < count && !long(next) && (starts[next] - starts[first] < minLength || !safeSplit(next))) next++
    if (first === 0 && next === count) {
      yield {children: parse(text).children, continuesParagraph: false}
      return
    }
    yield paragraphs(first, next)
    first = next
  }

  // Paragraphs `first` to the one before `next`, parsed with those on either side.
  function paragraphs(first: number, next: number): TreePart {
    const from = contextStart(first - 1)
    const part = parse(text.slice(from, contextEnd(next)))
    const children = startingWithin(part.children, starts[first] - from, partStart(next) - from)
    move(children, lines.point(from))
    return {children, continuesParagraph: false}
  }

  // Each window starts at a sentence the window before found, and gives the sentences it holds
  // but the last two, whose ends the text after the window may change.
  function* paragraphInWindows(paragraph: number): Generator<TreePart> {
    let cursor = starts[paragraph]
    let length = minLength
    for (;;) {
      const windowEnd = spaceAfter(text, cursor + length, ends[paragraph])
      const last = windowEnd >= ends[paragraph]
      const from = cursor === starts[paragraph] ? contextStart(paragraph - 1) : cursor
      const tree = parse(text.slice(from, last ? contextEnd(paragraph + 1) : windowEnd))
      const node = tree.children.find((child) => child.type === 'ParagraphNode' && child.position!.end.offset! > cursor - from)
      if (!node || node.type !== 'ParagraphNode' || (cursor === starts[paragraph] && node.position!.start.offset !== cursor - from)) {
        // The parser joined the paragraph to the one before: it is read with its neighbours, whole.
        yield paragraphs(paragraph, paragraph + 1)
        return
      }
      const sentences = node.children.filter((child) => child.type === 'SentenceNode' && child.position!.start.offset! >= cursor - from)
      if (!last && sentences.length < 3) {
        length *= 2
        continue
      }
      const until = last ? partStart(paragraph + 1) - from : sentences.at(-2)!.position!.start.offset!
      const kept = startingWithin(node.children, cursor - from, until)
      const piece: RootContent = {type: 'ParagraphNode', children: kept as never, position: {start: kept[0].position!.start, end: kept.at(-1)!.position!.end}}
      // After the paragraph's last window, the white space that ends it.
      const after = last ? startingWithin(tree.children.slice(tree.children.indexOf(node) + 1), 0, partStart(paragraph + 1) - from) : []
      // In one move: next to each other, nodes share the point between them.
      move([...kept, ...after], lines.point(from))
      yield {children: [piece, ...after], continuesParagraph: cursor !== starts[paragraph]}
      if (last) return
      cursor = from + until
      length = minLength
    }
  }
}

// How much of a long paragraph beside a part is parsed with it.
const contextLength = 4096

/** The nodes that start in `[start, end)` of a part's text. */
function startingWithin<Node extends UnistNode>(nodes: Node[], start: number, end: number): Node[] {
  return nodes.filter((node) => node.position!.start.offset! >= start && node.position!.start.offset! < end)
}

// The first white space at or after `offset`, or `end`.
function spaceAfter(text: string, offset: number, end: number): number {
  for (let index = offset; index < end; index++) if (whiteSpace.test(text[index])) return index
  return end
}

// Just after the first white space at or after `offset`, or `end`.
function wordStartAfter(text: string, offset: number, end: number): number {
  return Math.min(end, spaceAfter(text, offset, end) + 1)
}

// Any blank line, also one that does not part paragraphs here because other white space stands beside it.
const anyBlankLine = /(?:\r\n|\r|\n)[^\S\r\n]*(?:\r|\n)/g

function hasBlankLine(text: string, start: number, end: number): boolean {
  anyBlankLine.lastIndex = start
  return (anyBlankLine.exec(text)?.index ?? end) < end
}

const word = /[\p{L}\p{N}]/gu
const wordFirst = /^[\p{L}\p{N}]/u

function hasWord(text: string, start: number, end: number): boolean {
  word.lastIndex = start
  return (word.exec(text)?.index ?? end) < end
}

/**
 * Place the nodes of a part's tree where the part starts in the whole text. Nodes
 * share point objects, so a moved point's offset is first marked as negative,
 * which keeps it from moving again, and then made positive.
 */
function move(nodes: UnistNode[], origin: Point) {
  if (origin.offset === 0) return
  const points = pointsOf(nodes)
  for (const point of points) {
    if (point.offset! < 0) continue
    if (point.line === 1) point.column += origin.column - 1
    point.line += origin.line - 1
    point.offset = -(point.offset! + origin.offset) - 1
  }
  for (const point of points) if (point.offset! < 0) point.offset = -point.offset! - 1
}

function pointsOf(nodes: UnistNode[]): UnistPoint[] {
  const points: UnistPoint[] = []
  const stack = [...nodes]
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.position) points.push(node.position.start, node.position.end)
    const children = (node as UnistNode & {children?: UnistNode[]}).children
    if (children) for (const child of children) stack.push(child)
  }
  return points
}
