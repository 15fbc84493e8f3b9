import {baselineOpening} from './baseline.js'

// How each report slant writes begins, by format. Each names slant or has a shape of slant's own.
const reportOpenings = [
  // html: slant is the page's generator.
  /^<!doctype html>[^]*?<meta name="generator" content="slant [^"]*">/i,
  // json: a list of files, each with its messages.
  /^\[\{"path":.*?"messages":\[/,
  // sarif: slant is the run's tool.
  /^\{\s*"\$schema": "[^"]*sarif[^"]*",[^]*?"driver": \{\s*"name": "slant"/,
  // gitlab: code quality issues.
  /^\[\s*\{\s*"type": "issue",\s*"check_name": /,
  // github: workflow commands titled with slant.
  /^::(?:error|warning|notice) file=[^\n]*,title=slant /,
  // compact: path:line:column: severity: message [rule-id]
  /^[^\n]*:\d+:\d+: (?:error|warning|info): [^\n]* \[[\w-]+\]\n/,
  // stylish: a path, then a message line with its range, severity, rule id and source.
  /^[^\n]+\n(?:\d+:\d+-\d+:\d+)? +(?:error|warning|info) [^\n]* (?:slant|retext-equality|retext-profanities)\n/
]
const headLength = 1024

/**
 * Whether a file is a report or a baseline that slant wrote. A search passes
 * over them, so a report saved beside the drafts is not linted as prose.
 */
export function isSlantOutput(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, headLength))
  return head.startsWith(baselineOpening) || reportOpenings.some((opening) => opening.test(head))
}
