import type {VFile} from 'vfile'
import {checkedOptions} from './config/config-options.js'
import type {SlantVFileMessage} from './engine/finding.js'
import {lintSource} from './lint-source.js'
import type {SlantOptions} from './options.js'
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

const lintKeys = ['format', 'path']

/**
 * Lint one document. Positions in the result point into `text` as given. Options are checked as
 * a configuration file's are: a mistake throws a ConfigError with the CLI's one-line message.
 */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const checked = checkedOptions(options, 'lint options', lintKeys)
  const bom = text.startsWith('\uFEFF') ? 1 : 0
  const source = bom ? text.slice(1) : text
  const format = checked.format ?? formatOf(checked.path)
  const {prose, problem} = readProse(source, format)
  const {file, words} = lintSource(source, prose, checked, checked.path, problem)
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
