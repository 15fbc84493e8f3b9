import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {CodeAction, Hover, Position} from 'vscode-languageserver/node'
import {project} from '../helpers.js'
import {applyWorkspaceEdit, suiteServer, uriOf} from './lsp-client.js'

describe('quick fixes and hover', () => {
  const suite = suiteServer()
  const workspaceRoot = suite.root

  /** Opens a document in a fresh folder of the workspace; gives the quick fixes at `position` and a way to apply them. */
  async function fixesAt(files: Record<string, string>, name: string, text: string, position: Position, languageId = 'markdown', root = project(files, workspaceRoot)) {
    const uri = uriOf(join(root, name))
    suite.client.open(uri, text, languageId)
    await suite.client.diagnostics(uri)
    const actions = await suite.client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: {uri},
      range: {start: position, end: position},
      context: {diagnostics: [], only: ['quickfix']}
    })
    const apply = (title: string) => {
      const action = actions.find((candidate) => candidate.title === title)
      if (!action?.edit) throw new Error(`no quick fix “${title}” among ${actions.map((candidate) => candidate.title).join(' | ')}`)
      return applyWorkspaceEdit(action.edit, (target) => (target === uri ? text : readFileSync(new URL(target), 'utf8')))
    }
    return {root, uri, actions, apply}
  }

  it('offers each suggestion, an allow-list entry and a disable comment, all of kind quickfix', async () => {
    const {actions} = await fixesAt({}, 'titles.md', 'The despots met.\n', {line: 0, character: 6})
    expect(actions.map((action) => [action.title, action.kind, action.isPreferred ?? false])).toEqual([
      ['Replace with “leaders”', 'quickfix', true],
      ['Replace with “rulers”', 'quickfix', false],
      ['Replace with “heads of state”', 'quickfix', false],
      ['Allow “despots” in .slantrc.yml', 'quickfix', false],
      ['Disable loaded-label for this line', 'quickfix', false]
    ])
    expect(actions[0].diagnostics).toEqual([expect.objectContaining({code: 'loaded-label', range: {start: {line: 0, character: 4}, end: {line: 0, character: 11}}})])
  })

  it('replaces the span with a suggestion, in the case of the words it replaces', async () => {
    const {uri, apply} = await fixesAt({}, 'replace.md', '# Visit\n\nDespots met the regime.\n', {line: 2, character: 0})
    expect(apply('Replace with “Heads of state”').get(uri)).toBe('# Visit\n\nHeads of state met the regime.\n')
  })

  it('creates .slantrc.yml at the workspace root when there is no rc file, or next to a document outside the workspace', async () => {
    const inside = await fixesAt({}, 'docs/guide/new-rc.md', 'The regime fell.\n', {line: 0, character: 5})
    const rc = uriOf(join(workspaceRoot, '.slantrc.yml'))
    expect(existsSync(new URL(rc))).toBe(false)
    expect(Object.fromEntries(inside.apply('Allow “regime” in .slantrc.yml'))).toEqual({[rc]: 'allow:\n  - "regime"\n'})
    const outside = await fixesAt({}, 'outside.md', 'The regime fell.\n', {line: 0, character: 5}, 'markdown', project({}))
    expect([...outside.apply('Allow “regime” in .slantrc.yml').keys()]).toEqual([uriOf(join(outside.root, '.slantrc.yml'))])
  })

  it('adds the term to the nearest YAML rc file, keeping its comments', async () => {
    const files = {'.slantrc.yml': '# House style\nrules:\n  puffery: off\nallow:\n  - junta # for the 1976 coup\n', 'news/.slantrc.yaml': '# Newsdesk\nquotes: info\n'}
    const {root, apply} = await fixesAt(files, 'news/yaml-rc.md', 'The regime fell.\n', {line: 0, character: 5})
    expect(apply('Allow “regime” in .slantrc.yaml').get(uriOf(join(root, 'news/.slantrc.yaml')))).toBe('# Newsdesk\nquotes: info\nallow:\n  - regime\n')
  })

  it('adds the term to a JSON rc file and to package.json’s slant field', async () => {
    const json = await fixesAt({'.slantrc.json': '{\n    "allow": ["junta"]\n}\n'}, 'json-rc.md', 'The regime fell.\n', {line: 0, character: 5})
    expect(json.apply('Allow “regime” in .slantrc.json').get(uriOf(join(json.root, '.slantrc.json')))).toBe('{\n    "allow": [\n        "junta",\n        "regime"\n    ]\n}\n')
    const manifest = await fixesAt({'package.json': '{\n  "name": "site",\n  "slant": {\n    "quotes": "info"\n  }\n}\n'}, 'package-rc.md', 'The regime fell.\n', {line: 0, character: 5})
    expect(manifest.apply('Allow “regime” in package.json').get(uriOf(join(manifest.root, 'package.json')))).toBe(
      '{\n  "name": "site",\n  "slant": {\n    "quotes": "info",\n    "allow": [\n      "regime"\n    ]\n  }\n}\n'
    )
  })

  it('inserts a disable comment in the syntax of each format, and none in plain text', async () => {
    const markdown = await fixesAt({}, 'disable.md', '# Visit\n\n> The regime fell.\n', {line: 2, character: 7})
    expect(markdown.apply('Disable loaded-label for this line').get(markdown.uri)).toBe('# Visit\n\n> <!-- slant-disable-next-line loaded-label -->\n> The regime fell.\n')
    const mdx = await fixesAt({}, 'disable.mdx', 'The regime fell.\r\n', {line: 0, character: 5}, 'mdx')
    expect(mdx.apply('Disable loaded-label for this line').get(mdx.uri)).toBe('{/* slant-disable-next-line loaded-label */}\r\nThe regime fell.\r\n')
    const html = await fixesAt({}, 'disable.html', '<body>\n  <p>The regime fell.</p>\n</body>\n', {line: 1, character: 12}, 'html')
    expect(html.apply('Disable loaded-label for this line').get(html.uri)).toBe('<body>\n  <!-- slant-disable-next-line loaded-label -->\n  <p>The regime fell.</p>\n</body>\n')
    const text = await fixesAt({}, 'disable.txt', 'The regime fell.\n', {line: 0, character: 5}, 'plaintext')
    expect(text.actions.map((action) => action.title)).not.toContain('Disable loaded-label for this line')
  })

  it('silences the finding once a disable comment or allow-list entry is applied', async () => {
    for (const [name, languageId] of [['silence.md', 'markdown'], ['silence.mdx', 'mdx'], ['silence.html', 'html']]) {
      const text = languageId === 'html' ? '<p>The regime fell.</p>\n' : 'The regime fell.\n'
      const {uri, apply} = await fixesAt({}, name, text, {line: 0, character: text.indexOf('regime')}, languageId)
      suite.client.notify('textDocument/didChange', {textDocument: {uri, version: 2}, contentChanges: [{text: apply('Disable loaded-label for this line').get(uri)}]})
      expect((await suite.client.diagnostics(uri, (params) => params.version === 2)).diagnostics).toEqual([])
    }

    const {root, uri, apply} = await fixesAt({}, 'allowed.md', 'The regime fell.\n', {line: 0, character: 5}, 'markdown', project({}))
    for (const [target, text] of apply('Allow “regime” in .slantrc.yml')) writeFileSync(new URL(target), text)
    suite.client.notify('workspace/didChangeWatchedFiles', {changes: [{uri: uriOf(join(root, '.slantrc.yml')), type: 1}]})
    expect((await suite.client.diagnostics(uri, (params) => params.diagnostics.length === 0)).version).toBe(1)
  })

  it('offers no allow-list entry for rules that are not matched from terms', async () => {
    const {actions} = await fixesAt({}, 'scare.md', "Putin is Kim's 'fiery friend' now.\n", {line: 0, character: 20})
    expect(actions.map((action) => action.title)).toEqual(['Replace with “fiery friend”', 'Disable scare-quotes for this line'])
  })

  it('answers only requests for quick fixes, and nothing where nothing is flagged', async () => {
    const {uri} = await fixesAt({}, 'plain.md', 'A calm sentence about the regime.\n', {line: 0, character: 0})
    const at = (character: number, only?: string[]) =>
      suite.client.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri}, range: {start: {line: 0, character}, end: {line: 0, character}}, context: {diagnostics: [], only}})
    expect(await at(2)).toEqual([])
    expect(await at(28, ['refactor'])).toEqual([])
    expect((await at(28, ['quickfix'])).length).toBeGreaterThan(0)
  })

  it('explains a flagged span on hover, with the rule, why, suggestions and source link', async () => {
    const {uri} = await fixesAt({}, 'hover.md', 'The despots met.\n', {line: 0, character: 5})
    const hover = await suite.client.request<Hover>('textDocument/hover', {textDocument: {uri}, position: {line: 0, character: 8}})
    expect(hover.range).toEqual({start: {line: 0, character: 4}, end: {line: 0, character: 11}})
    expect(hover.contents).toEqual({
      kind: 'markdown',
      value: [
        '**slant** [loaded-label](https://github.com/slant-lint/slant/blob/main/docs/rules.md#despot) (warning)',
        '“despots” is a contentious label; consider “leaders”, “rulers” or “heads of state”',
        '*Why:* Condemns the person rather than informing; state what power they hold and how they use it.',
        '*Suggestions:* “leaders”, “rulers” or “heads of state”',
        '*Source:* [Wikipedia, Manual of Style/Words to watch: Contentious labels (MOS:LABEL)](https://en.wikipedia.org/wiki/Wikipedia:Manual_of_Style/Words_to_watch#Contentious_labels)'
      ].join('\n\n')
    })
    expect(await suite.client.request('textDocument/hover', {textDocument: {uri}, position: {line: 0, character: 1}})).toBeNull()
  })
})
