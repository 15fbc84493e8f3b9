import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {rulesDoc} from '../../src/docs/rules-doc.js'
import {inputRules} from '../../src/engine/input-rules.js'
import {entryForms, Lexicon} from '../../src/engine/lexicon.js'
import {builtinPacks, ruleDocsUrl} from '../../src/engine/packs.js'
import {RulePackError, validateRulePack} from '../../src/engine/rule-pack.js'
import {keyHash} from '../../src/engine/tokens.js'
import {lint} from '../../src/index.js'

describe('the built-in packs', () => {
  it('report no form twice: no two packs match the same words', () => {
    const owners = new Map<string, string>()
    const shared: string[] = []
    for (const pack of builtinPacks()) {
      for (const entry of pack.entries) {
        const forms = entryForms(entry)
        for (const form of new Set(forms.map((keys) => keys.join(' ')))) {
          const owner = owners.get(form)
          if (owner !== undefined && owner !== pack.id) shared.push(`${form}: ${owner} and ${pack.id}`)
          owners.set(form, pack.id)
        }
      }
    }
    expect(owners.size).toBeGreaterThan(1000)
    expect(shared).toEqual([])
  })
})

describe('rule pack validation', () => {
  const check = (data: unknown) => () => validateRulePack(data, 'house.yml')
  it.each([
    ['not a mapping', ['despot'], 'house.yml: a rule pack must be a mapping with `id` and `entries`'],
    ['a bad id', {id: 'Bad Id', entries: [{term: 'x'}]}, 'house.yml: `id` must be a kebab-case rule id, got "Bad Id"'],
    ['an unknown key', {id: 'house', entries: [{term: 'x'}], colour: 1}, 'house.yml: unknown key `colour`'],
    ['a bad severity', {id: 'house', severity: 'fatal', entries: [{term: 'x'}]}, 'house.yml: `severity` must be one of error, warning, info, got "fatal"'],
    ['no entries', {id: 'house'}, 'house.yml: `entries` must be a non-empty list'],
    ['an entry without a term', {id: 'house', entries: [{suggest: ['y']}]}, 'house.yml: entry 1: `term` must be a word or phrase'],
    ['a pattern as a term', {id: 'house', entries: [{term: 'x'}, {term: '(a+)+$'}]}, 'house.yml: entry 2 (`(a+)+$`): `term` must be a word or phrase'],
    ['an unknown entry key', {id: 'house', entries: [{term: 'zorbly', sugest: ['a']}]}, 'house.yml: entry 1 (`zorbly`): unknown key `sugest`'],
    ['bad suggestions', {id: 'house', entries: [{term: 'zorbly', suggest: [1]}]}, 'house.yml: entry 1 (`zorbly`): `suggest` must be a list of words or phrases'],
    ['an unknown exception', {id: 'house', entries: [{term: 'zorbly', unless: {near: ['x']}}]}, 'house.yml: entry 1 (`zorbly`): unknown exception `near`'],
    ['a form of two entries', {id: 'house', entries: [{term: 'zorbly', forms: ['blat']}, {term: 'blat'}]}, 'house.yml: entry 2 (`blat`): “blat” is already a form of entry 1 (`zorbly`)'],
    ['an inflection of two entries', {id: 'house', entries: [{term: 'zorble'}, {term: 'plonk', forms: ['zorbled']}]}, 'house.yml: entry 2 (`plonk`): “zorbled” is already a form of entry 1 (`zorble`)']
  ])('rejects %s with a readable message', (_name, data, message) => {
    expect(check(data)).toThrow(RulePackError)
    expect(check(data)).toThrow(message)
  })

  it('fills in defaults for a minimal user pack', () => {
    const pack = validateRulePack({id: 'house-style', entries: [{term: 'zorbly'}]}, 'house.yml')
    expect(pack).toMatchObject({id: 'house-style', severity: 'warning', family: 'loaded', entries: [{term: 'zorbly', suggest: [], forms: [], inflect: true}]})
  })

  it('reports a user pack term with the pack id and its suggestions', () => {
    const pack = validateRulePack({id: 'house-style', entries: [{term: 'zorbly', suggest: ['proposed']}]}, 'house.yml')
    const [message] = lint('The zorbly plan passed.', {packs: [pack]}).messages
    expect(message).toMatchObject({ruleId: 'house-style', actual: 'zorbly', expected: ['proposed'], severity: 'warning'})
    expect(message.message).toBe('“zorbly” is loaded wording; consider “proposed”')
    // slant's catalogue documents its own rules only: a house rule links nowhere rather than to a missing page.
    expect(message.url).toBeUndefined()
  })
})

describe('the matcher', () => {
  const pack = validateRulePack(
    {id: 'test-pack', entries: [{term: 'pariah state'}, {term: 'world-class'}, {term: 'state'}, {term: 'scandal-plagued'}]},
    'test.yml'
  )
  const lexicon = new Lexicon([pack])
  const found = (text: string) => lint(text, {packs: [pack], equality: {enabled: false}, profanity: {enabled: false}}).messages.filter((m) => m.ruleId === 'test-pack').map((m) => m.actual)

  it.each([
    ['the longest phrase wins', 'a pariah state acts', ['pariah state']],
    ['plural of the last word', 'two pariah states act', ['pariah states']],
    ['case variants', 'a PARIAH State acts', ['PARIAH State']],
    ['space for hyphen', 'a world class team', ['world class']],
    ['hyphen for space', 'a scandal-plagued team', ['scandal-plagued']],
    ['phrases across line breaks', 'a pariah\nstate acts', ['pariah\nstate']],
    ['possessives, without the apostrophe', "the pariah state's leader", ['pariah state']],
    ['not across sentences', 'They are a pariah. State officials met.', ['State']]
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected)
  })

  it('compiles every pack into one trie whose size does not change the per-word work', () => {
    const tokens = (text: string) => text.split(' ').map((value, index) => ({key: value, value, start: index, end: index + 1, sentence: 0, hash: keyHash(value)}))
    expect(lexicon.match(tokens('a pariah state here')).map((hit) => [hit.start, hit.end])).toEqual([[1, 3]])
  })
})

describe('the rule catalogue', () => {
  it('docs/rules.md is generated from the packs and up to date (run `npm run docs`)', () => {
    const committed = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8')
    expect(committed).toBe(rulesDoc(builtinPacks()))
  })

  it('documents the messages slant gives about its input, and links them there', () => {
    const committed = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8')
    for (const id of Object.keys(inputRules)) {
      expect(committed).toContain(`<a id="${id}"></a>${id} |`)
      expect(ruleDocsUrl(id)).toMatch(new RegExp(`docs/rules\\.md#${id}$`))
    }
    const [parseError] = lint('<div>'.repeat(20_000), {format: 'html'}).messages
    expect([parseError.ruleId, parseError.url]).toEqual(['parse-error', ruleDocsUrl('parse-error')])
  })

  it('every pack has a title, description, source and severity', () => {
    for (const pack of builtinPacks()) {
      expect(pack.title, pack.id).not.toBe(pack.id)
      expect(pack.description, pack.id).not.toBe('')
      expect(pack.source, pack.id).toBeTruthy()
      for (const entry of pack.entries) expect(entry.note, `${pack.id}: ${entry.term}`).toBeTruthy()
    }
  })
})
