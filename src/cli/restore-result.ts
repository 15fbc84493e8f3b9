import {VFile} from 'vfile'
import {detailedMessage, setSeverity} from '../engine/finding.js'
import type {LintResult, LintStats, SlantMessage} from '../lint.js'

/** What a lint leaves behind that can cross a thread or sit in the cache: plain data. */
export interface LintOutcome {
  messages: SlantMessage[]
  stats: LintStats
}

export function outcomeOf(result: LintResult): LintOutcome {
  return {messages: result.messages, stats: result.stats}
}

/** A lint result as `lint()` gives it, rebuilt from its plain messages, for the reporters. */
export function restoreResult(path: string | undefined, text: string, outcome: LintOutcome): LintResult {
  const file = new VFile({path, value: text.startsWith('\uFEFF') ? text.slice(1) : text})
  file.messages = outcome.messages.map((message) => {
    const place = {start: {line: message.line, column: message.column}, end: {line: message.endLine, column: message.endColumn}}
    const restored = detailedMessage(message.message, {place, ruleId: message.ruleId, source: message.source}, message, path ?? '')
    setSeverity(restored, message.severity)
    return restored
  })
  return {file, messages: outcome.messages, stats: outcome.stats}
}
