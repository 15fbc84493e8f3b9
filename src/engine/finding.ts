import type {VFile} from 'vfile'
import {VFileMessage, type Options as VFileMessageOptions} from 'vfile-message'
import type {InputRuleId} from './input-rules.js'
import type {Family, Severity} from './rule-pack.js'
import {LineIndex, type Point} from './line-index.js'
import {ruleDocsUrl} from './builtin-packs.js'

/** What a slant rule reports about a span of prose. */
export interface Finding {
  ruleId: string
  family: Family
  severity: Severity
  reason: string
  start: number
  end: number
  actual: string
  suggest: string[]
  note?: string
  citation?: string
}

/** Extra fields slant sets on vfile messages, beyond vfile's own. */
export interface SlantMessageFields {
  family?: Family
  citation?: string
}

export type SlantVFileMessage = VFileMessage & SlantMessageFields

/** Add a finding to the file as a vfile message with slant's fields. */
export function report(file: VFile, finding: Finding): SlantVFileMessage {
  const place = {start: pointAt(file, finding.start), end: pointAt(file, finding.end)}
  const message = messageWithoutStack(file, finding.reason, {place, ruleId: finding.ruleId, source: 'slant'}) as SlantVFileMessage
  setSeverity(message, finding.severity)
  message.actual = finding.actual
  message.expected = finding.suggest
  message.note = finding.note
  message.url = ruleDocsUrl(finding.ruleId)
  message.family = finding.family
  message.citation = finding.citation
  return message
}

/** The details slant gives a message beyond vfile's own fields. */
export interface MessageDetails {
  actual?: string
  expected?: string[]
  note?: string
  url?: string
  family?: string
  citation?: string
}

/** A vfile message with slant's details, for a message moved to the source or rebuilt from data. */
export function detailedMessage(reason: string, options: VFileMessageOptions, details: MessageDetails, file: string): SlantVFileMessage {
  const message = withoutStack(() => new VFileMessage(reason, options)) as SlantVFileMessage
  const {actual, expected, note, url, family, citation} = details
  return Object.assign(message, {actual, expected, note, url, family: family as Family | undefined, citation, file})
}

/**
 * Move a message to where its text stands in the source, as `detailedMessage`
 * would place a new one there, without building it again.
 */
export function moveMessage(message: SlantVFileMessage, place: {start: Point; end: Point}, file: string) {
  message.place = place
  message.line = place.start.line
  message.column = place.start.column
  message.name = `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
  message.file = file
  // The nodes it was found in belong to the prose's tree, which the result does not keep.
  message.ancestors = undefined
}

/** A message slant gives about its input rather than its prose (see input-rules.ts), linked to its docs. */
export function inputMessage(reason: string, ruleId: InputRuleId, severity: Severity, file: string | undefined, place?: VFileMessageOptions['place']): SlantVFileMessage {
  const message = detailedMessage(reason, {place, ruleId, source: 'slant'}, {url: ruleDocsUrl(ruleId)}, file ?? '')
  setSeverity(message, severity)
  return message
}

/** vfile's convention: `fatal` true is an error, false a warning, undefined an info. */
export function setSeverity(message: VFileMessage, severity: Severity) {
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
}

export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** Quote a term the way slant's messages do. */
export function quoted(text: string): string {
  return `“${text}”`
}

/** "“a”, “b” or “c”" */
export function alternatives(words: readonly string[]): string {
  const list = words.map(quoted)
  return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} or ${list.at(-1)}`
}

const lineIndexes = new WeakMap<VFile, LineIndex>()

function pointAt(file: VFile, offset: number) {
  let index = lineIndexes.get(file)
  if (!index) {
    index = new LineIndex(String(file))
    lineIndexes.set(file, index)
  }
  return index.point(offset)
}

/**
 * Build a message without capturing a stack trace: vfile-message empties the
 * stack anyway, and capturing it is a large share of the cost of a message.
 */
function withoutStack<T>(make: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return make()
  } finally {
    Error.stackTraceLimit = limit
  }
}

/** `file.message` without capturing a stack trace. */
export function messageWithoutStack(file: VFile, reason: string, options: VFileMessageOptions): VFileMessage {
  return withoutStack(() => file.message(reason, options))
}
