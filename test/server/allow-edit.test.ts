import {describe, expect, it} from 'vitest'
import {allowTermEdit} from '../../src/server/allow-edit.js'
import {applyWorkspaceEdit, uriOf} from './lsp-client.js'

const configFile = (name: string) => `/work/site/${name}`

/** The rc file's text after the quick fix, or undefined when none is offered. */
function allowIn(name: string, text: string, term = 'regime'): string | undefined {
  const edit = allowTermEdit(term, {configFile: configFile(name), newConfigFile: '/unused', readText: () => text, canCreateFiles: true})
  return edit && applyWorkspaceEdit(edit, () => text).get(uriOf(configFile(name)))
}

describe('adding a term to an rc file’s allow list', () => {
  it.each([
    ['.slantrc.yml', '# House style\nallow:\n  - junta # 1976\nrules:\n  puffery: off\n', '# House style\nallow:\n  - junta # 1976\n  - regime\nrules:\n  puffery: off\n'],
    ['.slantrc.yaml', 'quotes: info\n', 'quotes: info\nallow:\n  - regime\n'],
    ['.slantrc.yml', 'allow: [junta]\n', 'allow: [ junta, regime ]\n'],
    ['.slantrc.yml', 'allow:\n', 'allow:\n  - regime\n'],
    ['.slantrc.yml', '# nothing yet\n', '# nothing yet\nallow:\n  - "regime"\n'],
    ['.slantrc.yml', 'quotes: info\r\nallow:\r\n  - junta\r\n', 'quotes: info\r\nallow:\r\n  - junta\r\n  - regime\r\n'],
    ['.slantrc.json', '{\n\t"allow": ["junta"]\n}', '{\n\t"allow": [\n\t\t"junta",\n\t\t"regime"\n\t]\n}'],
    ['.slantrc', '{"quotes": "info"}\n', '{"quotes":"info","allow":["regime"]}\n'],
    ['.slantrc', 'quotes: info\n', 'quotes: info\nallow:\n  - regime\n'],
    ['package.json', '{\n  "name": "site",\n  "slant": {\n    "allow": []\n  }\n}\n', '{\n  "name": "site",\n  "slant": {\n    "allow": [\n      "regime"\n    ]\n  }\n}\n']
  ])('%s: %j', (name, before, after) => {
    expect(allowIn(name, before)).toBe(after)
  })

  it.each([
    ['.slantrc.yml', 'allow:\n  - regime\n'],
    ['.slantrc.yml', 'allow: regime\n'],
    ['.slantrc.yml', 'allow: [unclosed\n'],
    ['.slantrc.yml', '- a list\n'],
    ['.slantrc.json', '{"allow": ["regime"]}'],
    ['.slantrc.json', '{"allow": '],
    ['package.json', '{"slant": "shared-config"}']
  ])('offers nothing it cannot do cleanly: %s %j', (name, text) => {
    expect(allowIn(name, text)).toBeUndefined()
  })

  it('edits only the part that changes', () => {
    const text = 'quotes: info\nallow:\n  - junta\nrules:\n  puffery: off\n'
    const edit = allowTermEdit('regime', {configFile: configFile('.slantrc.yml'), newConfigFile: '/unused', readText: () => text, canCreateFiles: true})
    expect(edit?.changes?.[uriOf(configFile('.slantrc.yml'))]).toEqual([{range: {start: {line: 3, character: 0}, end: {line: 3, character: 0}}, newText: '  - regime\n'}])
  })

  it('creates a new rc file only when the client can create files', () => {
    const target = {newConfigFile: '/work/site/.slantrc.yml', readText: () => undefined}
    expect(allowTermEdit('regime', {...target, canCreateFiles: true})).toEqual({
      documentChanges: [
        {kind: 'create', uri: 'file:///work/site/.slantrc.yml', options: {ignoreIfExists: true}},
        {textDocument: {uri: 'file:///work/site/.slantrc.yml', version: null}, edits: [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, newText: 'allow:\n  - "regime"\n'}]}
      ]
    })
    expect(allowTermEdit('regime', {...target, canCreateFiles: false})).toBeUndefined()
  })
})
