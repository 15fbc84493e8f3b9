import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {Diagnostic} from 'vscode-languageserver/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {fixture, project} from '../helpers.js'
import {codes, LspClient, suiteServer, uriOf} from './lsp-client.js'

const textAt = (text: string, diagnostic: Diagnostic) => TextDocument.create('file:///x', 'text', 0, text).getText(diagnostic.range)

describe('diagnostics', () => {
  const suite = suiteServer()
  const root = suite.root

  it('initialize advertises sync, quick fixes and hover, and no code action resolve', async () => {
    const other = LspClient.stdio()
    const {capabilities} = await other.initialize({rootPath: root})
    expect(capabilities).toMatchObject({textDocumentSync: {openClose: true, change: 2}, hoverProvider: true, codeActionProvider: {codeActionKinds: ['quickfix']}})
    expect(capabilities.codeActionProvider).not.toHaveProperty('resolveProvider')
    await other.close()
  })

  it('publishes a story’s findings on open, on their exact ranges, with the version', async () => {
    const uri = uriOf(join(root, 'harbour-summit.txt'))
    const text = fixture('harbour-summit.txt')
    suite.client.open(uri, text, 'plaintext', 7)
    const {version, diagnostics} = await suite.client.diagnostics(uri)
    expect(version).toBe(7)
    const flagged = diagnostics.map((diagnostic) => textAt(text, diagnostic).toLowerCase())
    for (const word of ['despots', 'tyrant', 'autocrats', 'dictator', 'pariah', 'regime', 'mouthpiece', 'propagandist', 'hordes', 'adoring', 'rapturous', 'gaggle', "'sea brother'"]) {
      expect(flagged).toContain(word)
    }
    expect(diagnostics.filter((diagnostic) => diagnostic.severity! <= 2).length).toBeLessThanOrEqual(45)
    expect(diagnostics.find((diagnostic) => textAt(text, diagnostic) === 'despots')).toEqual({
      range: {start: {line: 10, character: 8}, end: {line: 10, character: 15}},
      severity: 2,
      code: 'loaded-label',
      codeDescription: {href: 'https://github.com/slant-lint/slant/blob/main/docs/rules.md#despot'},
      source: 'slant',
      message: '“despots” is a contentious label; consider “leaders”, “rulers” or “heads of state”'
    })
  })

  it('maps info findings to Information (loaded words in an attributed quotation)', async () => {
    const uri = uriOf(join(root, 'quote.md'))
    suite.client.open(uri, '“The regime has fallen,” the minister said.\n')
    const {diagnostics} = await suite.client.diagnostics(uri)
    expect(diagnostics).toEqual([expect.objectContaining({code: 'loaded-label', severity: 3})])
  })

  it('keeps ranges right with CRLF line endings, a BOM and text before on the same line', async () => {
    const uri = uriOf(join(root, 'crlf.md'))
    const text = '\uFEFF# Visit\r\n\r\nThe visit ended.\r\nThe despots met 🙂 the regime.\r\n'
    suite.client.open(uri, text)
    const {diagnostics} = await suite.client.diagnostics(uri)
    expect(diagnostics.map((diagnostic) => [diagnostic.range.start.line, diagnostic.range.start.character, textAt(text, diagnostic)])).toEqual([
      [3, 4, 'despots'],
      [3, 23, 'regime']
    ])
  })

  it('chooses the format by language id, else by extension, and leaves other languages alone', async () => {
    const markup = '<p>The <b>despots</b> met.</p>\n'
    const asHtml = uriOf(join(root, 'page.txt'))
    suite.client.open(asHtml, markup, 'html')
    expect((await suite.client.diagnostics(asHtml)).diagnostics.map((diagnostic) => textAt(markup, diagnostic))).toEqual(['despots'])

    const byExtension = uriOf(join(root, 'page.mdx'))
    const mdx = 'import {Chart} from "./chart.js"\n\nThe despots met.\n\n<Chart regime="x" />\n'
    suite.client.open(byExtension, mdx, 'unknown-language')
    expect((await suite.client.diagnostics(byExtension)).diagnostics.map((diagnostic) => textAt(mdx, diagnostic))).toEqual(['despots'])

    const code = uriOf(join(root, 'script.ts'))
    suite.client.open(code, 'const despots = 1\n', 'typescript')
    const marker = uriOf(join(root, 'after-script.md'))
    suite.client.open(marker, 'The regime.\n')
    await suite.client.diagnostics(marker)
    expect(suite.client.published(code)).toEqual([])
  })

  it('lints unsaved documents and documents outside the workspace folders', async () => {
    const untitled = 'untitled:Untitled-1'
    suite.client.open(untitled, 'The despots met.\n', 'markdown')
    expect(codes((await suite.client.diagnostics(untitled)).diagnostics)).toEqual(['loaded-label'])

    const outside = uriOf(join(project({}), 'elsewhere.md'))
    suite.client.open(outside, 'The despots met.\n')
    expect(codes((await suite.client.diagnostics(outside)).diagnostics)).toEqual(['loaded-label'])
  })

  it('publishes only the last version after a burst of edits, and that last', async () => {
    const uri = uriOf(join(root, 'burst.md'))
    suite.client.open(uri, 'A calm sentence.\n', 'markdown', 1)
    await suite.client.diagnostics(uri)
    for (let version = 2; version <= 21; version++) {
      const text = version === 21 ? 'The despots met the regime.\n' : `Draft ${version} of a calm sentence.\n`
      suite.client.notify('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{text}]})
    }
    const last = await suite.client.diagnostics(uri, (params) => params.version === 21)
    expect(codes(last.diagnostics)).toEqual(['loaded-label', 'loaded-label'])
    // A round trip after the debounce window: nothing older arrives after the last version.
    await new Promise((resolve) => setTimeout(resolve, 400))
    await suite.client.request('textDocument/hover', {textDocument: {uri}, position: {line: 0, character: 0}})
    const versions = suite.client.published(uri).map((params) => params.version)
    expect(versions.at(-1)).toBe(21)
    expect(versions.length).toBeLessThan(5)
  })

  it('applies incremental changes and re-lints the new text', async () => {
    const uri = uriOf(join(root, 'incremental.md'))
    suite.client.open(uri, 'The despots met.\n', 'markdown', 1)
    await suite.client.diagnostics(uri, (params) => params.version === 1)
    suite.client.notify('textDocument/didChange', {
      textDocument: {uri, version: 2},
      contentChanges: [{range: {start: {line: 0, character: 4}, end: {line: 0, character: 11}}, text: 'leaders'}]
    })
    expect((await suite.client.diagnostics(uri, (params) => params.version === 2)).diagnostics).toEqual([])
  })

  it('clears diagnostics when a document closes', async () => {
    const uri = uriOf(join(root, 'closing.md'))
    suite.client.open(uri, 'The despots met.\n')
    await suite.client.diagnostics(uri)
    suite.client.notify('textDocument/didClose', {textDocument: {uri}})
    expect((await suite.client.diagnostics(uri, (params) => params.diagnostics.length === 0)).diagnostics).toEqual([])
  })
})

describe('tone summary', () => {
  it('reports loaded terms per 1,000 words at the top when initializationOptions enable it (it is off by default)', async () => {
    const client = LspClient.stdio()
    await client.initialize({initializationOptions: {toneSummary: true}})
    const uri = uriOf(join(project({}), 'tone.md'))
    client.open(uri, 'The despots and the regime met. Crowds of adoring fans cheered the iconic leader.\n')
    const {diagnostics} = await client.diagnostics(uri)
    expect(diagnostics[0]).toEqual({
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
      severity: 3,
      code: 'tone-summary',
      source: 'slant',
      message: 'Tone: 285.7 loaded terms per 1,000 words (4 in 14 words)'
    })
    await client.close()
  })

  it('follows the slant.toneSummary workspace setting', async () => {
    const client = LspClient.stdio({settings: {slant: {toneSummary: true}}})
    await client.initialize()
    const uri = uriOf(join(project({}), 'tone.md'))
    client.open(uri, 'A calm sentence.\n')
    const {diagnostics} = await client.diagnostics(uri, (params) => params.diagnostics.length > 0)
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual(['Tone: 0 loaded terms per 1,000 words (0 in 3 words)'])
    await client.close()
  })

  it('re-lints open documents when the client pushes a changed setting', async () => {
    const client = LspClient.stdio()
    await client.initialize()
    const uri = uriOf(join(project({}), 'tone.md'))
    client.open(uri, 'The despots met.\n')
    expect(codes((await client.diagnostics(uri)).diagnostics)).toEqual(['loaded-label'])
    client.notify('workspace/didChangeConfiguration', {settings: {slant: {toneSummary: true}}})
    expect(codes((await client.diagnostics(uri, (params) => params.diagnostics.length === 2)).diagnostics)).toEqual(['tone-summary', 'loaded-label'])
    await client.close()
  })
})
