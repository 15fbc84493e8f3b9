import {describe, expect, it} from 'vitest'
import {agreeingSuggestion} from '../../src/engine/agreement.js'
import {inflect, type TargetForm} from '../../src/engine/inflect.js'
import {lemma} from '../../src/engine/lemma.js'

describe('lemma', () => {
  it.each([
    ['mocks', 'VERB:s', 'mock'], ['mocked', 'VERB:past', 'mock'], ['mocking', 'VERB:ing', 'mock'],
    ['lies', 'VERB:s', 'lie'], ['lay', 'VERB:past', 'lie'], ['lain', 'VERB:participle', 'lie'], ['lied', 'VERB:past', 'lie'],
    ['rose', 'VERB:past', 'rise'], ['risen', 'VERB:participle', 'rise'], ['slammed', 'VERB:past', 'slam'],
    ['criticised', 'VERB:past', 'criticise'], ['smiling', 'VERB:ing', 'smile'], ['carried', 'VERB:past', 'carry'],
    ['hordes', 'NOUN:plural', 'horde'], ['lies', 'NOUN:plural', 'lie'], ['children', 'NOUN:plural', 'child'], ['Regime', 'NOUN', 'regime']
  ])('%s (%s) → %s', (word, tag, expected) => expect(lemma(word, tag)).toBe(expected))
})

describe('inflect', () => {
  it.each<[string, TargetForm, string]>([
    ['leader', 'plural', 'leaders'], ['crowd', 'plural', 'crowds'], ['criticise', 's', 'criticises'], ['criticise', 'past', 'criticised'],
    ['smile', 'ing', 'smiling'], ['rise', 'past', 'rose'], ['rise', 'participle', 'risen'], ['slam', 'past', 'slammed'],
    ['mock', 'ing', 'mocking'], ['lie', 'ing', 'lying'], ['carry', 's', 'carries'], ['go', 's', 'goes'], ['visit', 'past', 'visited'],
    ['defer', 'past', 'deferred'], ['admit', 'ing', 'admitting'], ['offer', 'past', 'offered']
  ])('%s as %s → %s', (word, form, expected) => expect(inflect(word, form)).toBe(expected))
})

describe('agreeingSuggestion', () => {
  it.each<[string, TargetForm | undefined, string]>([
    ['play down', 'past', 'played down'], ['head of state', 'plural', 'heads of state'], ['make a statement', 'past', 'made a statement'],
    ['not attend', 'past', 'did not attend'], ['not attend', 's', 'does not attend'], ['not attend', 'ing', 'not attending'],
    ['not attend', 'participle', 'not attended'], ['not attend', undefined, 'not attend']
  ])('%s as %s → %s', (suggestion, form, expected) => expect(agreeingSuggestion(suggestion, form)).toBe(expected))
})
