import type {Root, RootContent} from 'mdast'

/** A run of the source that the caller reads: as a plain paragraph, or with the parser. */
export type MarkdownPart =
  | {kind: 'plain'; start: number; end: number}
  | {kind: 'parsed'; nodes: RootContent[]}
  /** The whole document's nodes, in place of every part before. */
  | {kind: 'whole'; nodes: RootContent[]}

type ParseMarkdown = (text: string) => Root

/** Below this, a document is parsed whole: parts save nothing. */
export const wholeDocumentLength = 65_536

/**
 * A long Markdown document a part at a time, each part parsed on its own, so the parser's
 * tree of the whole document never exists at once, and paragraphs of plain prose, most of a
 * long document, need no parser at all. A part starts where the parser's state is clean: the
 * document's start, or a blank line after a paragraph or heading at the top level, where no
 * container or raw block is open. What is read in parts is what the whole parse gives, with
 * two exceptions, which are read whole: definitions (`[label]: url`, `[^note]:`), which
 * reach across the document, and front matter that no part closes.
 *
 * `parse` may throw (MDX): then the part grows, and if it reaches the end the whole document
 * is read, so that the error is the one the whole parse gives.
 */
export function* markdownParts(source: string, parse: ParseMarkdown, mdx: boolean, partLength = wholeDocumentLength): Generator<MarkdownPart> {
  if (source.length <= partLength || source.includes(']:')) {
    yield {kind: 'whole', nodes: parse(source).children}
    return
  }
  const frontMatter = /^(?:---|\+\+\+)/.test(source)
  let cursor = 0
  while (cursor < source.length) {
    const plain = plainBlockEnd(source, cursor, mdx)
    if (plain !== undefined && !(cursor === 0 && frontMatter)) {
      yield {kind: 'plain', start: cursor, end: plain}
      cursor = nextBlock(source, plain)
      continue
    }
    const part = parsedPart(source, cursor, parse, mdx, partLength)
    if (!part || (cursor === 0 && frontMatter && !['yaml', 'toml'].includes(part.nodes[0]?.type ?? ''))) {
      // Only the whole parse reads this document as it is.
      yield {kind: 'whole', nodes: parse(source).children}
      return
    }
    yield {kind: 'parsed', nodes: part.nodes}
    cursor = part.next
  }
}

/**
 * Parse from `start` until a top-level paragraph or heading followed by a blank line, and
 * keep the nodes up to it. The parse runs over the slow blocks ahead and the first plain
 * block after them, which, parsed as a paragraph at the top level, shows that every block
 * before it was closed; if none closes, the part doubles, to the end of the document.
 * Returns undefined where the whole document must be read: an error that the rest of the
 * document does not settle.
 */
function parsedPart(source: string, start: number, parse: ParseMarkdown, mdx: boolean, partLength: number) {
  let length = partLength
  // Each try reads past the end of the one before.
  for (let end = partEnd(source, start, mdx, start, length); ; end = partEnd(source, start, mdx, end + 1, (length *= 2))) {
    const atEnd = end >= source.length
    let tree: Root
    try {
      tree = parse(source.slice(start, end))
    } catch {
      if (atEnd) return undefined
      continue
    }
    if (atEnd) return {nodes: shiftOffsets(tree.children, start), next: source.length}
    const last = lastClosingBlock(tree.children, source, start)
    if (last >= 0) {
      const next = nextBlock(source, start + tree.children[last].position!.end.offset!)
      return {nodes: shiftOffsets(tree.children.slice(0, last + 1), start), next}
    }
  }
}

// The end of a part that starts at `start` and ends at `from` or after: past the slow blocks and
// the first plain one after them, or past `length` characters, at a block's end.
function partEnd(source: string, start: number, mdx: boolean, from: number, length: number): number {
  let cursor = start
  let slow = false
  while (cursor < source.length) {
    const plain = plainBlockEnd(source, cursor, mdx)
    const end = plain ?? blockEnd(source, cursor)
    slow ||= plain === undefined
    if (end >= from && ((plain !== undefined && slow) || end - start >= length)) return end
    cursor = nextBlock(source, end)
  }
  return source.length
}

// The last top-level paragraph or heading that a blank line follows inside the part.
function lastClosingBlock(nodes: RootContent[], source: string, start: number): number {
  for (let index = nodes.length - 1; index >= 0; index--) {
    const node = nodes[index]
    if ((node.type === 'paragraph' || node.type === 'heading') && blankLineAt(source, start + node.position!.end.offset!)) return index
  }
  return -1
}

const blankLineAfter = /[ \t]*(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/y

function blankLineAt(source: string, offset: number): boolean {
  blankLineAfter.lastIndex = offset
  return blankLineAfter.test(source)
}

const lineEnd = /\r\n|\r|\n/g

// The line ending at or after `offset`, and where the next line starts.
function lineEndFrom(source: string, offset: number): {end: number; next: number} | undefined {
  lineEnd.lastIndex = offset
  const found = lineEnd.exec(source)
  return found ? {end: found.index, next: found.index + found[0].length} : undefined
}

// Where the block of lines at `start` ends: before the line ending of its last line.
function blockEnd(source: string, start: number): number {
  for (let line = lineEndFrom(source, start); line; line = lineEndFrom(source, line.next)) {
    if (isBlankLine(source, line.next)) return line.end
  }
  return source.length
}

// The start of the first line after `end` that is not blank.
function nextBlock(source: string, end: number): number {
  for (let line = lineEndFrom(source, end); line; line = lineEndFrom(source, line.next)) {
    if (!isBlankLine(source, line.next)) return line.next
  }
  return source.length
}

function isBlankLine(source: string, start: number): boolean {
  let cursor = start
  while (source[cursor] === ' ' || source[cursor] === '\t') cursor++
  return cursor >= source.length || source[cursor] === '\n' || source[cursor] === '\r'
}

// A line that is a paragraph's line and nothing else, in any context: no markup character, no
// address an autolink would take, no line-start marker, no indentation or trailing space, and
// no control character.
const markupCharacter = /[`*_[\]<>&~|\\{}@\u0000-\u001f\u007f]|:\/\/|www\./i
const lineStartMarker = /^(?:[\s#>+=-]|\d{1,9}[.)])/
const esmStart = /^(?:import|export)\b/

/** Where the block at `start` ends, when it is one paragraph of plain prose. */
function plainBlockEnd(source: string, start: number, mdx: boolean): number | undefined {
  let cursor = start
  for (;;) {
    const newline = source.indexOf('\n', cursor)
    const end = newline === -1 ? source.length : newline
    const line = source.slice(cursor, end)
    if (line === '' || markupCharacter.test(line) || lineStartMarker.test(line) || /\s$/.test(line) || (mdx && esmStart.test(line))) return undefined
    if (newline === -1 || isBlankLine(source, newline + 1)) return end
    cursor = newline + 1
  }
}

/** Move the nodes' offsets on by `by`, as from a part's to the document's. Nodes may share points. */
export function shiftOffsets(nodes: RootContent[], by: number): RootContent[] {
  if (by === 0) return nodes
  const moved = new Set<object>()
  const stack: Array<{position?: {start: {offset?: number}; end: {offset?: number}}; children?: unknown[]}> = [...nodes]
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const point of node.position ? [node.position.start, node.position.end] : []) {
      if (moved.has(point) || point.offset === undefined) continue
      point.offset += by
      moved.add(point)
    }
    if (node.children) for (const child of node.children) stack.push(child as never)
  }
  return nodes
}
