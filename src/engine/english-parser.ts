import type {Root, RootContent} from 'nlcst'
import retextEnglish from 'retext-english'
import type {Processor} from 'unified'
import type {Node as UnistNode, Point as UnistPoint} from 'unist'
import {LineIndex, type Point} from './line-index.js'

type Parse = (text: string) => Root

/**
 * Parts of a long text are parsed on their own, at blank lines, once they hold this many
 * characters. The English parser first reads a whole text as one sentence and splices merged
 * words out of that list, so its cost grows with the square of the text's length.
 */
export const partLength = 32_768

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
 * The parser's tree of `text`, parsed in parts of at least `minLength` characters, each ending
 * with a blank line (see `treeParts`).
 */
export function parseInParts(text: string, parse: Parse, minLength = partLength): Root {
  if (text.length <= minLength) return parse(text)
  const children: RootContent[] = []
  for (const part of treeParts(text, parse, minLength)) children.push(...part)
  return {type: 'RootNode', children, position: {start: children[0].position!.start, end: children.at(-1)!.position!.end}}
}

/**
 * The children of the parser's tree of `text`, a part at a time, so that a caller may let go
 * of each part before the next is parsed. A part holds at least `minLength` characters and ends
 * with a blank line. The parser reads past a blank line on both sides: whether "A." is a word
 * with its full stop depends on the paragraph after it, and a paragraph that is only a full
 * stop joins the one before. So each part is parsed with the paragraphs on either side of it,
 * and their nodes are then left out.
 */
export function* treeParts(text: string, parse: Parse, minLength = partLength): Generator<RootContent[]> {
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

  const lines = new LineIndex(text)
  // Paragraph indices: the part runs from paragraph `first` to the one before `next`.
  let first = 0
  // A paragraph with no word may join the one before or after it, so none stands next to a split.
  const wordy = (paragraph: number) => paragraph < 0 || paragraph >= starts.length || hasWord(text, starts[paragraph], ends[paragraph])
  for (let next = 1; next <= starts.length; next++) {
    if (next < starts.length && (starts[next] - starts[first] < minLength || ![next - 2, next - 1, next, next + 1].every(wordy))) continue
    if (first === 0 && next === starts.length) {
      yield parse(text).children
      return
    }
    const from = starts[Math.max(0, first - 1)]
    const to = ends[Math.min(ends.length - 1, next)]
    const part = parse(text.slice(from, to))
    const [partStart, partEnd] = [starts[first] - from, (starts[next] ?? text.length) - from]
    const kept = part.children.filter((child) => child.position!.start.offset! >= partStart && child.position!.start.offset! < partEnd)
    move(kept, lines.point(from))
    yield kept
    first = next
  }
}

const word = /[\p{L}\p{N}]/gu

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
