import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {resolveConfig} from '../../src/config/resolve-config.js'
import {lint} from '../../src/index.js'
import {project} from '../helpers.js'

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')
const blocks = (text: string, language: string) => [...text.matchAll(new RegExp('```' + language + '\\n([^]*?)```', 'g'))].map((match) => match[1])
const guide = read('docs/configuration.md')
const [annotated, minimalPack, fullPack] = blocks(guide, 'yaml')
const [json] = blocks(guide, 'json')
// The README's Configuration section, up to the next section.
const readme = read('README.md')
const readmeSection = readme.slice(readme.indexOf('\n## Configuration\n'), readme.indexOf('\n## ', readme.indexOf('\n## Configuration\n') + 1))

describe('the README’s configuration in brief', () => {
  it('is a valid configuration that does what its comments say', () => {
    const [brief] = blocks(readmeSection, 'yaml')
    const root = project({'.slantrc.yml': brief, 'styles/house.yml': minimalPack})
    const {options} = resolveConfig(join(root, 'draft.md'))
    expect(options).toMatchObject({rules: {'loaded-label': 'error', speculation: 'off'}, allow: ['regime'], quotes: 'info'})
    const found = lint('The regime backed a zorbly plan. Perhaps the despot will go.', {...options, path: 'draft.md'}).messages
    expect(found.map((message) => `${message.ruleId}:${message.severity}:${message.actual}`)).toEqual(['house-style:warning:zorbly', 'loaded-label:error:despot'])
  })
})

describe('docs/configuration.md', () => {
  it('its annotated example and JSON example are valid configurations', () => {
    const root = project({'.slantrc.yml': annotated, 'styles/house.yml': minimalPack, 'json/.slantrc.json': json, 'json/styles/house.yml': minimalPack})
    const {options} = resolveConfig(join(root, 'draft.md'))
    expect(options).toMatchObject({rules: {'loaded-label': 'error', 'house-style': 'error'}, allow: ['regime', 'pariah state'], quotes: 'info', profanity: {sureness: 1}})
    expect(resolveConfig(join(root, 'json/draft.md')).options).toMatchObject({equality: {enabled: false}, profanity: {sureness: 1}})
    const found = lint('The regime backed a zorbly plan.', {...options, path: 'draft.md'}).messages
    expect(found.map((message) => `${message.ruleId}:${message.severity}:${message.actual}`)).toEqual(['house-style:error:zorbly'])
  })

  it('its rule pack with every field works as described', () => {
    const root = project({'.slantrc.yml': 'packs: [house.yml]\n', 'house.yml': fullPack})
    const {options} = resolveConfig(join(root, 'draft.md'))
    const found = (text: string) => lint(text, {...options, path: 'draft.md'}).messages.filter((message) => message.ruleId === 'house-style')
    expect(found('Staff utilised it. The utilisation grew.').map((message) => [message.actual, message.message])).toEqual([
      ['utilised', '“utilised” is not house style; consider “use”'],
      ['utilisation', '“utilisation” is not house style; consider “use”']
    ])
    expect(found('You must utilise it. Utilise the clause now. A legal duty to utilise.')).toEqual([])
  })
})
