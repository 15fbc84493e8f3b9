/** Where and why a document cannot be read as prose. */
export interface ParseProblem {
  offset: number
  reason: string
}

/**
 * Deepest nesting slant reads. Real documents stay within a handful of levels;
 * the Markdown parser slows down sharply with depth (20,000 nested block quotes
 * take minutes) and its tree builders recurse, so deeper documents are reported
 * instead of parsed.
 */
export const maxNesting = 64
// Emphasis and link delimiters in one run: a parser's delimiter matching is quadratic in them.
const maxDelimiterRun = 256

const containerMarker = /^(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/
const delimiterRun = new RegExp(`([*_[\\]])\\1{${maxDelimiterRun},}`, 'g')

/** The first line of Markdown nested deeper than slant reads, if any. Linear in the source. */
export function markdownNestingProblem(source: string): ParseProblem | undefined {
  let lineStart = 0
  while (lineStart <= source.length) {
    const newline = source.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? source.length : newline
    const problem = lineProblem(source, lineStart, lineEnd)
    if (problem) return problem
    lineStart = lineEnd + 1
  }
  return undefined
}

// Block quote markers and list markers at the start of a line open one level each;
// indentation before the first marker nests lists too, about one level per two columns.
function lineProblem(source: string, start: number, end: number): ParseProblem | undefined {
  let depth = 0
  let columns = 0
  let cursor = start
  while (cursor < end) {
    const char = source[cursor]
    if (char === ' ' || char === '\t') {
      if (depth === 0) columns += char === '\t' ? 4 : 1
      cursor++
      continue
    }
    const marker = containerMarker.exec(source.slice(cursor, cursor + 11))
    if (!marker) break
    depth++
    cursor += marker[0].length
    if (depth + columns / 2 > maxNesting) {
      return {offset: cursor - marker[0].length, reason: `block quotes or lists nest more than ${maxNesting} levels deep here; the file was not linted`}
    }
  }
  const line = source.slice(start, end)
  delimiterRun.lastIndex = 0
  const run = delimiterRun.exec(line)
  // A line of nothing but asterisks or underscores is a thematic break, which parses fast.
  if (run && !/^[*_\s]*$/.test(line)) {
    return {offset: start + run.index, reason: `a run of more than ${maxDelimiterRun} “${run[1]}” characters; the file was not linted`}
  }
  return undefined
}

/**
 * Where tags nest more than `maxNesting` deep, counted roughly (every start tag
 * that is not void or self-closed opens a level). MDX parses deep JSX slowly
 * before its tree builders overflow, so MDX is checked first; for HTML it places
 * the report when a parser gives up on depth.
 */
export function deepTagOffset(source: string): number | undefined {
  const tag = /<(\/?)([A-Za-z][\w.:-]*)[^<>]*?(\/?)>/g
  const voids = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])
  let depth = 0
  for (let match = tag.exec(source); match; match = tag.exec(source)) {
    if (match[1]) depth = Math.max(0, depth - 1)
    else if (!match[3] && !voids.has(match[2].toLowerCase()) && ++depth > maxNesting) return match.index
  }
  return undefined
}
