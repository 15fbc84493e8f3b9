import type {LintResult} from '../lint.js'

/** `path:line:col: severity: message [rule-id]`, one line each, like gcc and ESLint's unix format. */
export function compactReport(results: readonly LintResult[]): string {
  const lines: string[] = []
  for (const result of results) {
    const path = result.file.path ?? '<stdin>'
    for (const message of result.messages) {
      lines.push(`${path}:${message.line}:${message.column}: ${message.severity}: ${message.message} [${message.ruleId}]`)
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}
