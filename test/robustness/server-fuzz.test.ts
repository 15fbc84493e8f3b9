import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {PublishDiagnosticsParams} from 'vscode-languageserver/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {SlantMessage} from '../../src/index.js'
import {project, slant} from '../helpers.js'
import {frame, LspClient, uriOf, type Message} from '../server/lsp-client.js'
import {fuzzing, proseText, runsProperty, serverEdits} from './arbitraries.js'

// Frames a broken or hostile client might send between real edits.
const garbage = [
  frame('{not json'),
  frame('\u0000\u00ff\ud800 binary'),
  frame('[1, 2, 3]'),
  frame('{"jsonrpc": "2.0", "surprise": true}'),
  frame(JSON.stringify({jsonrpc: '2.0', id: 'x', method: 'textDocument/hover', params: null})),
  frame(JSON.stringify({jsonrpc: '2.0', method: 'textDocument/didChange', params: {textDocument: {uri: 'file:///nowhere.md', version: 1}, contentChanges: [{text: 'The regime.'}]}})),
  frame(JSON.stringify({jsonrpc: '2.0', method: 'textDocument/didOpen', params: {textDocument: {uri: 42}}})),
  'Content-Length: twelve\r\n\r\n',
  'Content-Type: application/json\r\n\r\n'
]

// The final text is given to the CLI as an editor buffer, which it is not if it holds NUL or other C0 controls
// (the CLI would read it as a binary file) or a lone surrogate (UTF-8 has none: the CLI would read U+FFFD).
const notInBuffers = /[\u0000-\u0008\u000e-\u001f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
const insertion = fc.oneof(proseText.map((text) => text.slice(0, 24).replace(notInBuffers, '')), fc.constantFrom('\n', '\n\n', '> ', '- ', '**', '`', '<q>', '</q>', '"', ' the despots ', ' critics say '))
const edit = fc.record({at: fc.double({min: 0, max: 1, noNaN: true}), remove: fc.nat(12), text: insertion})

// An editor edits between characters: an offset inside a surrogate pair moves back to the pair's start.
const betweenCharacters = (text: string, offset: number) => (offset > 0 && (text.codePointAt(offset - 1) ?? 0) > 0xffff ? offset - 1 : offset)

const severities = {error: 1, warning: 2, info: 3}

describe('the language server under random edits', () => {
  it.runIf(runsProperty('server'))(`survives ${serverEdits.numRuns.toLocaleString('en')} random edits and garbage frames, then publishes what the CLI reports`, {timeout: fuzzing ? 0 : 120_000}, async () => {
    const root = project({})
    const client = LspClient.stdio()
    await client.initialize({rootPath: root})
    const uri = uriOf(join(root, 'draft.md'))
    let document = TextDocument.create(uri, 'markdown', 1, 'The despots met.\n')
    client.open(uri, document.getText(), 'markdown', 1)
    const edits = fc.sample(edit, serverEdits)
    const editingStarted = performance.now()
    edits.forEach((change, index) => {
      const text = document.getText()
      const from = betweenCharacters(text, Math.floor(change.at * text.length))
      const range = {start: document.positionAt(from), end: document.positionAt(betweenCharacters(text, Math.min(text.length, from + change.remove)))}
      const version = index + 2
      document = TextDocument.update(document, [{range, text: change.text}], version)
      client.notify('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{range, text: change.text}]})
      if (index % 25 === 0) client.writeRaw(garbage[(index / 25) % garbage.length])
    })
    // The server applies each edit as this client did, to a document that grows with them (each edit costs
    // more than the last), and then lints it: it gets four times as long as the client took, and 30 seconds.
    const finalVersion = (message: Message) =>
      message.method === 'textDocument/publishDiagnostics' && (message.params as PublishDiagnosticsParams).version === edits.length + 1
    const final = (await client.waitFor(finalVersion, 30_000 + 4 * (performance.now() - editingStarted))).params as PublishDiagnosticsParams
    expect(await client.request('textDocument/hover', {textDocument: {uri}, position: {line: 0, character: 0}})).toBeDefined()
    expect(client.process.exitCode).toBeNull()
    await client.close()

    expect(document.getText().match(notInBuffers)).toBeNull()
    const {stdout} = slant(['-f', 'json', '--stdin-filename', join(root, 'draft.md')], {input: document.getText(), cwd: root})
    const cli = (JSON.parse(stdout)[0].messages as SlantMessage[]).map((message) => [
      message.line - 1,
      message.column - 1,
      message.endLine - 1,
      message.endColumn - 1,
      message.ruleId,
      severities[message.severity]
    ])
    const server = final.diagnostics.map((diagnostic) => [
      diagnostic.range.start.line,
      diagnostic.range.start.character,
      diagnostic.range.end.line,
      diagnostic.range.end.character,
      diagnostic.code,
      diagnostic.severity
    ])
    expect(cli.length).toBeGreaterThan(0)
    expect(server).toEqual(cli)
  })
})
