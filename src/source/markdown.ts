import type {Nodes, Parents, Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {markdownParts, shiftOffsets} from './markdown-parts.js'
import {alignedEnd, ProseBuilder, type Prose} from './prose.js'
import {pushChildren, walkTree, type WalkStep} from './walk.js'

export const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])
export const mdxParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkMdx)

// Blocks whose inline content is one paragraph of prose.
const proseBlocks = new Set(['paragraph', 'heading', 'tableCell'])
// Nodes that hold no prose: code, markup, front matter, JSX expressions and ESM.
const skipped = new Set([
  'code',
  'inlineCode',
  'html',
  'yaml',
  'toml',
  'definition',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'thematicBreak'
])

/** The prose of a Markdown or MDX document, read a part at a time (see `markdownParts`). */
export function markdownProse(source: string, mdx: boolean, partLength?: number): Prose {
  const parser = mdx ? mdxParser : markdownParser
  let builder = new ProseBuilder()
  for (const part of markdownParts(source, (text) => parsedFrom(parser, text), mdx, partLength)) {
    if (part.kind === 'plain') {
      // As the parser gives it: a paragraph of one text, the source as it stands.
      builder.paragraph(part.start)
      builder.verbatim(source.slice(part.start, part.end), part.start)
      builder.paragraph(part.end)
      continue
    }
    if (part.kind === 'whole') builder = new ProseBuilder()
    const root: Root = {type: 'root', children: part.nodes}
    walkTree<Nodes>(root, (node, stack) => enter(node, source, builder, stack))
  }
  return builder.build()
}

/** The prose of a Markdown or MDX tree that a pipeline parsed from `source`, read as `markdownProse` reads each part. */
export function markdownTreeProse(tree: Root, source: string): Prose {
  const builder = new ProseBuilder()
  walkTree<Nodes>(tree, (node, stack) => enter(node, source, builder, stack))
  return builder.build()
}

// The parser skips a byte order mark at the start of its text (one left after lint() dropped the
// first, or one that opens a part) and counts offsets from after it.
function parsedFrom(parser: typeof markdownParser, text: string): Root {
  const tree = parser.parse(text) as Root
  if (text.startsWith('\uFEFF')) shiftOffsets(tree.children, 1)
  return tree
}

function enter(node: Nodes, source: string, builder: ProseBuilder, stack: Array<WalkStep<Nodes>>) {
  if ('children' in node) placeChildren(node, source)
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? start
  if (skipped.has(node.type)) {
    collectComments(node, source, builder)
    builder.gap(start)
    return
  }
  switch (node.type) {
    case 'text':
      builder.aligned(node.value, source, start, end)
      return
    case 'break':
      builder.replaced('\n', start, end - start)
      return
    case 'image':
    case 'imageReference':
      if (node.alt) {
        builder.paragraph(start)
        builder.aligned(node.alt, source, start + 2, end)
        builder.paragraph(end)
      }
      return
    case 'footnoteReference':
      builder.gap(start)
      builder.citationSpans.push({start: builder.offset, end: builder.offset + 1})
      return
    case 'link': {
      // An autolink or bare URL shows its address as its text: that is not prose.
      if (node.children.length === 1 && node.children[0].type === 'text' && isAddress(node.children[0].value, node.url)) {
        builder.gap(start)
        builder.citationSpans.push({start: builder.offset, end: builder.offset + 1})
        return
      }
      const from = builder.offset
      stack.push(() => builder.citationSpans.push({start: from, end: builder.offset}))
      pushChildren(node.children, stack)
      return
    }
    case 'blockquote': {
      builder.paragraph(start)
      const from = builder.offset
      stack.push(() => {
        builder.quoteSpans.push({start: from, end: builder.offset})
        builder.paragraph(end)
      })
      pushChildren(node.children, stack)
      return
    }
  }
  const block = proseBlocks.has(node.type)
  if (block) {
    builder.paragraph(start)
    stack.push(() => builder.paragraph(end))
  }
  if ('children' in node) pushChildren(node.children, stack)
}


const htmlComment = /<!--([\s\S]*?)-->/g
const expressionComment = /^\{\s*\/\*([\s\S]*?)\*\/\s*\}$/

// `<!-- … -->` in HTML, and `{/* … */}` in MDX, where HTML comments are not allowed.
function collectComments(node: Nodes, source: string, builder: ProseBuilder) {
  const start = node.position?.start.offset ?? 0
  const markup = source.slice(start, node.position?.end.offset ?? start)
  if (node.type === 'html') {
    for (const match of markup.matchAll(htmlComment)) {
      builder.comments.push({text: match[1], start: start + match.index, end: start + match.index + match[0].length})
    }
  } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
    const match = expressionComment.exec(markup)
    if (match) builder.comments.push({text: match[1], start, end: start + markup.length})
  }
}

/**
 * Give a position to children that came without one. The GFM autolink step
 * splits text after an unclosed "[" or "![" into nodes with no position; each
 * is found in the source after its previous sibling, as it is or, with
 * references and escapes, by walking it alongside the source.
 */
function placeChildren(parent: Parents, source: string) {
  const children = parent.children as Nodes[]
  if (!parent.position || children.every((child) => child.position)) return
  let cursor = parent.position.start.offset ?? 0
  // The parser reads NUL as U+FFFD; the same length, so offsets hold.
  const searchable = source.replaceAll('\0', '\uFFFD')
  children.forEach((child, index) => {
    if (!child.position) {
      const limit = children.slice(index + 1).find((next) => next.position)?.position?.start.offset ?? parent.position?.end.offset ?? source.length
      const text = flatText(child)
      const found = text ? searchable.indexOf(text, cursor) : -1
      // Text with a decoded reference or an escape is not found as it is: it ends where its walk ends.
      const [start, end] = found !== -1 && found + text.length <= limit ? [found, found + text.length] : [cursor, alignedEnd(text, searchable, cursor, limit)]
      child.position = {start: {line: 0, column: 0, offset: start}, end: {line: 0, column: 0, offset: end}}
    }
    cursor = child.position.end.offset ?? cursor
  })
}

function flatText(node: Nodes): string {
  if ('value' in node) return node.value
  return 'children' in node ? (node.children as Nodes[]).map((child) => ('value' in child ? child.value : '')).join('') : ''
}

function isAddress(text: string, url: string): boolean {
  return text === url || `mailto:${text}` === url || `http://${text}` === url || `https://${text}` === url
}
