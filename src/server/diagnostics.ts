import {DiagnosticSeverity, type Diagnostic, type Range} from 'vscode-languageserver/node'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {toSlantMessage, type LintResult, type SlantMessage} from '../lint.js'
import type {SlantVFileMessage} from '../engine/finding.js'
import type {Severity} from '../engine/rule-pack.js'

/** A slant message with its range in the editor's document. */
export interface LocatedMessage {
  message: SlantMessage
  range: Range
}

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information
}

/**
 * Place lint() messages in the document. lint() drops a leading BOM and counts lines by LF only,
 * so ranges come from its source offsets, which the document turns into LSP positions for any
 * line ending (CRLF and lone CR included).
 */
export function locateMessages(result: LintResult, document: TextDocument): LocatedMessage[] {
  const bom = document.getText().startsWith('\uFEFF') ? 1 : 0
  return (result.file.messages as SlantVFileMessage[]).map((vfileMessage) => {
    const place = vfileMessage.place && 'start' in vfileMessage.place ? vfileMessage.place : undefined
    const start = bom + (place?.start.offset ?? 0)
    const end = bom + (place?.end.offset ?? place?.start.offset ?? 0)
    return {message: toSlantMessage(vfileMessage), range: {start: document.positionAt(start), end: document.positionAt(end)}}
  })
}

export function toDiagnostic({message, range}: LocatedMessage): Diagnostic {
  return {
    range,
    severity: severities[message.severity],
    code: message.ruleId,
    ...(message.url ? {codeDescription: {href: message.url}} : {}),
    source: 'slant',
    message: message.message
  }
}

/** A one-line diagnostic at the top of the document, for what concerns the whole document. */
export function documentDiagnostic(code: string, severity: DiagnosticSeverity, message: string): Diagnostic {
  return {range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, severity, code, source: 'slant', message}
}
