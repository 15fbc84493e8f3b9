import type {Nodes, Parents, Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {ProseBuilder, type Prose} from './prose.js'

const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])
const mdxParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkMdx)

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

export function markdownProse(source: string, mdx: boolean): Prose {
  const tree = (mdx ? mdxParser : markdownParser).parse(source) as Root
  const builder = new ProseBuilder()
  walk(tree, source, builder)
  return builder.build()
}

function walk(node: Nodes, source: string, builder: ProseBuilder) {
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
      walkChildren(node, source, builder)
      builder.citationSpans.push({start: from, end: builder.offset})
      return
    }
    case 'blockquote': {
      builder.paragraph(start)
      const from = builder.offset
      walkChildren(node, source, builder)
      builder.quoteSpans.push({start: from, end: builder.offset})
      builder.paragraph(end)
      return
    }
  }
  if (proseBlocks.has(node.type)) builder.paragraph(start)
  if ('children' in node) walkChildren(node, source, builder)
  if (proseBlocks.has(node.type)) builder.paragraph(end)
}

function walkChildren(node: Parents, source: string, builder: ProseBuilder) {
  for (const child of node.children) walk(child as Nodes, source, builder)
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

function isAddress(text: string, url: string): boolean {
  return text === url || `mailto:${text}` === url || `http://${text}` === url || `https://${text}` === url
}
