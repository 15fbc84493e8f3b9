import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {SlantMessage} from '../../src/index.js'
import {project, slant} from '../helpers.js'
import {frame, LspClient, uriOf} from '../server/lsp-client.js'
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

// No NUL or other C0 controls: the CLI would read the final text as a binary file, which an editor buffer is not.
const insertion = fc.oneof(proseText.map((text) => text.slice(0, 24).replace(/[\u0000-\u0008\u000e-\u001f]/g, '')), fc.constantFrom('\n', '\n\n', '> ', '- ', '**', '`', '<q>', '</q>', '"', ' the despots ', ' critics say '))
const edit = fc.record({at: fc.double({min: 0, max: 1, noNaN: true}), remove: fc.nat(12), text: insertion})

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
    edits.forEach((change, index) => {
      const length = document.getText().length
      const from = Math.floor(change.at * length)
      const range = {start: document.positionAt(from), end: document.positionAt(Math.min(length, from + change.remove))}
      const version = index + 2
      document = TextDocument.update(document, [{range, text: change.text}], version)
      client.notify('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{range, text: change.text}]})
      if (index % 25 === 0) client.writeRaw(garbage[(index / 25) % garbage.length])
    })
    const final = await client.diagnostics(uri, (params) => params.version === edits.length + 1)
    expect(await client.request('textDocument/hover', {textDocument: {uri}, position: {line: 0, character: 0}})).toBeDefined()
    expect(client.process.exitCode).toBeNull()
    await client.close()

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
