import type {LintResult} from '../lint.js'
import {compactReport} from './compact.js'
import {githubReport} from './github.js'
import {gitlabReport} from './gitlab.js'
import {htmlReport} from './html.js'
import {jsonReport} from './json.js'
import type {ReportContext} from './report-context.js'
import {sarifReport} from './sarif.js'
import {stylishReport} from './stylish.js'

export const reportFormats = ['stylish', 'json', 'compact', 'sarif', 'github', 'gitlab', 'html'] as const
export type ReportFormat = (typeof reportFormats)[number]

/** The report for a run, in the chosen format. */
export function formatReport(format: ReportFormat, results: readonly LintResult[], context: ReportContext): string {
  switch (format) {
    case 'stylish':
      return stylishReport(results)
    case 'json':
      return jsonReport(results)
    case 'compact':
      return compactReport(results)
    case 'sarif':
      return sarifReport(results, context)
    case 'github':
      return githubReport(results, context)
    case 'gitlab':
      return gitlabReport(results, context)
    case 'html':
      return htmlReport(results, context)
  }
}
