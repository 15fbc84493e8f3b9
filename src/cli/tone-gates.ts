import type {LintResult} from '../lint.js'
import {reportedDensity} from '../report/density.js'

export interface ToneLimits {
  maxWarnings?: number
  /** Warnings and errors per 1,000 words, per file. */
  maxDensity?: number
}

/** The exit code for the reported messages, and a line for each limit they break. */
export function toneGates(results: readonly LintResult[], limits: ToneLimits): {exitCode: number; failures: string[]} {
  const messages = results.flatMap((result) => result.messages)
  const failures: string[] = []
  const warnings = messages.filter((message) => message.severity === 'warning').length
  if (limits.maxWarnings !== undefined && warnings > limits.maxWarnings) {
    failures.push(`${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${limits.maxWarnings}`)
  }
  if (limits.maxDensity !== undefined) {
    for (const result of results) {
      const density = reportedDensity(result)
      if (density > limits.maxDensity) {
        failures.push(`${result.file.path ?? 'stdin'}: ${density.toFixed(1)} warnings per 1,000 words, more than --max-density ${limits.maxDensity}`)
      }
    }
  }
  const errors = messages.some((message) => message.severity === 'error')
  return {exitCode: errors || failures.length > 0 ? 1 : 0, failures}
}
