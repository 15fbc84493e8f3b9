import type {LintResult} from '../lint.js'

/** Warnings and errors per 1,000 words among the messages a result still reports. */
export function reportedDensity(result: LintResult): number {
  const findings = result.messages.filter((message) => message.severity !== 'info').length
  return result.stats.words === 0 ? 0 : (findings / result.stats.words) * 1000
}
