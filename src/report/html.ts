import {LineIndex} from '../engine/line-index.js'
import type {LintResult, SlantMessage} from '../lint.js'
import {reportedDensity} from './density.js'
import type {ReportContext} from './report-context.js'

/** The four colours of the page: slant's rule families, and the equality and profanity checks. */
const families = [
  {id: 'loaded', label: 'Loaded wording'},
  {id: 'claims', label: 'Unsupported claims'},
  {id: 'context', label: 'Context and framing'},
  {id: 'equality', label: 'Equality and profanity'}
] as const

type FamilyId = (typeof families)[number]['id']

function familyOf(message: SlantMessage): FamilyId {
  return families.some((family) => family.id === message.family) ? (message.family as FamilyId) : 'equality'
}

/**
 * One self-contained page for editors: each draft with its flagged spans
 * highlighted by family, the reason and suggestions on hover and in a side
 * list, and a summary with counts per family and the density.
 */
export function htmlReport(results: readonly LintResult[], context: ReportContext): string {
  const total = results.reduce((sum, result) => sum + result.messages.length, 0)
  const title = results.length === 1 ? `slant: ${results[0].file.path ?? 'stdin'}` : `slant: ${results.length} files`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="slant ${escapeHtml(context.version)}">
<title>${escapeHtml(title)}</title>
<style>${styles}</style>
</head>
<body>
<header class="page-head">
<h1>slant report</h1>
<p>${count(results.length, 'file')} · ${count(total, 'finding')} · slant ${escapeHtml(context.version)}</p>
</header>
${results.map((result, index) => fileSection(result, index)).join('\n')}
<script>${script}</script>
</body>
</html>
`
}

function fileSection(result: LintResult, fileIndex: number): string {
  const path = result.file.path ?? 'stdin'
  const source = String(result.file.value ?? '')
  const notes = result.messages.map((message, index) => note(message, `${fileIndex}-${index}`)).join('\n')
  return `<section class="file" id="file-${fileIndex}">
<h2>${escapeHtml(path)}</h2>
${summary(result)}
<div class="layout">
<article class="draft" aria-label="Draft with findings highlighted">${highlighted(source, result.messages, fileIndex)}</article>
<aside class="notes" aria-label="Findings">
${result.messages.length > 0 ? `<ol>\n${notes}\n</ol>` : '<p class="clean">No findings.</p>'}
</aside>
</div>
</section>`
}

function summary(result: LintResult): string {
  const counts = new Map<FamilyId, number>(families.map((family) => [family.id, 0]))
  for (const message of result.messages) counts.set(familyOf(message), counts.get(familyOf(message))! + 1)
  const most = Math.max(1, ...counts.values())
  const bars = families
    .map((family) => {
      const value = counts.get(family.id)!
      return `<li class="bar f-${family.id}"><span class="bar-label">${family.label}</span><span class="bar-track"><span class="bar-fill" style="width:${((value / most) * 100).toFixed(1)}%"></span></span><span class="bar-count">${value}</span></li>`
    })
    .join('\n')
  const density = reportedDensity(result)
  return `<div class="summary">
<ul class="chart" aria-label="Findings per family">
${bars}
</ul>
<p class="density"><strong>${density.toFixed(1)}</strong> warnings per 1,000 words<br><span>${result.stats.words.toLocaleString('en')} words · ${count(result.messages.length, 'finding')}</span></p>
</div>`
}

interface Span {
  start: number
  end: number
  index: number
}

// Marks nest when one finding lies inside another; a span that straddles the end
// of the one before it is cut there, so each finding keeps exactly one mark.
function highlighted(source: string, messages: readonly SlantMessage[], fileIndex: number): string {
  const lines = new LineIndex(source)
  const spans: Span[] = messages
    .map((message, index) => ({start: lines.offset(message.line, message.column), end: lines.offset(message.endLine, message.endColumn), index}))
    .sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index)
  let html = ''
  let position = 0
  const open: Span[] = []
  const closeUntil = (offset: number) => {
    while (open.length > 0 && open[open.length - 1].end <= offset) {
      const span = open.pop()!
      html += escapeHtml(source.slice(position, span.end)) + tooltip(messages[span.index], `${fileIndex}-${span.index}`) + '</mark>'
      position = span.end
    }
  }
  for (const span of spans) {
    closeUntil(span.start)
    html += escapeHtml(source.slice(position, span.start))
    position = span.start
    const end = open.length > 0 ? Math.min(span.end, open[open.length - 1].end) : span.end
    const message = messages[span.index]
    const id = `${fileIndex}-${span.index}`
    html += `<mark id="mark-${id}" class="f-${familyOf(message)} s-${message.severity}" tabindex="0" data-rule="${escapeHtml(message.ruleId)}" aria-describedby="tip-${id}">`
    open.push({...span, end})
  }
  closeUntil(Infinity)
  return html + escapeHtml(source.slice(position))
}

function tooltip(message: SlantMessage, id: string): string {
  return `<span class="tip" role="tooltip" id="tip-${id}"><b>${escapeHtml(message.ruleId)}</b> ${escapeHtml(message.message)}${message.note ? `<br><i>${escapeHtml(message.note)}</i>` : ''}</span>`
}

function note(message: SlantMessage, id: string): string {
  const suggestions = message.expected.length > 0 ? `<p class="try">Try: ${message.expected.map((word) => `<q>${escapeHtml(word)}</q>`).join(', ')}</p>` : ''
  return `<li id="note-${id}" class="f-${familyOf(message)} s-${message.severity}"><a href="#mark-${id}">${message.line}:${message.column}</a> <span class="rule">${escapeHtml(message.ruleId)}</span> <span class="severity">${message.severity}</span>
<p>${escapeHtml(message.message)}</p>${suggestions}${message.note ? `<p class="why">${escapeHtml(message.note)}</p>` : ''}</li>`
}

function count(value: number, noun: string): string {
  return `${value.toLocaleString('en')} ${noun}${value === 1 ? '' : 's'}`
}

const entities: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character])
}

// Clicking or tabbing to a highlight brings its note into view in the side list.
const script = `
document.addEventListener('focusin', (event) => {
  const id = event.target.id || ''
  if (!id.startsWith('mark-')) return
  for (const current of document.querySelectorAll('.notes li.current')) current.classList.remove('current')
  const note = document.getElementById('note-' + id.slice(5))
  if (note) { note.classList.add('current'); note.scrollIntoView({block: 'nearest'}) }
})
`

const styles = `
:root{--ink:#1d1d1f;--muted:#6b6b70;--paper:#fbfaf7;--rule:#e4e1da;
--loaded:#f7c873;--loaded-ink:#b26b00;--claims:#a9cdf5;--claims-ink:#2163b0;
--context:#d5c2f2;--context-ink:#6c3fb4;--equality:#aee3c4;--equality-ink:#1f7a4a}
*{box-sizing:border-box}
body{margin:0;background:var(--paper);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
.page-head{padding:1.2rem 2rem;border-bottom:1px solid var(--rule);background:#fff}
.page-head h1{margin:0;font-size:1.25rem;letter-spacing:.01em}
.page-head p{margin:.2rem 0 0;color:var(--muted)}
.file{padding:1.2rem 2rem 2rem}
.file h2{font-size:1.05rem;margin:0 0 .8rem;font-family:ui-monospace,Menlo,Consolas,monospace;word-break:break-all}
.summary{display:flex;flex-wrap:wrap;gap:1rem 3rem;align-items:center;background:#fff;border:1px solid var(--rule);border-radius:8px;padding:1rem 1.2rem;margin-bottom:1.2rem}
.chart{list-style:none;margin:0;padding:0;flex:1 1 26rem;max-width:36rem}
.bar{display:grid;grid-template-columns:11rem 1fr 2.5rem;align-items:center;gap:.6rem;margin:.25rem 0}
.bar-label{font-size:.9rem}
.bar-track{height:.8rem;background:#f0eee9;border-radius:4px;overflow:hidden}
.bar-fill{display:block;height:100%;border-radius:4px}
.bar-count{text-align:right;font-variant-numeric:tabular-nums;font-weight:600}
.f-loaded .bar-fill{background:var(--loaded-ink)}.f-claims .bar-fill{background:var(--claims-ink)}
.f-context .bar-fill{background:var(--context-ink)}.f-equality .bar-fill{background:var(--equality-ink)}
.density{margin:0;color:var(--muted)}
.density strong{display:block;font-size:2rem;line-height:1.1;color:var(--ink)}
.layout{display:grid;grid-template-columns:minmax(0,46rem) minmax(16rem,1fr);gap:2rem;align-items:start}
.draft{background:#fff;border:1px solid var(--rule);border-radius:8px;padding:1.5rem 1.8rem;white-space:pre-wrap;overflow-wrap:anywhere;
font:17px/1.7 Charter,"Iowan Old Style",Georgia,serif}
mark{position:relative;color:inherit;border-radius:3px;padding:0 .1em;border-bottom:2px solid;cursor:help}
mark.f-loaded{background:var(--loaded);border-color:var(--loaded-ink)}
mark.f-claims{background:var(--claims);border-color:var(--claims-ink)}
mark.f-context{background:var(--context);border-color:var(--context-ink)}
mark.f-equality{background:var(--equality);border-color:var(--equality-ink)}
mark.s-info{background:transparent;border-bottom-style:dashed}
mark.s-error{border-bottom-width:3px}
.tip{display:none;position:absolute;left:0;top:calc(100% + 6px);z-index:2;width:max-content;max-width:24rem;
white-space:normal;background:#1d1d1f;color:#fff;font:13px/1.45 system-ui,sans-serif;padding:.55rem .7rem;border-radius:6px;
box-shadow:0 4px 14px rgba(0,0,0,.25);user-select:none}
.tip i{color:#d6d6db}
mark:hover>.tip,mark:focus>.tip{display:block}
.notes{position:sticky;top:1rem;max-height:calc(100vh - 2rem);overflow:auto}
.notes ol{list-style:none;margin:0;padding:0}
.notes li{background:#fff;border:1px solid var(--rule);border-left:4px solid;border-radius:6px;padding:.5rem .7rem;margin-bottom:.5rem;font-size:.88rem}
.notes li.f-loaded{border-left-color:var(--loaded-ink)}.notes li.f-claims{border-left-color:var(--claims-ink)}
.notes li.f-context{border-left-color:var(--context-ink)}.notes li.f-equality{border-left-color:var(--equality-ink)}
.notes li:target,.notes li.current{outline:2px solid var(--ink)}
.notes a{font-family:ui-monospace,Menlo,monospace;color:var(--muted);text-decoration:none}
.notes .rule{font-weight:600}
.notes .severity{color:var(--muted);font-size:.8rem}
.notes p{margin:.25rem 0 0}
.notes .try q{font-weight:600}
.notes .why{color:var(--muted)}
.clean{color:var(--muted)}
@media (max-width:900px){.layout{grid-template-columns:1fr}.notes{position:static;max-height:none}}
`
