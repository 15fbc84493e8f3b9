import {describe, expect, it} from 'vitest'
import {RulePackError, validateRulePack} from '../../src/engine/rule-pack.js'
import {lint} from '../../src/index.js'

describe('pack conditions (`when`) and entry severities', () => {
  const check = (data: unknown) => () => validateRulePack(data, 'house.yml')

  it.each([
    ['an unknown condition', {id: 'house', when: ['sometimes'], entries: [{term: 'x'}]}, 'house.yml: `when` must list conditions from unattributed, outside-quotes'],
    ['a condition that is not a list of names', {id: 'house', when: {quotes: true}, entries: [{term: 'x'}]}, 'house.yml: `when` must list conditions'],
    ['an unknown entry condition', {id: 'house', entries: [{term: 'zorbly', when: ['never']}]}, 'house.yml: entry 1 (`zorbly`): `when` must list conditions'],
    ['a bad entry severity', {id: 'house', entries: [{term: 'zorbly', severity: 'fatal'}]}, 'house.yml: entry 1 (`zorbly`): `severity` must be one of error, warning, info, got "fatal"']
  ])('rejects %s with a readable message', (_name, data, message) => {
    expect(check(data)).toThrow(RulePackError)
    expect(check(data)).toThrow(message)
  })

  it('lets a house pack report a word only outside quotations', () => {
    const pack = validateRulePack({id: 'house', when: 'outside-quotes', entries: [{term: 'zorbly'}]}, 'house.yml')
    const found = (text: string) => lint(text, {packs: [pack]}).messages.filter((message) => message.ruleId === 'house').map((message) => message.actual)
    expect(found('The zorbly plan passed.')).toEqual(['zorbly'])
    expect(found('The “zorbly plan” passed.')).toEqual([])
  })

  it('lets an entry replace the pack’s conditions and severity', () => {
    const pack = validateRulePack(
      {id: 'house', when: ['outside-quotes'], entries: [{term: 'zorbly', when: ['unattributed'], severity: 'info'}]},
      'house.yml'
    )
    const found = (text: string) => lint(text, {packs: [pack]}).messages.filter((message) => message.ruleId === 'house')
    expect(found('The zorbly plan passed.').map((message) => message.severity)).toEqual(['info'])
    expect(found('The zorbly plan passed, Mayor Ada Kent said.')).toEqual([])
  })
})
