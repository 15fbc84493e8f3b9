import type {LintResult} from '../lint.js'
import type {SlantMessage} from '../engine/slant-message.js'
import type {Format} from '../source/extensions.js'
import {severities} from '../engine/rule-pack.js'
import {reportedDensity} from './density.js'
import {citationHtml, count, escapeHtml, families, familyOf, suggestionText, type FamilyId} from './finding-text.js'
import {markedDraft} from './marked-draft.js'

/** How a draft is shown: its heading, its format, and the key that makes its ids unique on the page. */
export interface DraftView {
  heading: string
  format: Format
  key: string
}

/**
 * One draft as the report and the editor's page show it: the tone summary, the draft rendered
 * with its findings marked, and the findings listed by family beside it.
 */
export function draftSection(result: LintResult, view: DraftView): string {
  const source = String(result.file.value ?? '')
  return `<section class="file" id="file-${view.key}" data-path="${escapeHtml(view.heading)}">
<h2>${escapeHtml(view.heading)}</h2>
${toneSummary(result)}
<div class="layout">
<article class="draft" aria-label="Draft with findings marked">${markedDraft(source, view.format, result.messages, view.key)}</article>
<aside class="notes" aria-label="Findings by family">
${notesByFamily(result.messages, view.key)}
</aside>
</div>
</section>`
}

function countsByFamily(messages: readonly SlantMessage[]): Map<FamilyId, number> {
  const counts = new Map<FamilyId, number>(families.map((family) => [family.id, 0]))
  for (const message of messages) counts.set(familyOf(message), counts.get(familyOf(message))! + 1)
  return counts
}

/** Findings per family as bars, and the density of warnings per 1,000 words. */
function toneSummary(result: LintResult): string {
  const counts = countsByFamily(result.messages)
  const most = Math.max(1, ...counts.values())
  const bars = families
    .map((family) => {
      const value = counts.get(family.id)!
      return `<li class="bar f-${family.id}"><span class="bar-label">${family.label}</span><span class="bar-track"><span class="bar-fill" style="width:${((value / most) * 100).toFixed(1)}%"></span></span><span class="bar-count">${value}</span></li>`
    })
    .join('\n')
  return `<div class="summary">
<ul class="chart" aria-label="Findings per family">
${bars}
</ul>
<p class="density"><strong>${reportedDensity(result).toFixed(1)}</strong> warnings per 1,000 words<br><span>${count(result.stats.words, 'word')} · ${count(result.messages.length, 'finding')}</span></p>
</div>`
}

function notesByFamily(messages: readonly SlantMessage[], key: string): string {
  if (messages.length === 0) return '<p class="clean">No findings.</p>'
  return families
    .map((family) => {
      const notes = messages.flatMap((message, index) => (familyOf(message) === family.id ? [note(message, `${key}-${index}`)] : []))
      if (notes.length === 0) return ''
      return `<section class="family f-${family.id}"><h3>${family.label} <span class="family-count">${notes.length}</span></h3>\n<ol>\n${notes.join('\n')}\n</ol></section>`
    })
    .join('\n')
}

function note(message: SlantMessage, id: string): string {
  const rule = message.url ? `<a class="rule" href="${escapeHtml(message.url)}" rel="noreferrer">${escapeHtml(message.ruleId)}</a>` : `<span class="rule">${escapeHtml(message.ruleId)}</span>`
  const suggestion = suggestionText(message)
  const paragraphs = [
    `<p>${escapeHtml(message.message)}</p>`,
    suggestion && `<p class="try">${escapeHtml(suggestion)}</p>`,
    message.note && `<p class="why">${escapeHtml(message.note)}</p>`,
    message.citation && `<p class="cite">Source: ${citationHtml(message.citation)}</p>`
  ]
  return `<li id="note-${id}" class="f-${familyOf(message)} s-${message.severity}" data-rule="${escapeHtml(message.ruleId)}"><a class="place" href="#mark-${id}">${message.line}:${message.column}</a> ${rule} <span class="severity">${message.severity}</span>
${paragraphs.filter(Boolean).join('')}</li>`
}

/** Checkboxes that hide findings by family and by severity, with the counts of the run. */
export function filterControls(messages: readonly SlantMessage[]): string {
  const counts = countsByFamily(messages)
  const box = (filter: string, label: string, value: number) =>
    `<label><input type="checkbox" checked data-filter="${filter}"> ${label} <span class="filter-count">${value}</span></label>`
  const bySeverity = severities.map((severity) => box(`s-${severity}`, severity, messages.filter((message) => message.severity === severity).length))
  return `<form class="filters" aria-label="Show findings">
<fieldset><legend>Family</legend>${families.map((family) => box(`f-${family.id}`, family.label, counts.get(family.id)!)).join('')}</fieldset>
<fieldset><legend>Severity</legend>${bySeverity.join('')}</fieldset>
</form>`
}
