import type {Element, Nodes as HtmlNodes, Root as HtmlRoot} from 'hast'
import type {Nodes as MarkdownNodes, Root as MarkdownRoot} from 'mdast'
import {LineIndex} from '../engine/line-index.js'
import type {SlantMessage} from '../engine/slant-message.js'
import type {Format} from '../source/extensions.js'
import {htmlParser} from '../source/html.js'
import {markdownParser, mdxParser} from '../source/markdown.js'
import {alignWith} from '../source/prose.js'
import {escapeHtml, familyOf, suggestionText} from './finding-text.js'

interface MarkSpan {
  start: number
  end: number
  /** The message's index in the result. */
  index: number
}

/**
 * A draft as a reader sees it, with each finding marked where it stands: Markdown and HTML
 * rendered (only safe elements and links; no scripts, styles, images or attributes of the
 * source), plain text as written. `key` makes the marks' ids unique on a page of many drafts.
 */
export function markedDraft(source: string, format: Format, messages: readonly SlantMessage[], key: string): string {
  const marks = new DraftMarks(source, messages, key)
  try {
    if (format === 'markdown' || format === 'mdx') return markdownHtml((format === 'mdx' ? mdxParser : markdownParser).parse(source) as MarkdownRoot, marks)
    if (format === 'html') return htmlHtml(htmlParser.parse(source) as HtmlRoot, marks)
  } catch {
    // Markup too deep or too broken to render (lint() reports it) is shown as written.
    return plainHtml(source, new DraftMarks(source, messages, key))
  }
  return plainHtml(source, marks)
}

/** Text of the source with marks over the findings it holds; each finding's first piece carries its details. */
class DraftMarks {
  private readonly spans: MarkSpan[]
  private readonly placed = new Set<number>()

  constructor(
    private readonly source: string,
    private readonly messages: readonly SlantMessage[],
    private readonly key: string
  ) {
    const lines = new LineIndex(source)
    this.spans = messages
      .map((message, index) => ({start: lines.offset(message.line, message.column), end: lines.offset(message.endLine, message.endColumn), index}))
      .filter((span) => span.end > span.start)
      .sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index)
  }

  /** Decoded text that a parser read from `source[start, end)`, marked. */
  text(value: string, start: number, end: number): string {
    const active = this.spans.filter((span) => span.start < end && span.end > start)
    if (active.length === 0) return escapeHtml(value)
    const pieces: Array<{text: string; covering: MarkSpan[]}> = []
    const {index} = alignWith(value, this.source, start, end, (text, from, length) => {
      if (text.length !== length) {
        // An escape or a character reference: marked as a whole.
        pieces.push({text, covering: active.filter((span) => span.start < from + length && span.end > from)})
        return
      }
      const cuts = new Set([0, text.length])
      for (const span of active) for (const offset of [span.start - from, span.end - from]) if (offset > 0 && offset < text.length) cuts.add(offset)
      const sorted = [...cuts].sort((a, b) => a - b)
      for (let cut = 1; cut < sorted.length; cut++) {
        const [pieceStart, pieceEnd] = [from + sorted[cut - 1], from + sorted[cut]]
        pieces.push({text: text.slice(sorted[cut - 1], sorted[cut]), covering: active.filter((span) => span.start <= pieceStart && span.end >= pieceEnd)})
      }
    })
    pieces.push({text: value.slice(index), covering: []})
    return this.nested(pieces)
  }

  // Marks stay open across pieces while they cover them, so a finding inside another nests in
  // it; one that straddles the end of another is cut there and goes on in a second mark.
  private nested(pieces: ReadonlyArray<{text: string; covering: readonly MarkSpan[]}>): string {
    let html = ''
    const open: MarkSpan[] = []
    for (const {text, covering} of pieces) {
      let kept = 0
      while (kept < open.length && open[kept] === covering[kept]) kept++
      html += '</mark>'.repeat(open.length - kept)
      open.length = kept
      for (const span of covering.slice(kept)) {
        html += this.openMark(span)
        open.push(span)
      }
      html += escapeHtml(text)
    }
    return html + '</mark>'.repeat(open.length)
  }

  private openMark(span: MarkSpan): string {
    const message = this.messages[span.index]
    const id = `${this.key}-${span.index}`
    const classes = `f-${familyOf(message)} s-${message.severity}`
    if (this.placed.has(span.index)) return `<mark class="${classes}" data-continues="${id}">`
    this.placed.add(span.index)
    const details: Array<[string, string | undefined]> = [
      ['rule', message.ruleId],
      ['severity', message.severity],
      ['message', message.message],
      ['suggest', suggestionText(message)],
      ['note', message.note],
      ['source', message.citation],
      ['url', message.url]
    ]
    const attributes = details.map(([name, value]) => (value ? ` data-${name}="${escapeHtml(value)}"` : '')).join('')
    return `<mark id="mark-${id}" class="${classes}" tabindex="0"${attributes}>`
  }
}

