import {basename} from 'node:path'
import {CodeActionKind, TextDocumentEdit, type CodeAction, type Range, type TextEdit, type WorkspaceEdit} from 'vscode-languageserver/node'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {quoted} from '../engine/finding.js'
import type {Format} from '../source/format.js'
import {allowTermEdit, newConfigName, type AllowTarget} from './allow-edit.js'
import {toDiagnostic, type LocatedMessage} from './diagnostics.js'
import {rangesTouch} from './ranges.js'

export interface QuickFixContext {
  document: TextDocument
  format: Format
  located: readonly LocatedMessage[]
  /** Where an allow-list entry goes; undefined for documents that are not files. */
  allowTarget?: AllowTarget
  /** Whether `allow` can silence a rule: only rules matched from rule-pack terms. */
  allowable: (ruleId: string) => boolean
  /** The client applies versioned `documentChanges`. */
  versionedEdits: boolean
}

/** Quick fixes for every finding in `range`: each suggestion, an allow-list entry, a disable comment. */
export function quickFixes(range: Range, context: QuickFixContext): CodeAction[] {
  return context.located.filter((found) => rangesTouch(found.range, range)).flatMap((found) => fixesFor(found, context))
}

function fixesFor(found: LocatedMessage, context: QuickFixContext): CodeAction[] {
  const {message, range} = found
  const diagnostics = [toDiagnostic(found)]
  const fix = (title: string, edit: WorkspaceEdit, isPreferred = false): CodeAction => ({title, kind: CodeActionKind.QuickFix, diagnostics, edit, ...(isPreferred ? {isPreferred} : {})})
  const actions = message.expected.map((suggestion, index) => {
    const replacement = inCaseOf(message.actual, suggestion)
    return fix(`Replace with ${quoted(replacement)}`, documentEdit(context, [{range, newText: replacement}]), index === 0)
  })
  const term = message.actual.replace(/\s+/g, ' ').trim().toLowerCase()
  const allowEdit = term && context.allowTarget && context.allowable(message.ruleId) ? allowTermEdit(term, context.allowTarget) : undefined
  if (allowEdit) actions.push(fix(`Allow ${quoted(term)} in ${basename(context.allowTarget?.configFile ?? newConfigName)}`, allowEdit))
  const comment = disableComment(context.format, `slant-disable-next-line ${message.ruleId}`)
  if (comment) {
    const insert = {range: {start: {line: range.start.line, character: 0}, end: {line: range.start.line, character: 0}}, newText: commentLine(context, range.start.line, comment)}
    actions.push(fix(`Disable ${message.ruleId} for this line`, documentEdit(context, [insert])))
  }
  return actions
}

function documentEdit({document, versionedEdits}: QuickFixContext, edits: TextEdit[]): WorkspaceEdit {
  return versionedEdits
    ? {documentChanges: [TextDocumentEdit.create({uri: document.uri, version: document.version}, edits)]}
    : {changes: {[document.uri]: edits}}
}

function disableComment(format: Format, directive: string): string | undefined {
  switch (format) {
    case 'markdown':
    case 'html':
      return `<!-- ${directive} -->`
    case 'mdx':
      return `{/* ${directive} */}`
    case 'text':
      return undefined
  }
}

/** The comment on a line of its own above `line`, inside the same indentation and block quote. */
function commentLine({document, format}: QuickFixContext, line: number, comment: string): string {
  const text = document.getText({start: {line, character: 0}, end: {line: line + 1, character: 0}})
  const lead = (format === 'html' ? /^[ \t]*/ : /^[ \t]*(?:>[ \t]?)*/).exec(text)?.[0] ?? ''
  const eol = document.getText().includes('\r\n') ? '\r\n' : '\n'
  return lead + comment + eol
}

/** A suggestion capitalised like the words it replaces. */
function inCaseOf(actual: string, suggestion: string): string {
  const letters = actual.replace(/[^\p{L}]/gu, '')
  if (letters.length > 1 && letters === letters.toUpperCase()) return suggestion.toUpperCase()
  if (/^\p{Lu}/u.test(actual)) return suggestion.charAt(0).toUpperCase() + suggestion.slice(1)
  return suggestion
}
