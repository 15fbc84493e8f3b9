import type {LintResult} from '../lint.js'
import {formatOf} from '../source/extensions.js'
import {reportedDensity} from './density.js'
import {draftSection, filterControls} from './draft-section.js'
import {count, escapeHtml} from './finding-text.js'
import {pageBehaviour} from './page-behaviour.js'
import {pageStyle} from './page-style.js'
import type {ReportContext} from './report-context.js'

/**
 * One self-contained page for editors, drawn as the editor's page draws a draft: each draft
 * rendered with its findings marked by family, their details on hover and in a side list with
 * rule links and sources, the tone summary, filters by family and severity, an index of the
 * files when there are several, and a print style.
 */
export function htmlReport(results: readonly LintResult[], context: ReportContext): string {
  const messages = results.flatMap((result) => result.messages)
  const title = results.length === 1 ? `slant: ${results[0].file.path ?? 'stdin'}` : `slant: ${results.length} files`
  const sections = results.map((result, index) => draftSection(result, {heading: result.file.path ?? 'stdin', format: formatOf(result.file.path), key: String(index)}))
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="slant ${escapeHtml(context.version)}">
<title>${escapeHtml(title)}</title>
<style>${pageStyle}</style>
</head>
<body>
<header class="page-head">
<h1>slant report</h1>
<p>${count(results.length, 'file')} · ${count(messages.length, 'finding')} · slant ${escapeHtml(context.version)}</p>
</header>
${filterControls(messages)}
${results.length > 1 ? fileIndex(results) : ''}
${sections.join('\n')}
<script>(${pageBehaviour})(document)</script>
</body>
</html>
`
}

/** For a run over several files: each file with its counts, and a filter by path. */
function fileIndex(results: readonly LintResult[]): string {
  const rows = results.map((result, index) => {
    const path = escapeHtml(result.file.path ?? 'stdin')
    const warnings = result.messages.filter((message) => message.severity !== 'info').length
    return `<tr data-path="${path}"><td><a href="#file-${index}">${path}</a></td><td>${result.stats.words.toLocaleString('en')}</td><td>${warnings}</td><td>${result.messages.length - warnings}</td><td>${reportedDensity(result).toFixed(1)}</td></tr>`
  })
  return `<nav class="index" aria-label="Files">
<label>Show files whose path contains <input type="search" id="file-filter"></label>
<table>
<thead><tr><th>file</th><th>words</th><th>warnings</th><th>info</th><th>per 1,000 words</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</nav>`
}
