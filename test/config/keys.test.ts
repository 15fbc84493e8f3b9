import {join} from 'node:path'
import {cuss} from 'cuss'
import {describe, expect, it} from 'vitest'
import {resolveConfig} from '../../src/config/resolve-config.js'
import {lint} from '../../src/index.js'
import {equalityPatterns} from '../../src/rules/equality-index.js'
import {project} from '../helpers.js'

/** Lint `text` as a Markdown file in a project with this `.slantrc.yml` (and other files). */
function lintWith(config: string, text: string, files: Record<string, string> = {}) {
  const root = project({'.slantrc.yml': config, ...files})
  const path = join(root, 'draft.md')
  return lint(text, {...resolveConfig(path).options, path}).messages
}
const found = (messages: ReturnType<typeof lintWith>) => messages.map((message) => `${message.ruleId}:${message.severity}:${message.actual}`)

describe('configuration keys', () => {
  const labels = 'The regime hailed a legendary win.'

  it('rules: sets a severity per rule id, or turns a rule off', () => {
    expect(found(lintWith('', labels))).toEqual(['loaded-label:warning:regime', 'puffery:warning:legendary'])
    expect(found(lintWith('rules:\n  loaded-label: error\n  puffery: off\n', labels))).toEqual(['loaded-label:error:regime'])
    expect(found(lintWith('rules:\n  puffery: info\n', labels))).toEqual(['loaded-label:warning:regime', 'puffery:info:legendary'])
  })

  it('rules: sets retext-equality’s and retext-profanities’ rule ids, as reports show them', () => {
    const generic = 'Each nurse said her shift ran late. Someone yelled fuck.'
    expect(found(lintWith('', generic))).toEqual(['her-him:warning:her', 'fuck:warning:fuck'])
    expect(found(lintWith('rules:\n  her-him: off\n  fuck: error\n', generic))).toEqual(['fuck:error:fuck'])
  })

  it('rules: takes every rule id the two plugins report', () => {
    // Every phrase either plugin lists, each in a sentence, so the report shows as many of their ids as it can.
    const phrases = [...equalityPatterns.flatMap((pattern) => Object.keys(pattern.inconsiderate)), ...Object.keys(cuss)]
    const text = phrases.map((phrase) => `Then ${phrase} came.`).join(' ')
    const pluginFindings = (config: string) => lintWith(`profanity:\n  sureness: 0\n${config}`, text).filter((message) => message.source !== 'slant')
    const ids = [...new Set(pluginFindings('').map((message) => message.ruleId))]
    expect(ids.length).toBeGreaterThan(1500)
    expect(pluginFindings(`rules:\n${ids.map((id) => `  ${JSON.stringify(id)}: off`).join('\n')}\n`)).toEqual([])
  })

  it('allow: never flags a term, in any inflection, and hides it from retext-equality too', () => {
    expect(found(lintWith('allow: [regime]\n', 'The regime fell. Two regimes fell. The Regime’s end.'))).toEqual([])
    expect(found(lintWith('allow: [idiot]\n', 'That idiot left.'))).toEqual([])
    expect(found(lintWith('allow: [pariah state]\n', 'A pariah state. A pariah.'))).toEqual(['loaded-label:warning:pariah'])
  })

  it('packs: reads house packs relative to the configuration, reported under the pack id', () => {
    const house = 'id: house-style\nentries:\n  - term: zorbly\n    suggest: [proposed]\n'
    const messages = lintWith('packs: [styles/house.yml]\n', 'The zorbly plan passed.', {'styles/house.yml': house})
    expect(messages).toEqual([
      expect.objectContaining({ruleId: 'house-style', severity: 'warning', actual: 'zorbly', expected: ['proposed'], message: '“zorbly” is loaded wording; consider “proposed”'})
    ])
  })

  it('packs: a minimal pack needs only an id and terms; every optional field works', () => {
    const house = `id: house-style
severity: error
message: "{actual} is not our style"
entries:
  - term: zorbly
  - term: utilise
    suggest: [use]
    note: Plain words.
    source: The Newsroom Style Guide, 2024
    unless:
      before: [must]
`
    const messages = lintWith('packs: [house.yml]\nrules:\n  house-style: warning\n', 'Zorbly teams utilised tools. You must utilise it.', {'house.yml': house})
    expect(messages).toEqual([
      expect.objectContaining({ruleId: 'house-style', severity: 'warning', actual: 'Zorbly', expected: [], message: 'Zorbly is not our style'}),
      expect.objectContaining({ruleId: 'house-style', actual: 'utilised', entry: 'utilise', expected: ['used'], note: 'Plain words.', citation: 'The Newsroom Style Guide, 2024'})
    ])
  })

  it('quotes: ignore, info or warning for loaded words in attributed quotations', () => {
    const text = 'The mayor said: "The regime must go."'
    expect(found(lintWith('', text))).toEqual(['loaded-label:info:regime'])
    expect(found(lintWith('quotes: info\n', text))).toEqual(['loaded-label:info:regime'])
    expect(found(lintWith('quotes: warning\n', text))).toEqual(['loaded-label:warning:regime'])
    expect(found(lintWith('quotes: ignore\n', text))).toEqual([])
  })

  it('equality: on, off, ignore and binary', () => {
    const text = 'Each student brings his or her book. That idiot left.'
    const equality = (config: string) => found(lintWith(config, text).filter((message) => message.source === 'retext-equality'))
    expect(equality('')).toEqual(['her-him:warning:his', 'her-him:warning:her', 'idiot:warning:idiot'])
    expect(equality('equality: on\n')).toEqual(equality(''))
    expect(equality('equality: off\n')).toEqual([])
    expect(equality('equality: false\n')).toEqual([])
    expect(equality('equality:\n  enabled: off\n')).toEqual([])
    expect(equality('equality:\n  binary: true\n')).toEqual(['idiot:warning:idiot'])
    expect(equality('equality:\n  ignore: [idiot]\n')).toEqual(['her-him:warning:his', 'her-him:warning:her'])
  })

  it('profanity: on, off, sureness and ignore', () => {
    const text = 'He was drunk. What the fuck.'
    const profanity = (config: string) =>
      lintWith(config, text).filter((message) => message.source === 'retext-profanities').map((message) => message.actual)
    expect(profanity('')).toEqual(['fuck'])
    expect(profanity('profanity: off\n')).toEqual([])
    expect(profanity('profanity:\n  sureness: 0\n')).toEqual(['drunk', 'fuck'])
    expect(profanity('profanity:\n  sureness: 0\n  ignore: [drunk]\n')).toEqual(['fuck'])
  })

  it('the same settings from JSON and from package.json', () => {
    const root = project({
      'json/.slantrc.json': '{"rules": {"puffery": "off"}, "allow": ["regime"]}',
      'manifest/package.json': '{"name": "site", "slant": {"rules": {"puffery": "off"}, "allow": ["regime"]}}'
    })
    expect(resolveConfig(join(root, 'json/a.md')).options).toEqual({rules: {puffery: 'off'}, allow: ['regime']})
    expect(resolveConfig(join(root, 'manifest/a.md')).options).toEqual({rules: {puffery: 'off'}, allow: ['regime']})
  })

  it('empty keys and an empty file change nothing', () => {
    const root = project({'.slantrc.yml': 'rules:\nallow:\npacks:\nquotes:\n', 'empty/.slantrc': ''})
    expect(resolveConfig(join(root, 'a.md')).options).toEqual({})
    expect(resolveConfig(join(root, 'empty/a.md')).options).toEqual({})
  })
})
