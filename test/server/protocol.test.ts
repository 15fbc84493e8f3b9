import {spawnSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {maxDocumentLength} from '../../src/server/server.js'
import {project} from '../helpers.js'
import {codes, frame, LspClient, serverBin, uriOf} from './lsp-client.js'

describe('transports', () => {
  it.each([
    ['--stdio', () => LspClient.stdio()],
    ['--node-ipc', () => LspClient.nodeIpc()],
    ['--socket=<port>', () => LspClient.socket()]
  ])('%s: initialize, diagnostics, shutdown and exit 0', async (_, start) => {
    const client = await start()
    await client.initialize()
    const uri = uriOf(join(project({}), 'transport.md'))
    client.open(uri, 'The despots met.\n')
    expect(codes((await client.diagnostics(uri)).diagnostics)).toEqual(['loaded-label'])
    expect(await client.request('shutdown')).toBeNull()
    client.notify('exit')
    expect(await client.exited).toBe(0)
  })

  it('rejects a missing transport or an unknown argument with a one-line usage error and exit code 2', () => {
    for (const args of [[], ['--stdin'], ['--stdio', '--verbose']]) {
      const run = spawnSync(process.execPath, [serverBin, ...args], {encoding: 'utf8'})
      expect(run.status).toBe(2)
      expect(run.stderr).toMatch(/^slant-language-server: (no transport given|unknown argument --\w+)\nusage: slant-language-server --stdio \| --node-ipc \| --socket=<port>\n$/)
    }
  })
})

describe('shutdown and exit', () => {
  it('exits with 1 on exit without shutdown', async () => {
    const client = LspClient.stdio()
    await client.initialize()
    client.notify('exit')
    expect(await client.exited).toBe(1)
  })

  it('refuses requests after shutdown', async () => {
    const client = LspClient.stdio()
    await client.initialize()
    await client.request('shutdown')
    await expect(client.request('textDocument/hover', {textDocument: {uri: 'file:///x.md'}, position: {line: 0, character: 0}})).rejects.toThrow('the server is shutting down (-32600)')
    client.notify('exit')
    expect(await client.exited).toBe(0)
  })
})

describe('resilience', () => {
  it('survives broken frames, invalid JSON, unknown methods and bad params, and logs what went wrong', async () => {
    const client = LspClient.stdio()
    await client.initialize()
    const uri = uriOf(join(project({}), 'after-garbage.md'))
    client.writeRaw(frame('{this is not json'))
    client.writeRaw('Content-Type: application/json\r\n\r\n')
    client.writeRaw('Content-Length: twelve\r\n\r\n')
    client.writeRaw(frame('{"jsonrpc": "2.0", "surprise": true}'))
    client.writeRaw(frame('[1, 2, 3]'))
    client.notify('$/somethingNew', {})
    client.notify('slant/unknownNotification', {})
    await expect(client.request('slant/unknownRequest', {})).rejects.toThrow(/-32601/)
    await expect(client.request('textDocument/hover', {})).rejects.toThrow()
    client.notify('textDocument/didOpen', {textDocument: {uri}})
    client.notify('textDocument/didChange', {textDocument: {uri: 'file:///never-opened.md', version: 3}, contentChanges: [{text: 'The regime.'}]})

    // A well-formed frame that arrives in pieces is still read whole.
    const open = frame(JSON.stringify({jsonrpc: '2.0', method: 'textDocument/didOpen', params: {textDocument: {uri, languageId: 'markdown', version: 1, text: 'The despots met.\n'}}}))
    for (const piece of [open.slice(0, 10), open.slice(10, 40), open.slice(40)]) {
      client.writeRaw(piece)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(codes((await client.diagnostics(uri, (params) => params.diagnostics.length > 0)).diagnostics)).toEqual(['loaded-label'])
    expect(client.process.exitCode).toBeNull()
    const logged = client.received.filter((message) => message.method === 'window/logMessage').map((message) => (message.params as {message: string}).message)
    expect(logged.slice(0, 3)).toEqual([
      expect.stringMatching(/^slant dropped a message with invalid JSON \(/),
      'slant dropped a message with a malformed header "Content-Type: application/json"',
      'slant dropped a message with a malformed header "Content-Length: twelve"'
    ])
    expect(logged.slice(3).join('\n')).toMatch(/neither a response nor a notification message/)
    await client.close()
  })

  it('does not lint a document too long to lint as you type, says so, and stays responsive', async () => {
    const client = LspClient.stdio()
    await client.initialize()
    const uri = uriOf(join(project({}), 'huge.md'))
    const paragraph = 'The regime met the despots. '.repeat(40) + '\n\n'
    client.open(uri, paragraph.repeat(Math.ceil(maxDocumentLength / paragraph.length) + 1))
    const {diagnostics} = await client.diagnostics(uri)
    expect(diagnostics).toEqual([expect.objectContaining({code: 'document-too-long', severity: 3, message: expect.stringContaining('run the slant CLI')})])
    const small = uriOf(join(project({}), 'small.md'))
    client.open(small, 'The despots met.\n')
    expect(codes((await client.diagnostics(small)).diagnostics)).toEqual(['loaded-label'])
    await client.close()
  })

  it('lints a long document that is under the limit', async () => {
    const client = LspClient.stdio()
    await client.initialize()
    const uri = uriOf(join(project({}), 'long.md'))
    client.open(uri, 'A calm line about the harbour and its boats.\n\n'.repeat(1500) + 'The despots met.\n')
    const {diagnostics} = await client.diagnostics(uri)
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line])).toEqual([['loaded-label', 3000]])
    await client.close()
  })
})

