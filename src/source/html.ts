import type {Element, Nodes, Root} from 'hast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {alignsWithin, ProseBuilder, type Prose} from './prose.js'
import {pushChildren, walkTree, type WalkStep} from './walk.js'

export const htmlParser = unified().use(rehypeParse, {fragment: true})

// Elements whose content is not prose.
const skipped = new Set(['script', 'style', 'noscript', 'template', 'code', 'pre', 'kbd', 'samp', 'var', 'svg', 'math', 'head', 'iframe', 'object', 'textarea', 'select'])
// Elements that start and end a block of text.
const blocks = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'title', 'tr', 'ul', 'button', 'label', 'option'
])

export function htmlProse(source: string): Prose {
  return htmlTreeProse(htmlParser.parse(source) as Root, source)
}

/** The prose of an HTML tree that a pipeline parsed from `source`. */
export function htmlTreeProse(tree: Root, source: string): Prose {
  const builder = new ProseBuilder()
  walkTree<Nodes | Root>(tree, (node, stack) => enter(node, source, builder, stack))
  return builder.build()
}

function enter(node: Nodes | Root, source: string, builder: ProseBuilder, stack: Array<WalkStep<Nodes | Root>>) {
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? start
  if (node.type === 'text') {
    // After a NUL it drops, the parser starts a text node that opens with a character reference at the
    // reference's last character: the text starts at its "&".
    const late = source[start] !== node.value[0] && !alignsWithin(node.value, source, start, end)
    builder.aligned(node.value, source, late ? Math.max(0, source.lastIndexOf('&', start)) : start, end)
    return
  }
  if (node.type === 'comment') builder.comments.push({text: node.value, start, end})
  if (node.type !== 'element' && node.type !== 'root') return
  if (node.type === 'element') {
    if (skipped.has(node.tagName)) {
      builder.gap(start)
      return
    }
    if (node.tagName === 'br') {
      builder.replaced('\n', start, end - start)
      return
    }
    if (node.tagName === 'img') {
      altText(node, source, builder)
      return
    }
  }
  const block = node.type === 'element' && blocks.has(node.tagName)
  const quote = node.type === 'element' && (node.tagName === 'blockquote' || node.tagName === 'q')
  const link = node.type === 'element' && node.tagName === 'a' && Boolean(node.properties.href)
  if (block) builder.paragraph(start)
  else builder.gap(start)
  const from = builder.offset
  stack.push(() => {
    if (quote) builder.quoteSpans.push({start: from, end: builder.offset})
    if (link) builder.citationSpans.push({start: from, end: builder.offset})
    if (block) builder.paragraph(end)
    else builder.gap(end)
  })
  pushChildren(node.children, stack)
}

// hast keeps no position for attributes: find the alt value in the tag's source.
function altText(node: Element, source: string, builder: ProseBuilder) {
  const alt = node.properties.alt
  if (typeof alt !== 'string' || alt.trim() === '' || !node.position) return
  const start = node.position.start.offset ?? 0
  const tag = source.slice(start, node.position.end.offset)
  const match = /\balt\s*=\s*(["']?)/i.exec(tag)
  if (!match) return
  const valueStart = start + match.index + match[0].length
  builder.paragraph(start)
  builder.aligned(alt, source, valueStart, node.position.end.offset ?? valueStart)
  builder.paragraph(node.position.end.offset ?? valueStart)
}
