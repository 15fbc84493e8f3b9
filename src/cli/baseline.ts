import {readFileSync} from 'node:fs'
import type {LintResult} from '../lint.js'
import {findingKeys, keyText, type FindingKey} from '../report/finding-key.js'
import {resultPath, type ReportContext} from '../report/report-context.js'
import {keepMessages} from './keep-messages.js'
import {UsageError} from './usage-error.js'
import {writeFileAtomic} from './write-file-atomic.js'

/** How a baseline file begins. */
export const baselineOpening = '{"slantBaseline": 1'

/** The findings a team has accepted for now, each with how often it occurs. */
interface BaselineFile {
  slantBaseline: 1
  findings: (FindingKey & {count: number})[]
}

/** Record every current message; returns how many were recorded. */
export function writeBaseline(file: string, results: readonly LintResult[], context: ReportContext): number {
  const counts = new Map<string, FindingKey & {count: number}>()
  for (const result of results) {
    for (const key of findingKeys(result, resultPath(context, result))) {
      const text = keyText(key)
      const entry = counts.get(text)
      if (entry) entry.count++
      else counts.set(text, {...key, count: 1})
    }
  }
  // Sorted, one finding per line: a baseline in git diffs well.
  const findings = [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry)
  writeFileAtomic(file, `${baselineOpening}, "findings": [\n${findings.map((entry) => JSON.stringify(entry)).join(',\n')}\n]}\n`)
  return results.reduce((sum, result) => sum + result.messages.length, 0)
}

/**
 * Drop messages the baseline holds. A finding recorded twice is forgiven
 * twice; a third occurrence is new.
 */
export function keepNewFindings(file: string, results: readonly LintResult[], context: ReportContext) {
  const allowance = readBaseline(file)
  for (const result of results) {
    const keys = findingKeys(result, resultPath(context, result)).map(keyText)
    keepMessages(result, (_, index) => {
      const left = allowance.get(keys[index]) ?? 0
      if (left === 0) return true
      allowance.set(keys[index], left - 1)
      return false
    })
  }
}

function readBaseline(file: string): Map<string, number> {
  let data: BaselineFile
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as BaselineFile
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'not a slant baseline (invalid JSON)'
    throw new UsageError(`--baseline: ${file}: ${reason}`)
  }
  if (data?.slantBaseline !== 1 || !Array.isArray(data.findings)) throw new UsageError(`--baseline: ${file}: not a slant baseline (expected "slantBaseline": 1 and "findings")`)
  const allowance = new Map<string, number>()
  for (const entry of data.findings) {
    const text = keyText(entry)
    allowance.set(text, (allowance.get(text) ?? 0) + (Number.isInteger(entry.count) && entry.count > 0 ? entry.count : 1))
  }
  return allowance
}
