import {severityOf, type SlantVFileMessage} from './finding.js'
import type {Severity} from './rule-pack.js'

/** One finding, as the JSON report and the API give it. Columns are 1-based, end exclusive. */
export interface SlantMessage {
  line: number
  column: number
  endLine: number
  endColumn: number
  severity: Severity
  ruleId: string
  /** The pack entry that matched, for a rule of rule-pack terms. */
  entry?: string
  source: string
  message: string
  actual: string
  expected: string[]
  note?: string
  url?: string
  family?: string
  citation?: string
}

export function toSlantMessage(message: SlantVFileMessage): SlantMessage {
  const start = message.place && 'start' in message.place ? message.place.start : message.place
  const end = message.place && 'end' in message.place ? message.place.end : start
  return {
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1,
    severity: severityOf(message),
    ruleId: message.ruleId ?? 'unknown',
    ...(message.entry && {entry: message.entry}),
    source: message.source ?? 'slant',
    message: message.reason,
    actual: message.actual ?? '',
    expected: message.expected ?? [],
    note: message.note,
    url: message.url,
    family: message.family,
    citation: message.citation
  }
}
