import {spawn, type ChildProcess} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {createServer, type Socket} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Diagnostic, PublishDiagnosticsParams, TextEdit, WorkspaceEdit} from 'vscode-languageserver/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {afterAll, beforeAll} from 'vitest'

export const serverBin = fileURLToPath(new URL('../../dist/server/main.js', import.meta.url))

export interface Message {
  id?: number | string | null
  method?: string
  params?: unknown
  result?: unknown
  error?: {code: number; message: string}
}

/** A command that serves the protocol over stdio. */
export interface ServerCommand {
  command: string
  args: string[]
  cwd?: string
  env?: NodeJS.ProcessEnv
}

/** What a real client would answer to the server's own requests. */
export interface ClientBehaviour {
  /** `workspace/configuration` answers, per section. */
  settings?: Record<string, unknown>
}

// Tests write after the server has exited on purpose: a broken pipe or reset is expected there.
function ignoreClosedPeer(error: NodeJS.ErrnoException) {
  if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') throw error
}

/**
 * A scripted LSP client over the real server process, with hand-rolled framing so tests can
 * also send broken frames.
 */
export class LspClient {
  readonly received: Message[] = []
  readonly stderr: string[] = []
  readonly exited: Promise<number | null>
  private nextId = 1
  private buffer = Buffer.alloc(0)
  private readonly waiters = new Set<() => void>()

  private constructor(
    readonly process: ChildProcess,
    private readonly channel: {bytes?: (bytes: Buffer) => void; message?: (message: object) => void},
    private readonly behaviour: ClientBehaviour
  ) {
    this.exited = new Promise((resolve) => process.on('exit', (code) => resolve(code)))
    process.stderr?.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()))
  }

  /** The built server by default; `server` starts another, such as an installed `slant-language-server`. */
  static stdio(behaviour: ClientBehaviour = {}, server: ServerCommand = {command: process.execPath, args: [serverBin, '--stdio']}): LspClient {
    const child = spawn(server.command, server.args, {cwd: server.cwd, env: server.env, stdio: ['pipe', 'pipe', 'pipe']})
    const client = new LspClient(child, {bytes: (bytes) => child.stdin?.write(bytes)}, behaviour)
    child.stdout?.on('data', (chunk: Buffer) => client.onBytes(chunk))
    child.stdin?.on('error', ignoreClosedPeer)
    return client
  }

  static nodeIpc(behaviour: ClientBehaviour = {}): LspClient {
    const child = spawn(process.execPath, [serverBin, '--node-ipc'], {stdio: ['ignore', 'ignore', 'pipe', 'ipc']})
    const client = new LspClient(child, {message: (message) => child.send(message)}, behaviour)
    child.on('message', (message) => client.onMessage(message as Message))
    return client
  }

  /** `--socket=<port>`: the server connects to a port the client listens on. */
  static async socket(behaviour: ClientBehaviour = {}): Promise<LspClient> {
    const listener = createServer()
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve))
    const port = (listener.address() as {port: number}).port
    const connected = new Promise<Socket>((resolve) => listener.once('connection', resolve))
    const child = spawn(process.execPath, [serverBin, `--socket=${port}`], {stdio: ['ignore', 'ignore', 'pipe']})
    const socket = await connected
    listener.close()
    const client = new LspClient(child, {bytes: (bytes) => socket.write(bytes)}, behaviour)
    socket.on('data', (chunk) => client.onBytes(chunk))
    socket.on('error', ignoreClosedPeer)
    return client
  }

  request<T = unknown>(method: string, params?: unknown): Promise<T> {
    const id = this.nextId++
    this.send({id, method, params})
    return this.waitFor((message) => message.id === id && message.method === undefined).then((reply) => {
      if (reply.error) throw new Error(`${method}: ${reply.error.message} (${reply.error.code})`)
      return reply.result as T
    })
  }

  notify(method: string, params?: unknown) {
    this.send({method, params})
  }

  send(message: Message) {
    const full = {jsonrpc: '2.0', ...message}
    if (this.channel.message) this.channel.message(full)
    else this.writeRaw(frame(JSON.stringify(full)))
  }

  /** Bytes as they are, for stream transports. */
  writeRaw(bytes: string | Buffer) {
    this.channel.bytes?.(typeof bytes === 'string' ? Buffer.from(bytes) : bytes)
  }

  async initialize(options: {rootPath?: string; initializationOptions?: unknown} = {}) {
    const rootUri = options.rootPath ? pathToFileURL(options.rootPath).href : null
    const result = await this.request<{capabilities: Record<string, unknown>}>('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{uri: rootUri, name: 'workspace'}] : null,
      initializationOptions: options.initializationOptions,
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeWatchedFiles: {dynamicRegistration: true},
          workspaceEdit: {documentChanges: true, resourceOperations: ['create', 'rename', 'delete']}
        },
        textDocument: {publishDiagnostics: {versionSupport: true}, hover: {contentFormat: ['markdown']}}
      }
    })
    this.notify('initialized', {})
    return result
  }

  /** The next diagnostics published for `uri` that satisfy `test`. */
  async diagnostics(uri: string, test: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const message = await this.waitFor((candidate) => {
      const params = candidate.params as PublishDiagnosticsParams
      return candidate.method === 'textDocument/publishDiagnostics' && params.uri === uri && test(params)
    })
    return message.params as PublishDiagnosticsParams
  }

  published(uri: string): PublishDiagnosticsParams[] {
    return this.received
      .filter((message) => message.method === 'textDocument/publishDiagnostics' && (message.params as PublishDiagnosticsParams).uri === uri)
      .map((message) => message.params as PublishDiagnosticsParams)
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1) {
    this.notify('textDocument/didOpen', {textDocument: {uri, languageId, version, text}})
  }

  /** Resolves with the first message received, or to be received, that satisfies `test`. */
  waitFor(test: (message: Message) => boolean, timeout = 30_000): Promise<Message> {
    return new Promise((resolve, reject) => {
      let seen = 0
      const check = () => {
        for (; seen < this.received.length; seen++) {
          if (test(this.received[seen])) {
            done()
            resolve(this.received[seen])
            return
          }
        }
      }
      const timer = setTimeout(() => {
        done()
        reject(new Error(`no such message from the server; stderr: ${this.stderr.join('')}`))
      }, timeout)
      const done = () => {
        clearTimeout(timer)
        this.waiters.delete(check)
      }
      this.waiters.add(check)
      check()
    })
  }

  async close() {
    if (this.process.exitCode === null) {
      this.process.kill()
      await this.exited
    }
  }

  private onBytes(chunk: Buffer) {
    this.buffer = Buffer.concat([this.buffer, chunk])
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n')
      if (headerEnd === -1) return
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1])
      if (this.buffer.length < headerEnd + 4 + length) return
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')
      this.buffer = this.buffer.subarray(headerEnd + 4 + length)
      this.onMessage(JSON.parse(body) as Message)
    }
  }

  private onMessage(message: Message) {
    this.received.push(message)
    if (message.method !== undefined && message.id !== undefined) this.answer(message)
    for (const check of [...this.waiters]) check()
  }

  private answer(request: Message) {
    if (request.method === 'workspace/configuration') {
      const items = (request.params as {items: {section?: string}[]}).items
      this.send({id: request.id, result: items.map((item) => this.behaviour.settings?.[item.section ?? ''] ?? null)})
    } else {
      this.send({id: request.id, result: null})
    }
  }
}

