import {readFileSync} from 'node:fs'
import {basename, dirname, join, sep} from 'node:path'
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type InitializeResult
} from 'vscode-languageserver/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {configFileNames} from '../config/find-config-file.js'
import {resolveConfig, type ResolvedConfig} from '../config/resolve-config.js'
import {builtinPacks} from '../engine/packs.js'
import {lint} from '../lint.js'
import type {Format} from '../source/format.js'
import {newConfigName} from './allow-edit.js'
import {DebouncedTasks} from './debounced-tasks.js'
import {documentDiagnostic, locateMessages, toDiagnostic, type LocatedMessage} from './diagnostics.js'
import {documentFormat, pathOfUri} from './document-format.js'
import {hoverAt} from './hover.js'
import {quickFixes} from './quick-fixes.js'
import {toneSummary} from './tone-summary.js'

/** Quiet time after a change before linting, so a burst of keystrokes is linted once. */
const changeDelay = 150
/** Longer documents are not linted as you type: linting runs on the server's only thread. */
export const maxDocumentLength = 500_000
const rcFileNames = new Set<string>(configFileNames)
const noConfig: ResolvedConfig = {options: {}, packFiles: []}

/** The findings published for one version of a document. */
interface Linted {
  version: number
  format: Format
  located: LocatedMessage[]
  config: ResolvedConfig
}

