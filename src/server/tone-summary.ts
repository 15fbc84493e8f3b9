import {DiagnosticSeverity, type Diagnostic} from 'vscode-languageserver/node'
import type {LintResult} from '../lint.js'
import {documentDiagnostic} from './diagnostics.js'

/**
 * Loaded terms per 1,000 words, as an info diagnostic at the top of the document. Only the
 * writer's own words count: loaded words in attributed quotations are reported at info level.
 */
export function toneSummary(result: LintResult): Diagnostic {
  const loaded = result.messages.filter((message) => message.family === 'loaded' && message.severity !== 'info').length
  const words = result.stats.words
  const perThousand = words === 0 ? 0 : Math.round((loaded / words) * 10_000) / 10
  const summary = `Tone: ${perThousand} loaded terms per 1,000 words (${loaded} in ${words.toLocaleString('en-US')} words)`
  return documentDiagnostic('tone-summary', DiagnosticSeverity.Information, summary)
}