describe('configuration reload', () => {
  it('watches rc files and rule packs and re-lints open documents when one changes', async () => {
    const root = project({'post.md': 'The regime fell.\n'})
    const client = LspClient.stdio()
    await client.initialize({rootPath: root})
    const registration = await client.waitFor((message) => message.method === 'client/registerCapability')
    expect(registration.params).toEqual({
      registrations: [
        {
          id: expect.any(String),
          method: 'workspace/didChangeWatchedFiles',
          registerOptions: {watchers: [{globPattern: '**/{.slantrc,.slantrc.json,.slantrc.yml,.slantrc.yaml,package.json}'}, {globPattern: '**/*.{yml,yaml}'}]}
        }
      ]
    })
    const uri = uriOf(join(root, 'post.md'))
    client.open(uri, 'The regime fell.\n')
    expect(codes((await client.diagnostics(uri)).diagnostics)).toEqual(['loaded-label'])

    client.notify('workspace/didChangeWatchedFiles', {changes: [{uri: uriOf(join(root, 'notes.txt')), type: 2}]})
    const rc = join(root, '.slantrc.yml')
    writeFileSync(rc, 'allow:\n  - regime\n')
    client.notify('workspace/didChangeWatchedFiles', {changes: [{uri: uriOf(rc), type: 1}]})
    const reloaded = await client.diagnostics(uri, () => client.published(uri).length === 2)
    expect(reloaded.version).toBe(1)
    expect(reloaded.diagnostics).toEqual([])
    await client.close()
  })

  it('reloads a house rule pack when it changes', async () => {
    const pack = 'id: house-style\nentries:\n  - term: zorbly\n    suggest: [proposed]\n'
    const root = project({'.slantrc.yml': 'packs:\n  - house.yml\n', 'house.yml': pack})
    const client = LspClient.stdio()
    await client.initialize({rootPath: root})
    const uri = uriOf(join(root, 'memo.md'))
    client.open(uri, 'A zorbly plan with a blorft budget.\n')
    expect(codes((await client.diagnostics(uri)).diagnostics)).toEqual(['house-style'])
    writeFileSync(join(root, 'house.yml'), pack + '  - term: blorft\n')
    client.notify('workspace/didChangeWatchedFiles', {changes: [{uri: uriOf(join(root, 'house.yml')), type: 2}]})
    expect(codes((await client.diagnostics(uri, () => client.published(uri).length === 2)).diagnostics)).toEqual(['house-style', 'house-style'])
    await client.close()
  })

  it('reports an invalid rc file as one diagnostic at the top of the document', async () => {
    const root = project({'.slantrc.yml': 'rules:\n  loaded-label: loud\n'})
    const client = LspClient.stdio()
    await client.initialize({rootPath: root})
    const uri = uriOf(join(root, 'post.md'))
    client.open(uri, 'The regime fell.\n')
    const {diagnostics} = await client.diagnostics(uri)
    const message = `${join(root, '.slantrc.yml')}: rules.loaded-label: "loud" is not a severity (expected off, info, warning or error)`
    expect(diagnostics).toEqual([{code: 'config-error', severity: 1, source: 'slant', range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, message}])
    const logged = await client.waitFor((received) => received.method === 'window/logMessage')
    expect(logged.params).toEqual({type: 1, message})
    await client.close()
  })
})
