import type {LintResult} from '../lint.js'
import type {ReportContext} from './report-context.js'

export const reportFormats = ['stylish', 'json', 'compact', 'sarif', 'github', 'gitlab', 'html'] as const
export type ReportFormat = (typeof reportFormats)[number]

type Reporter = (results: readonly LintResult[], context: ReportContext) => string

// Each format is loaded when it is asked for: the HTML report alone brings the Markdown and HTML
// parsers, which a run that prints to the terminal never needs on its main thread.
const reporters: Record<ReportFormat, () => Promise<Reporter>> = {
  stylish: async () => (await import('./stylish.js')).stylishReport,
  json: async () => (await import('./json.js')).jsonReport,
  compact: async () => (await import('./compact.js')).compactReport,
  sarif: async () => (await import('./sarif.js')).sarifReport,
  github: async () => (await import('./github.js')).githubReport,
  gitlab: async () => (await import('./gitlab.js')).gitlabReport,
  html: async () => (await import('./html.js')).htmlReport
}

/** The report for a run, in the chosen format. */
export async function formatReport(format: ReportFormat, results: readonly LintResult[], context: ReportContext): Promise<string> {
  const report = await reporters[format]()
  return report(results, context)
}
