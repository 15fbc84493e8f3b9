import type {LintResult} from '../lint.js'
import {compactReport} from './compact.js'
import {jsonReport} from './json.js'
import {stylishReport} from './stylish.js'

export const reportFormats = ['stylish', 'json', 'compact'] as const
export type ReportFormat = (typeof reportFormats)[number]

/** The report for a run, in the chosen format. */
export function formatReport(format: ReportFormat, results: readonly LintResult[]): string {
  switch (format) {
    case 'stylish':
      return stylishReport(results)
    case 'json':
      return jsonReport(results)
    case 'compact':
      return compactReport(results)
  }
}
