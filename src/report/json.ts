import type {LintResult} from '../lint.js'

/** One object per file: its path, its messages and its statistics. */
export function jsonReport(results: readonly LintResult[]): string {
  return JSON.stringify(results.map((result) => ({path: result.file.path ?? '<stdin>', messages: result.messages, stats: result.stats}))) + '\n'
}
