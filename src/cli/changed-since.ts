import {realpathSync} from 'node:fs'
import {resolve} from 'node:path'
import type {LintResult, SlantMessage} from '../lint.js'
import {changedLinesSince} from './git.js'
import {keepMessages} from './keep-messages.js'
import {UsageError} from './usage-error.js'

/** Keep only messages on lines added or changed since `ref`; a file git does not track is all new. */
export function keepChangedLines(results: readonly LintResult[], ref: string, cwd: string) {
  if (results.some((result) => result.file.path === undefined)) throw new UsageError('--changed-since needs files to compare, not stdin')
  const changed = changedLinesSince(ref, cwd)
  for (const result of results) {
    const lines = changed.get(realpathSync(resolve(cwd, result.file.path!)))
    keepMessages(result, (message) => lines === 'all' || (lines !== undefined && touches(message, lines)))
  }
}

function touches(message: SlantMessage, lines: Set<number>): boolean {
  for (let line = message.line; line <= message.endLine; line++) if (lines.has(line)) return true
  return false
}
