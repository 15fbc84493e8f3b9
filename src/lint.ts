import {VFile} from 'vfile'
import {applyInlineDirectives} from './config/inline-directives.js'
import {inputMessage, moveMessage, type SlantVFileMessage} from './engine/finding.js'
import {LineIndex} from './engine/line-index.js'
import type {SlantOptions} from './options.js'
import {lintProse} from './lint-prose.js'
import {linterFor} from './pipeline.js'
import {toSlantMessage, type SlantMessage} from './engine/slant-message.js'
import {formatOf, readProse, type Format} from './source/format.js'

export interface LintOptions extends SlantOptions {
  /** Format of the text; by default from `path`'s extension, else plain text. */
  format?: Format
  /** File path, used for the format and in reports. */
  path?: string
}

export {toSlantMessage, type SlantMessage}

export interface LintStats {
  words: number
  /** Findings per rule id, at any severity. */
  rules: Record<string, number>
  /** Warnings and errors per 1,000 words. */
  density: number
}

export interface LintResult {
  /** The source file with slant's messages, positioned in the source. */
  file: VFile
  messages: SlantMessage[]
  stats: LintStats
}

/** Lint one document. Positions in the result point into `text` as given. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const bom = text.startsWith('\uFEFF') ? 1 : 0
  const source = bom ? text.slice(1) : text
  const format = options.format ?? formatOf(options.path)
  const {prose, problem} = readProse(source, format)
  const proseFile = new VFile({path: options.path, value: prose.text})
  proseFile.data.slantMarkup = {quoteSpans: prose.quoteSpans, citationSpans: prose.citationSpans}
  lintProse(proseFile, linterFor(options))

  const file = new VFile({path: options.path, value: source})
  const lines = new LineIndex(source)
  for (const message of proseFile.messages as SlantVFileMessage[]) {
    const place = message.place && 'start' in message.place ? message.place : undefined
    // Clamped: a parser may place the end of markup cut off by the end of the file past it.
    const start = lines.point(Math.min(source.length, prose.sourceStart(place?.start.offset ?? 0)))
    const end = lines.point(Math.min(source.length, prose.sourceEnd(place?.end.offset ?? 0)))
    moveMessage(message, {start, end}, options.path ?? '')
    file.messages.push(message)
  }
  applyInlineDirectives(file, prose.comments, lines, options)
  if (problem) {
    // Markup slant could not read fails the check: the prose in it went unread.
    const point = lines.point(problem.offset)
    file.messages.push(inputMessage(problem.reason, 'parse-error', 'error', options.path, {start: point, end: point}))
  }
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  const words = proseFile.data.slantAnalysis?.index.wordCount ?? 0
  const messages = file.messages.map((message) => toSlantMessage(message as SlantVFileMessage))
  return {file, messages, stats: statsFor(messages, words)}
}

function statsFor(messages: SlantMessage[], words: number): LintStats {
  const rules: Record<string, number> = {}
  let findings = 0
  for (const message of messages) {
    rules[message.ruleId] = (rules[message.ruleId] ?? 0) + 1
    if (message.severity !== 'info') findings++
  }
  return {words, rules, density: words === 0 ? 0 : Math.round((findings / words) * 1000 * 100) / 100}
}
