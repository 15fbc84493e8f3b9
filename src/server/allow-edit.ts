import {basename, extname} from 'node:path'
import {pathToFileURL} from 'node:url'
import {CreateFile, TextDocumentEdit, type TextEdit, type WorkspaceEdit} from 'vscode-languageserver/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {isMap, isScalar, isSeq, parseDocument} from 'yaml'

export const newConfigName = '.slantrc.yml'

export interface AllowTarget {
  /** The rc file that applies to the document, if there is one. */
  configFile?: string
  /** Where to create an rc file when there is none. */
  newConfigFile: string
  /** The rc file's current text (from the editor if it is open there); undefined if unreadable. */
  readText: (file: string) => string | undefined
  /** The client applies `documentChanges` with file creation. */
  canCreateFiles: boolean
}

/** A workspace edit adding `term` to the `allow` list of the rc file, or undefined if none is possible. */
export function allowTermEdit(term: string, target: AllowTarget): WorkspaceEdit | undefined {
  if (!target.configFile) {
    if (!target.canCreateFiles) return undefined
    const uri = pathToFileURL(target.newConfigFile).href
    const insert = {range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, newText: allowList(term)}
    return {documentChanges: [CreateFile.create(uri, {ignoreIfExists: true}), TextDocumentEdit.create({uri, version: null}, [insert])]}
  }
  const text = target.readText(target.configFile)
  if (text === undefined) return undefined
  const updated = withAllowedTerm(target.configFile, text, term)
  if (updated === undefined) return undefined
  const uri = pathToFileURL(target.configFile).href
  const edit = minimalEdit(text, text.includes('\r\n') ? updated.replace(/\r?\n/g, '\r\n') : updated)
  return {changes: {[uri]: [edit]}}
}

function withAllowedTerm(file: string, text: string, term: string): string | undefined {
  const name = basename(file)
  if (name === 'package.json') return withAllowedJson(text, term, 'slant')
  const extension = extname(name).toLowerCase()
  if (extension === '.json') return withAllowedJson(text, term)
  if (extension === '.yml' || extension === '.yaml') return withAllowedYaml(text, term)
  // `.slantrc` holds JSON or YAML.
  return withAllowedJson(text, term) ?? withAllowedYaml(text, term)
}

function withAllowedJson(text: string, term: string, key?: string): string | undefined {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return undefined
  }
  if (!isRecord(data)) return undefined
  if (key !== undefined && data[key] === undefined) data[key] = {}
  const config = key === undefined ? data : data[key]
  if (!isRecord(config)) return undefined
  const allow = config.allow ?? []
  if (!Array.isArray(allow) || allow.includes(term)) return undefined
  config.allow = [...allow, term]
  // Keep the file's layout: its indentation, or all on one line.
  const indent = text.trim().includes('\n') ? (/\n([ \t]+)"/.exec(text)?.[1] ?? '  ') : undefined
  return JSON.stringify(data, null, indent) + (text.endsWith('\n') ? '\n' : '')
}

/** Through the YAML document model, so comments and the rest of the layout stay as they are. */
function withAllowedYaml(text: string, term: string): string | undefined {
  const document = parseDocument(text)
  if (document.errors.length > 0) return undefined
  // Empty, or comments only.
  if (document.contents === null) return text + (text === '' || text.endsWith('\n') ? '' : '\n') + allowList(term)
  if (!isMap(document.contents)) return undefined
  const allow = document.get('allow', true)
  if (allow === undefined || allow === null || (isScalar(allow) && allow.value === null)) document.set('allow', document.createNode([term]))
  else if (isSeq(allow) && !allow.items.some((item) => isScalar(item) && item.value === term)) allow.add(document.createNode(term))
  else return undefined
  return document.toString()
}

function allowList(term: string): string {
  return `allow:\n  - ${JSON.stringify(term)}\n`
}

/** One edit replacing only the part that differs, so the editor's undo and diff stay small. */
function minimalEdit(before: string, after: string): TextEdit {
  let prefix = 0
  const shortest = Math.min(before.length, after.length)
  while (prefix < shortest && before[prefix] === after[prefix]) prefix++
  let suffix = 0
  while (suffix < shortest - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++
  const document = TextDocument.create('file:///', 'text', 0, before)
  return {
    range: {start: document.positionAt(prefix), end: document.positionAt(before.length - suffix)},
    newText: after.slice(prefix, after.length - suffix)
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
