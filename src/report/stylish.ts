import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import type {SlantVFileMessage} from '../engine/finding.js'
import type {LintResult} from '../lint.js'

/**
 * vfile-reporter's report: one file after another, each message with its
 * one-line note (why, and the source backing the rule), then a summary. Docs links are left to
 * the JSON and SARIF reports to keep the terminal readable.
 */
export function stylishReport(results: readonly LintResult[]): string {
  const files = results.map((result) => {
    const file = new VFile({path: result.file.path, value: result.file.value})
    file.messages = result.file.messages.map((message: SlantVFileMessage) => {
      const note = [message.note, message.citation && `Source: ${withoutUrl(message.citation)}.`].filter(Boolean).join(' ')
      return Object.assign(Object.create(Object.getPrototypeOf(message)), message, {url: undefined, note: note || undefined})
    })
    return file
  })
  const report = reporter(files, {quiet: true, verbose: true})
  return report ? report + '\n' : ''
}

// A citation may join sources with "; ", each with its URL: the URL goes, the separator stays.
function withoutUrl(citation: string): string {
  return citation.replace(/,?\s*https?:\/\/[^\s;]+/g, '').trim()
}