/** Serves slant on the connection: documents in, lint() findings out as diagnostics, quick fixes and hovers. */
export function startServer(connection: Connection) {
  const documents = new TextDocuments(TextDocument)
  const pending = new DebouncedTasks()
  const linted = new Map<string, Linted>()
  const reportedConfigErrors = new Set<string>()
  let capabilities: ClientCapabilities = {}
  let workspaceFolders: string[] = []
  let showToneSummary = false

  let shutDown = false
  connection.onShutdown(() => {
    shutDown = true
  })
  /** After `shutdown` the protocol wants requests refused. */
  const refuseAfterShutdown = () => {
    if (shutDown) throw new ResponseError(ErrorCodes.InvalidRequest, 'the server is shutting down')
  }

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities
    const folders = params.workspaceFolders ?? (params.rootUri ? [{uri: params.rootUri, name: ''}] : [])
    workspaceFolders = folders.flatMap((folder) => pathOfUri(folder.uri) ?? [])
    showToneSummary = toneSummarySetting(params.initializationOptions) ?? false
    // Build the processor and read the packs now, so the first document opens without that cost.
    lint('Ready.')
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]},
        hoverProvider: true,
        ...(capabilities.workspace?.workspaceFolders ? {workspace: {workspaceFolders: {supported: true, changeNotifications: true}}} : {})
      },
      serverInfo: {name: 'slant-language-server'}
    }
  })

  connection.onInitialized(async () => {
    const workspace = capabilities.workspace
    const refused = (error: unknown) => connection.console.warn(`slant could not register for changes: ${errorText(error)}`)
    if (workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      await connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [{globPattern: `**/{${configFileNames.join(',')}}`}, {globPattern: '**/*.{yml,yaml}'}]
        })
        .catch(refused)
    }
    if (workspace?.didChangeConfiguration?.dynamicRegistration) await connection.client.register(DidChangeConfigurationNotification.type).catch(refused)
    if (workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.flatMap((folder) => pathOfUri(folder.uri) ?? []))
        workspaceFolders = [...workspaceFolders.filter((folder) => !removed.has(folder)), ...event.added.flatMap((folder) => pathOfUri(folder.uri) ?? [])]
      })
    }
    // Documents opened while the settings were on their way are linted again if they changed.
    if (await refreshSettings()) relintAll()
  })

  connection.onDidChangeConfiguration(async (params) => {
    await refreshSettings((params.settings as {slant?: unknown} | null)?.slant)
    relintAll()
  })

  connection.onDidChangeWatchedFiles((params) => {
    const configChanged = params.changes.some((change) => {
      const name = basename(pathOfUri(change.uri) ?? '')
      return rcFileNames.has(name) || /\.ya?ml$/i.test(name)
    })
    if (configChanged) relintAll()
  })

  documents.onDidChangeContent(({document}) => {
    pending.schedule(document.uri, linted.has(document.uri) ? changeDelay : 0, () => lintNow(document.uri))
  })

  documents.onDidClose(({document}) => {
    pending.cancel(document.uri)
    linted.delete(document.uri)
    connection.sendDiagnostics({uri: document.uri, diagnostics: []})
  })

  connection.onHover((params) => {
    refuseAfterShutdown()
    const current = currentLint(params.textDocument.uri)
    return current ? hoverAt(current.located, params.position) : null
  })

  connection.onCodeAction((params) => {
    refuseAfterShutdown()
    const only = params.context.only
    if (only && !only.some((kind) => kind === '' || kind === CodeActionKind.QuickFix)) return []
    const document = documents.get(params.textDocument.uri)
    const current = currentLint(params.textDocument.uri)
    if (!document || !current) return []
    const path = pathOfUri(document.uri)
    const creates = capabilities.workspace?.workspaceEdit?.resourceOperations?.includes('create') ?? false
    const packs = [...builtinPacks(), ...(current.config.options.packs ?? [])]
    return quickFixes(params.range, {
      document,
      format: current.format,
      located: current.located,
      allowTarget: path ? {
        configFile: current.config.configFile,
        newConfigFile: join(workspaceFolderOf(path) ?? dirname(path), newConfigName),
        readText,
        canCreateFiles: creates && (capabilities.workspace?.workspaceEdit?.documentChanges ?? false)
      } : undefined,
      allowable: (ruleId) => packs.some((pack) => pack.id === ruleId && pack.entries.length > 0),
      versionedEdits: capabilities.workspace?.workspaceEdit?.documentChanges ?? false
    })
  })

  documents.listen(connection)

  /** The findings for the document's current version, linting it now if they are out of date. */
  function currentLint(uri: string): Linted | undefined {
    const document = documents.get(uri)
    if (!document) return undefined
    const current = linted.get(uri)
    return current?.version === document.version ? current : lintNow(uri)
  }

  function lintNow(uri: string): Linted | undefined {
    pending.cancel(uri)
    const document = documents.get(uri)
    if (!document) return undefined
    const format = documentFormat(document.languageId, uri)
    if (!format) return undefined
    try {
      const {linted: current, diagnostics} = lintDocument(document, format)
      linted.set(uri, current)
      connection.sendDiagnostics({uri, version: document.version, diagnostics})
      return current
    } catch (error) {
      connection.console.error(`slant could not lint ${uri}: ${errorText(error)}`)
      return undefined
    }
  }

  function lintDocument(document: TextDocument, format: Format): {linted: Linted; diagnostics: Diagnostic[]} {
    const path = pathOfUri(document.uri)
    const config = path ? configFor(path) : noConfig
    const skipped = (diagnostic: Diagnostic) => ({linted: {version: document.version, format, located: [], config: noConfig}, diagnostics: [diagnostic]})
    if (config instanceof Error) return skipped(documentDiagnostic('config-error', DiagnosticSeverity.Error, config.message))
    const text = document.getText()
    if (text.length > maxDocumentLength) {
      const reason = `slant does not lint documents over ${maxDocumentLength.toLocaleString('en-US')} characters as you type; run the slant CLI on this file`
      return skipped(documentDiagnostic('document-too-long', DiagnosticSeverity.Information, reason))
    }
    const result = lint(text, {...config.options, path, format})
    const located = locateMessages(result, document)
    const diagnostics = located.map(toDiagnostic)
    if (showToneSummary) diagnostics.unshift(toneSummary(result))
    return {linted: {version: document.version, format, located, config}, diagnostics}
  }

  /**
   * Looked up for every lint, like the CLI does per file: the resolver re-reads an rc file or
   * pack only when it changed on disk, so clients that cannot watch files see edits too.
   */
  function configFor(path: string): ResolvedConfig | Error {
    try {
      return resolveConfig(path)
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error))
      if (!reportedConfigErrors.has(failure.message)) connection.console.error(failure.message)
      reportedConfigErrors.add(failure.message)
      return failure
    }
  }

  function relintAll() {
    for (const document of documents.all()) pending.schedule(document.uri, 0, () => lintNow(document.uri))
  }

  /** Reads the settings pushed by the client, else asks for them; true if they changed. */
  async function refreshSettings(pushed?: unknown): Promise<boolean> {
    let setting = toneSummarySetting(pushed)
    if (setting === undefined && capabilities.workspace?.configuration) {
      try {
        setting = toneSummarySetting(await connection.workspace.getConfiguration('slant'))
      } catch (error) {
        connection.console.warn(`slant could not read the client's settings: ${errorText(error)}`)
      }
    }
    if (setting === undefined || setting === showToneSummary) return false
    showToneSummary = setting
    return true
  }

  function workspaceFolderOf(path: string): string | undefined {
    return workspaceFolders.filter((folder) => path.startsWith(folder.endsWith(sep) ? folder : folder + sep)).sort((a, b) => b.length - a.length)[0]
  }

  /** An rc file's text: the editor's unsaved version if it is open there. */
  function readText(file: string): string | undefined {
    const open = documents.all().find((document) => pathOfUri(document.uri) === file)
    if (open) return open.getText()
    try {
      return readFileSync(file, 'utf8')
    } catch {
      return undefined
    }
  }
}

function toneSummarySetting(settings: unknown): boolean | undefined {
  const value = (settings as {toneSummary?: unknown} | null | undefined)?.toneSummary
  return typeof value === 'boolean' ? value : undefined
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
