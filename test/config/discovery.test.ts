import {rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {resolveConfig} from '../../src/config/resolve-config.js'
import {lint} from '../../src/index.js'
import {project} from '../helpers.js'

const quotesIgnored = {yaml: 'quotes: ignore\n', json: '{"quotes": "ignore"}'}

describe('finding the configuration', () => {
  it.each([
    ['.slantrc', quotesIgnored.yaml],
    ['.slantrc', quotesIgnored.json],
    ['.slantrc.json', quotesIgnored.json],
    ['.slantrc.yml', quotesIgnored.yaml],
    ['.slantrc.yaml', quotesIgnored.yaml],
    ['package.json', JSON.stringify({name: 'newsroom', slant: {quotes: 'ignore'}})]
  ])('reads %s (%s)', (name, text) => {
    const root = project({[name]: text})
    expect(resolveConfig(join(root, 'draft.md'))).toEqual({options: {quotes: 'ignore'}, configFile: join(root, name), packFiles: []})
  })

  it('finds nothing where there is no configuration', () => {
    const root = project({'draft.md': ''})
    expect(resolveConfig(join(root, 'draft.md'))).toEqual({options: {}, packFiles: []})
  })

  it('takes one file per folder, in the order .slantrc, .json, .yml, .yaml, package.json', () => {
    const names = ['.slantrc', '.slantrc.json', '.slantrc.yml', '.slantrc.yaml', 'package.json']
    const root = project({
      '.slantrc': 'allow: [a]',
      '.slantrc.json': '{"allow": ["b"]}',
      '.slantrc.yml': 'allow: [c]',
      '.slantrc.yaml': 'allow: [d]',
      'package.json': '{"slant": {"allow": ["e"]}}'
    })
    for (const [index, name] of names.entries()) {
      const resolved = resolveConfig(join(root, 'draft.md'))
      expect(resolved.configFile).toBe(join(root, name))
      expect(resolved.options.allow).toEqual([['a', 'b', 'c', 'd', 'e'][index]])
      rmSync(join(root, name))
    }
    expect(resolveConfig(join(root, 'draft.md')).configFile).toBeUndefined()
  })

  it('skips a package.json without a slant field and searches on upward', () => {
    const root = project({'.slantrc.yml': 'quotes: warning\n', 'site/package.json': '{"name": "site"}', 'site/posts/a.md': ''})
    expect(resolveConfig(join(root, 'site/posts/a.md')).configFile).toBe(join(root, '.slantrc.yml'))
  })

  it('uses the nearest configuration only: a subfolder’s replaces its parent’s, with no merging', () => {
    const root = project({
      '.slantrc.yml': 'allow: [regime]\nrules:\n  puffery: off\n',
      'politics/.slantrc.json': '{"rules": {"loaded-label": "error"}}',
      'politics/europe/draft.md': ''
    })
    expect(resolveConfig(join(root, 'sport/draft.md')).options).toEqual({allow: ['regime'], rules: {puffery: 'off'}})
    const nested = resolveConfig(join(root, 'politics/europe/draft.md'))
    expect(nested.configFile).toBe(join(root, 'politics/.slantrc.json'))
    expect(nested.options).toEqual({rules: {'loaded-label': 'error'}})
    const text = 'The regime issued a legendary statement.'
    const found = (file: string) => lint(text, {...resolveConfig(join(root, file)).options, path: file}).messages.map((m) => `${m.ruleId}:${m.severity}`)
    expect(found('sport/draft.md')).toEqual([])
    expect(found('politics/europe/draft.md')).toEqual(['loaded-label:error', 'puffery:warning'])
  })

  it('takes an explicit file over the search, and --no-config over both', () => {
    const root = project({'.slantrc.yml': 'quotes: warning\n', 'shared/house.json': '{"quotes": "ignore"}'})
    const draft = join(root, 'draft.md')
    expect(resolveConfig(draft, {configFile: join(root, 'shared/house.json')})).toMatchObject({options: {quotes: 'ignore'}, configFile: join(root, 'shared/house.json')})
    expect(resolveConfig(draft, {noConfig: true})).toEqual({options: {}, packFiles: []})
  })

  it('keeps a configuration and its packs while the files are unchanged, and reads them again after an edit', () => {
    const root = project({'.slantrc.yml': 'packs: [house.yml]\n', 'house.yml': 'id: house\nentries:\n  - term: zorbly\n'})
    const first = resolveConfig(join(root, 'a.md'))
    expect(resolveConfig(join(root, 'b.md'))).toBe(first)
    writeFileSync(join(root, 'house.yml'), 'id: house\nentries:\n  - term: zorbly\n  - term: blorp\n')
    const afterPackEdit = resolveConfig(join(root, 'a.md'))
    expect(afterPackEdit.options.packs![0].entries.map((entry) => entry.term)).toEqual(['zorbly', 'blorp'])
    writeFileSync(join(root, '.slantrc.yml'), 'packs: [house.yml]\nquotes: ignore\n')
    expect(resolveConfig(join(root, 'a.md')).options.quotes).toBe('ignore')
  })
})