function plainHtml(source: string, marks: DraftMarks): string {
  return `<div class="plain">${marks.text(source, 0, source.length)}</div>`
}

const safeProtocols = /^(https?:|mailto:|#|\/|\.{0,2}\/|[^:]*$)/i

/** A link's target if it cannot run code (`javascript:` and `data:` are left out). */
function safeHref(url: string | undefined): string {
  return url && safeProtocols.test(url.trim()) ? ` href="${escapeHtml(url.trim())}" rel="noreferrer"` : ''
}

function markdownHtml(root: MarkdownRoot, marks: DraftMarks): string {
  const children = (node: {children: MarkdownNodes[]}) => node.children.map(render).join('')
  const wrapped = (tag: string, node: {children: MarkdownNodes[]}) => `<${tag}>${children(node)}</${tag}>`
  function render(node: MarkdownNodes): string {
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    switch (node.type) {
      case 'text':
        return marks.text(node.value, start, end)
      case 'paragraph':
        return wrapped('p', node)
      case 'heading':
        return wrapped(`h${node.depth}`, node)
      case 'emphasis':
        return wrapped('em', node)
      case 'strong':
        return wrapped('strong', node)
      case 'delete':
        return wrapped('del', node)
      case 'blockquote':
        return wrapped('blockquote', node)
      case 'list':
        return node.ordered ? `<ol${node.start != null && node.start !== 1 ? ` start="${node.start}"` : ''}>${children(node)}</ol>` : wrapped('ul', node)
      case 'listItem':
        return `<li>${node.checked == null ? '' : node.checked ? '☑ ' : '☐ '}${children(node)}</li>`
      case 'table':
        return `<table>${children(node)}</table>`
      case 'tableRow':
        return wrapped('tr', node)
      case 'tableCell':
        return wrapped('td', node)
      case 'link':
        return `<a${safeHref(node.url)}>${children(node)}</a>`
      case 'linkReference':
        return wrapped('span', node)
      case 'image':
      case 'imageReference':
        return node.alt ? `<span class="alt">[${marks.text(node.alt, start + 2, end)}]</span>` : ''
      case 'inlineCode':
        return `<code>${escapeHtml(node.value)}</code>`
      case 'code':
      case 'yaml':
        return `<pre><code>${escapeHtml(node.value)}</code></pre>`
      case 'html':
        return `<code class="markup">${escapeHtml(node.value)}</code>`
      case 'break':
        return '<br>'
      case 'thematicBreak':
        return '<hr>'
      case 'footnoteReference':
        return `<sup>[${escapeHtml(node.label ?? node.identifier)}]</sup>`
      case 'footnoteDefinition':
        return `<div class="footnote"><sup>${escapeHtml(node.label ?? node.identifier)}</sup>${children(node)}</div>`
      case 'definition':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return ''
      default: {
        // JSX elements show their content, as the prose slant read; TOML front matter, which
        // mdast's types do not list, is shown as code.
        const other = node as {children?: MarkdownNodes[]; value?: unknown}
        if (other.children) return children({children: other.children})
        return typeof other.value === 'string' ? `<pre><code>${escapeHtml(other.value)}</code></pre>` : ''
      }
    }
  }
  return children(root)
}

// Elements kept as they are, without attributes; others show their content, and these are dropped.
const keptElements = new Set(
  'p h1 h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote q em strong b i u s del ins sub sup small abbr cite time code pre kbd samp var br hr table caption thead tbody tfoot tr th td figure figcaption div section article header footer main aside nav'.split(' ')
)
const droppedElements = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'iframe', 'object', 'embed', 'svg', 'math', 'textarea', 'select', 'button'])

function htmlHtml(root: HtmlRoot, marks: DraftMarks): string {
  const children = (node: {children: HtmlNodes[]}) => node.children.map(render).join('')
  function render(node: HtmlNodes): string {
    switch (node.type) {
      case 'text':
        return marks.text(node.value, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0)
      case 'element':
        return element(node)
      default:
        return ''
    }
  }
  function element(node: Element): string {
    if (droppedElements.has(node.tagName)) return ''
    if (node.tagName === 'a') return `<a${safeHref(typeof node.properties.href === 'string' ? node.properties.href : undefined)}>${children(node)}</a>`
    if (node.tagName === 'img') return typeof node.properties.alt === 'string' && node.properties.alt ? `<span class="alt">[${escapeHtml(node.properties.alt)}]</span>` : ''
    if (!keptElements.has(node.tagName)) return children(node)
    return node.tagName === 'br' || node.tagName === 'hr' ? `<${node.tagName}>` : `<${node.tagName}>${children(node)}</${node.tagName}>`
  }
  return children(root)
}
