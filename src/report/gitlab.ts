import type {Severity} from '../engine/rule-pack.js'
import type {LintResult} from '../lint.js'
import {fingerprints} from './finding-key.js'
import {resultPath, type ReportContext} from './report-context.js'

const severities: Record<Severity, string> = {error: 'major', warning: 'minor', info: 'info'}

/** GitLab's code quality report (a subset of Code Climate's format), which merge requests show inline. */
export function gitlabReport(results: readonly LintResult[], context: ReportContext): string {
  const issues = results.flatMap((result) => {
    const path = resultPath(context, result)
    const hashes = fingerprints(result, path)
    return result.messages.map((message, index) => ({
      type: 'issue',
      check_name: message.ruleId,
      description: message.message,
      content: {body: [message.note, message.url].filter(Boolean).join('\n\n')},
      categories: ['Style'],
      fingerprint: hashes[index],
      severity: severities[message.severity],
      location: {path, positions: {begin: {line: message.line, column: message.column}, end: {line: message.endLine, column: message.endColumn}}}
    }))
  })
  return JSON.stringify(issues, null, 2) + '\n'
}
