import {VFileMessage} from 'vfile-message'
import {htmlProse} from './html.js'
import {markdownProse} from './markdown.js'
import {deepTagOffset, markdownNestingProblem, maxNesting, type ParseProblem} from './nesting.js'
import {ProseBuilder, verbatimProse, type Prose} from './prose.js'
import type {Format} from './extensions.js'

export {formatOf, formats, proseExtensions, type Format} from './extensions.js'

export function extractProse(source: string, format: Format): Prose {
  switch (format) {
    case 'markdown':
      return markdownProse(source, false)
    case 'mdx':
      return markdownProse(source, true)
    case 'html':
      return htmlProse(source)
    case 'text':
      return verbatimProse(source)
  }
}

const tooDeep = `markup nests more than ${maxNesting} levels deep here; the file was not linted`

function deepJsxProblem(source: string): ParseProblem | undefined {
  const offset = deepTagOffset(source)
  return offset === undefined ? undefined : {offset, reason: tooDeep}
}

/** A document's prose, or what kept slant from reading it. */
export interface ReadProse {
  prose: Prose
  problem?: ParseProblem
}

/**
 * The prose of a document, never throwing on bad markup. Markup nested deeper
 * than slant reads gives no prose and a problem at the first deep place. Broken
 * MDX is read as Markdown, with a problem where the MDX parser stopped.
 */
export function readProse(source: string, format: Format): ReadProse {
  if (format === 'markdown' || format === 'mdx') {
    const problem = markdownNestingProblem(source) ?? (format === 'mdx' ? deepJsxProblem(source) : undefined)
    if (problem) return {prose: new ProseBuilder().build(), problem}
  }
  try {
    return {prose: extractProse(source, format)}
  } catch (error) {
    if (format === 'mdx' && !(error instanceof RangeError)) {
      const asMarkdown = readProse(source, 'markdown')
      const place = error instanceof VFileMessage ? error.place : undefined
      const offset = (place && 'start' in place ? place.start.offset : place?.offset) ?? 0
      const problem = {offset, reason: `not valid MDX (${reasonOf(error)}); read as Markdown`}
      return {prose: asMarkdown.prose, problem: asMarkdown.problem ?? problem}
    }
    // A parser that overflows the stack or fails an internal check has not read the file.
    const problem =
      error instanceof RangeError
        ? {offset: deepTagOffset(source) ?? 0, reason: tooDeep}
        : {offset: 0, reason: `the ${format} parser failed (${reasonOf(error)}); the file was not linted`}
    return {prose: new ProseBuilder().build(), problem}
  }
}

function reasonOf(error: unknown): string {
  return error instanceof VFileMessage ? error.reason : error instanceof Error ? error.message.split('\n')[0] : String(error)
}