/** One initialized server for a describe block, with a workspace folder that is removed afterwards. */
export function suiteServer(): {root: string; client: LspClient} {
  const root = mkdtempSync(join(tmpdir(), 'slant-server-'))
  let client: LspClient | undefined
  beforeAll(async () => {
    client = LspClient.stdio()
    await client.initialize({rootPath: root})
  })
  afterAll(async () => {
    await client?.close()
    rmSync(root, {recursive: true, force: true})
  })
  return {
    root,
    get client() {
      if (!client) throw new Error('the suite’s server starts before the first test')
      return client
    }
  }
}

export function frame(body: string): string {
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
}

export const uriOf = (path: string) => pathToFileURL(path).href

export const codes = (diagnostics: Diagnostic[]) => diagnostics.map((diagnostic) => diagnostic.code)

/** The texts a workspace edit produces, per URI; `read` gives a file's text before the edit. */
export function applyWorkspaceEdit(edit: WorkspaceEdit, read: (uri: string) => string): Map<string, string> {
  const texts = new Map<string, string>()
  const current = (uri: string) => texts.get(uri) ?? read(uri)
  const applyEdits = (uri: string, edits: TextEdit[]) => texts.set(uri, TextDocument.applyEdits(TextDocument.create(uri, 'text', 0, current(uri)), edits))
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) applyEdits(uri, edits)
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      if (change.kind !== 'create') throw new Error(`unexpected ${change.kind} in a quick fix`)
      if (!texts.has(change.uri)) texts.set(change.uri, '')
    } else {
      applyEdits(change.textDocument.uri, change.edits as TextEdit[])
    }
  }
  return texts
}
