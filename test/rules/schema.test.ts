import {readdirSync, readFileSync} from 'node:fs'
import ajv from 'ajv'
import {describe, expect, it} from 'vitest'
import {builtinRulesFolder} from '../../src/engine/packs.js'
import {readRulePackData} from '../../src/engine/read-rule-pack.js'
import {conditions, validateRulePack} from '../../src/engine/rule-pack.js'

// ajv is CommonJS: its class is the default export's `default`.
const Ajv = ajv.default
const schema = JSON.parse(readFileSync(new URL('../../rules/schema.json', import.meta.url), 'utf8')) as {definitions: {condition: {enum: string[]}}}
const validate = new Ajv({allErrors: true, strict: false, unicodeRegExp: true}).compile(schema)
const packFiles = readdirSync(builtinRulesFolder).filter((name) => name.endsWith('.yml'))

describe('rules/schema.json', () => {
  it.each(packFiles)('accepts the built-in pack %s', (name) => {
    validate(readRulePackData(builtinRulesFolder + name))
    expect(validate.errors ?? []).toEqual([])
  })

  it('names every condition the validator takes, and no other', () => {
    expect([...schema.definitions.condition.enum].sort()).toEqual([...conditions].sort())
  })

  it.each([
    ['an unknown entry key', {id: 'house', entries: [{term: 'zorbly', sugest: ['a']}]}],
    ['a class that is not one', {id: 'house', entries: [{term: 'zorbly', pos: 'noun phrase'}]}],
    ['examples of an unknown kind', {id: 'house', entries: [{term: 'zorbly', examples: {fail: ['Zorbly.']}}]}],
    ['a bad entry id', {id: 'house', entries: [{id: 'Zorbly', term: 'zorbly'}]}]
  ])('rejects %s, as the validator does', (_case, pack) => {
    expect(validate(pack)).toBe(false)
    expect(() => validateRulePack(pack, 'house.yml')).toThrow()
  })
})

describe('entry validation', () => {
  const check = (entries: unknown[]) => () => validateRulePack({id: 'house', entries}, 'house.yml')
  it('gives an entry without an id its term in kebab case', () => {
    expect(check([{term: 'Rogue State'}])().entries[0].id).toBe('rogue-state')
  })
  it.each([
    ['two entries with one id', [{term: 'zorbly'}, {id: 'zorbly', term: 'florbly'}], 'house.yml: entry 2 (`florbly`): id `zorbly` is already another entry\'s'],
    ['a class that is not one', [{term: 'zorbly', pos: 'noun phrase'}], 'house.yml: entry 1 (`zorbly`): `pos` must be one of noun, verb, adjective, adverb, got "noun phrase"'],
    ['examples of an unknown kind', [{term: 'zorbly', examples: {fail: ['Zorbly.']}}], 'house.yml: entry 1 (`zorbly`): unknown examples key `fail` (expected flag or pass)']
  ])('rejects %s', (_case, entries, message) => {
    expect(check(entries)).toThrow(message)
  })
})
