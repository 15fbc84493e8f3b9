import type {Severity} from '../engine/rule-pack.js'
import type {LintResult} from '../lint.js'
import {resultPath, type ReportContext} from './report-context.js'

const commands: Record<Severity, string> = {error: 'error', warning: 'warning', info: 'notice'}

/**
 * GitHub Actions workflow commands, one per message, which the runner turns
 * into annotations on the pull request's diff.
 */
export function githubReport(results: readonly LintResult[], context: ReportContext): string {
  const lines: string[] = []
  for (const result of results) {
    const file = resultPath(context, result)
    for (const message of result.messages) {
      const properties = [
        ['file', file],
        ['line', message.line],
        ['col', message.column],
        ['endLine', message.endLine],
        ['endColumn', message.endColumn],
        ['title', `slant ${message.ruleId}`]
      ]
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',')
      const text = [message.message, message.note].filter(Boolean).join('\n')
      lines.push(`::${commands[message.severity]} ${properties}::${escapeData(text)}`)
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}

// The runner reads `%`, CR and LF as escapes in a command's data, and `:` and `,` too in its properties.
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
