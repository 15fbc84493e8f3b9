import {createHash} from 'node:crypto'
import {LineIndex} from '../engine/line-index.js'
import type {LintResult, SlantMessage} from '../lint.js'

/**
 * What identifies a finding across edits elsewhere in the file: the rule, the
 * file, the words flagged and the sentence around them. Line numbers are left
 * out on purpose, so a paragraph added above does not make old findings new.
 */
export interface FindingKey {
  file: string
  ruleId: string
  actual: string
  context: string
}

// How far to look either way for the sentence around a finding.
const contextReach = 160
const sentenceBreak = /[.!?]["'”’)\]]*\s+|\n\s*\n/g

/** The keys of a result's messages, in message order; `file` is the path to record. */
export function findingKeys(result: LintResult, file: string): FindingKey[] {
  const source = String(result.file.value ?? '')
  const lines = new LineIndex(source)
  return result.messages.map((message) => findingKey(source, lines, message, file))
}

function findingKey(source: string, lines: LineIndex, message: SlantMessage, file: string): FindingKey {
  const start = lines.offset(message.line, message.column)
  const end = lines.offset(message.endLine, message.endColumn)
  return {file, ruleId: message.ruleId, actual: message.actual, context: sentenceAround(source, start, end)}
}

/** The sentence holding source[start, end), whitespace collapsed so rewrapping keeps it. */
export function sentenceAround(source: string, start: number, end: number): string {
  const before = source.slice(Math.max(0, start - contextReach), start)
  const after = source.slice(end, end + contextReach)
  const head = before.split(sentenceBreak).at(-1) ?? ''
  const tail = after.split(sentenceBreak)[0]
  return (head + source.slice(start, end) + tail).replace(/\s+/g, ' ').trim()
}

export function keyText(key: FindingKey): string {
  return JSON.stringify([key.file, key.ruleId, key.actual, key.context])
}

/**
 * Short stable hashes of a result's findings, for SARIF's partialFingerprints and
 * GitLab's fingerprint; the same finding twice in one sentence counts its occurrence.
 */
export function fingerprints(result: LintResult, file: string): string[] {
  const seen = new Map<string, number>()
  return findingKeys(result, file).map((key) => {
    const text = keyText(key)
    const occurrence = seen.get(text) ?? 0
    seen.set(text, occurrence + 1)
    return createHash('sha256').update(`${text}#${occurrence}`).digest('hex').slice(0, 32)
  })
}
