import {isUtf8} from 'node:buffer'
import {VFile} from 'vfile'
import {inputMessage, type SlantVFileMessage} from '../engine/finding.js'
import type {InputRuleId} from '../engine/input-rules.js'
import {LineIndex} from '../engine/line-index.js'
import type {Severity} from '../engine/rule-pack.js'
import {toSlantMessage} from '../engine/slant-message.js'
import type {LintResult} from '../lint.js'

/** How the CLI came to a file: named on the command line, or found in a directory or glob. */
export type Discovery = 'named' | 'found'

/** The text to lint, or the reason the file is not linted. */
export type InputText =
  | {kind: 'text'; text: string; notice?: SlantVFileMessage}
  | {kind: 'skipped'; result: LintResult}

// Bytes looked at to tell text from binary, as git does with its first 8,000.
const sniffLength = 8000
// Text has few control characters besides tab, newline, carriage return and form feed.
const maxControlShare = 0.1

/**
 * Decode a file's bytes for linting. Binary files are skipped with one message
 * (info when found by a search, warning when named); UTF-16 with a byte order
 * mark is decoded; bytes that are not UTF-8 become U+FFFD with an info message,
 * so the valid parts keep their positions.
 */
export function decodeInput(bytes: Uint8Array, path: string | undefined, discovery: Discovery): InputText {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined
  if (utf16) return {kind: 'text', text: new TextDecoder(utf16).decode(bytes)}
  if (looksBinary(bytes)) {
    return skipped(path, 'binary', severityFor(discovery), 'binary file (NUL or control bytes), not prose: skipped')
  }
  // The decoder drops a byte order mark, as lint() would: offsets count from after it.
  const text = new TextDecoder('utf-8').decode(bytes)
  // The native check settles the common, valid file; the scan only finds where a bad one goes wrong.
  const invalidAt = isUtf8(bytes) ? undefined : firstInvalidUtf8(bytes)
  if (invalidAt === undefined) return {kind: 'text', text}
  const offset = new TextDecoder('utf-8').decode(bytes.subarray(0, invalidAt)).length
  const point = new LineIndex(text).point(offset)
  const reason = `not valid UTF-8 (byte 0x${bytes[invalidAt].toString(16).toUpperCase().padStart(2, '0')} at byte ${invalidAt}; a Latin-1 or Windows-1252 file?): read with U+FFFD for the bad bytes`
  return {kind: 'text', text, notice: inputMessage(reason, 'invalid-utf8', 'info', path, {start: point, end: point})}
}

/** A file over the size limit, reported without reading it; stdin, whose size is not known, is read up to the limit. */
export function tooLarge(path: string | undefined, size: number | 'stdin', limit: number, discovery: Discovery): LintResult {
  const what = size === 'stdin' ? 'input over the' : `file of ${formatSize(size)} is over the`
  return skipped(path, 'file-too-large', severityFor(discovery), `${what} ${formatSize(limit)} limit (--max-file-size): skipped`).result
}

/** Results for every input in order: skipped ones as they are, linted ones with their notice. */
export function inInputOrder(inputs: ReadonlyArray<{content: InputText}>, linted: readonly LintResult[]): LintResult[] {
  let next = 0
  return inputs.map(({content}) => (content.kind === 'skipped' ? content.result : withNotice(linted[next++], content.notice)))
}

/** Add a message about the whole input (such as its encoding) to a lint result. */
function withNotice(result: LintResult, notice: SlantVFileMessage | undefined): LintResult {
  if (!notice) return result
  const message = toSlantMessage(notice)
  result.file.messages.unshift(notice)
  result.messages.unshift(message)
  result.stats.rules[message.ruleId] = (result.stats.rules[message.ruleId] ?? 0) + 1
  return result
}

function formatSize(bytes: number): string {
  for (const [unit, size] of [['GB', 1024 ** 3], ['MB', 1024 ** 2], ['KB', 1024]] as const) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`
  }
  return `${bytes} bytes`
}

function severityFor(discovery: Discovery): Severity {
  return discovery === 'named' ? 'warning' : 'info'
}

function skipped(path: string | undefined, ruleId: InputRuleId, severity: Severity, reason: string): {kind: 'skipped'; result: LintResult} {
  const message = inputMessage(reason, ruleId, severity, path)
  const file = new VFile({path, value: ''})
  file.messages.push(message)
  const messages = [toSlantMessage(message)]
  const rules = {[ruleId]: 1}
  return {kind: 'skipped', result: {file, messages, stats: {words: 0, rules, density: 0}}}
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, sniffLength)
  let controls = 0
  for (let index = 0; index < sample.length; index++) {
    const byte = sample[index]
    if (byte === 0) return true
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) || byte === 0x7f) controls++
  }
  return sample.length > 0 && controls / sample.length > maxControlShare
}

/** Index of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index]
    if (lead < 0x80) {
      index++
      continue
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0
    if (length === 0 || index + length > bytes.length) return index
    // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
    const second = bytes[index + 1]
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf
    if (second < low || second > high) return index
    for (let next = index + 2; next < index + length; next++) if ((bytes[next] & 0xc0) !== 0x80) return index
    index += length
  }
  return undefined
}
