import {VFile} from 'vfile'
import {applyInlineDirectives} from './config/inline-directives.js'
import {inputMessage, moveMessage, type SlantVFileMessage} from './engine/finding.js'
import {LineIndex} from './engine/line-index.js'
import {lintProse} from './lint-prose.js'
import type {SlantOptions} from './options.js'
import {linterFor} from './pipeline.js'
import type {ParseProblem} from './source/nesting.js'
import type {Prose} from './source/prose.js'

/** slant's findings on one source file, positioned in the source, and the words its prose holds. */
export interface SourceFindings {
  file: VFile
  words: number
}

/**
 * Lint the prose read from a source: slant's rules on the prose, the findings moved back into
 * the source, then the inline comments applied. What `lint()`, `remarkSlant` and `rehypeSlant`
 * share, so each gives the same findings.
 */
export function lintSource(source: string, prose: Prose, options: SlantOptions, path?: string, problem?: ParseProblem): SourceFindings {
  const proseFile = new VFile({path, value: prose.text})
  proseFile.data.slantMarkup = {quoteSpans: prose.quoteSpans, citationSpans: prose.citationSpans}
  lintProse(proseFile, linterFor(options))

  const file = new VFile({path, value: source})
  const lines = new LineIndex(source)
  for (const message of proseFile.messages as SlantVFileMessage[]) {
    const place = message.place && 'start' in message.place ? message.place : undefined
    // Clamped: a parser may place the end of markup cut off by the end of the file past it.
    const start = lines.point(Math.min(source.length, prose.sourceStart(place?.start.offset ?? 0)))
    const end = lines.point(Math.min(source.length, prose.sourceEnd(place?.end.offset ?? 0)))
    moveMessage(message, {start, end}, path ?? '')
    file.messages.push(message)
  }
  applyInlineDirectives(file, prose.comments, lines, options)
  if (problem) {
    // Markup slant could not read fails the check: the prose in it went unread.
    const point = lines.point(problem.offset)
    file.messages.push(inputMessage(problem.reason, 'parse-error', 'error', path, {start: point, end: point}))
  }
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  return {file, words: proseFile.data.slantAnalysis?.index.wordCount ?? 0}
}
