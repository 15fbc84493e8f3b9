import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {claimHasAttribution, sentenceHasAttribution} from '../../src/engine/attribution.js'
import {indexProse} from '../../src/engine/prose-index.js'
import type {Span} from '../../src/source/prose.js'

/** The index of one sentence and the token range of `claim` in it. */
function claimIn(text: string, claim: string, citations: Span[] = []) {
  const index = indexProse(unified().use(retextEnglish).parse(text), text, citations)
  const words = claim.split(' ')
  const start = index.tokens.findIndex((_, at) => words.every((word, offset) => index.tokens[at + offset]?.key === word))
  if (start < 0) throw new Error(`no “${claim}” in ${text}`)
  return {index, range: {start, end: start + words.length}}
}

describe('claimHasAttribution', () => {
  it.each([
    ['a named speaker before the verb', 'The deal is seen as a landmark, Sergei Lavrov said.', 'seen as'],
    ['a named speaker after the verb', 'The deal is seen as a landmark, said Lavrov.', 'seen as'],
    ['a name opening the sentence', 'Kim said the deal is seen as a landmark.', 'seen as'],
    ['a pronoun standing for a named speaker', 'The deal is seen as a landmark, he said.', 'seen as'],
    ['a named source holding a view', 'Goldman Sachs expects the rate is likely to fall.', 'is likely to'],
    ['an acronym as the speaker', 'NATO warned that the threat is unprecedented.', 'unprecedented'],
    ['a crowd qualified by a name', 'Critics including Senator Jane Hill say the bill is flawed.', 'critics'],
    ['"according to" a named source', 'Prices are unprecedented, according to the Office for National Statistics.', 'unprecedented'],
    ['"according to" its own document', 'Sales grew faster than ever before, according to its annual report.', 'than ever before'],
    ['an agent named right after the claim', 'She is regarded by Gallup as the favourite.', 'regarded'],
    ['a numbered reference', 'Prices are unprecedented [4].', 'unprecedented'],
    ['a footnote after the full stop', 'Prices are unprecedented.[^4]', 'unprecedented'],
    ['an author-year citation', 'Prices are unprecedented (Smith et al. 2020).', 'unprecedented'],
    ['a source for a figure', 'Prices rose 9% in a year, an unprecedented rise (Source: ONS).', 'unprecedented'],
    ['a name with "of" inside it', 'Experts at the Bank of England said the rise was unprecedented.', 'unprecedented'],
    ['a named speaker in apposition', 'Sergei Lavrov, the foreign minister, said the deal is seen as a landmark.', 'seen as'],
    ['a possessive naming the source', 'Kim Jong Un’s government said the deal is seen as a landmark.', 'seen as']
  ])('accepts %s', (_, text, claim) => {
    const {index, range} = claimIn(text, claim)
    expect(claimHasAttribution(index, range)).toBe(true)
  })

  it('accepts a link from the markup', () => {
    const text = 'Prices are unprecedented, the data show.'
    const {index, range} = claimIn(text, 'unprecedented', [{start: 31, end: 39}])
    expect(claimHasAttribution(index, range)).toBe(true)
  })

  it.each([
    ['a crowd as the speaker', 'Critics said the plan is unprecedented.', 'unprecedented'],
    ['the claim’s own crowd', 'Critics said the plan would fail.', 'critics'],
    ['a quantifier opening the sentence', 'Many said the plan is unprecedented.', 'unprecedented'],
    ['a name that is the topic, not the speaker', 'Critics of Biden say the plan is unprecedented.', 'unprecedented'],
    ['"according to" a crowd', 'The plan is unprecedented, according to experts.', 'unprecedented'],
    ['an agent that is not right after the claim', 'The bridge, built by Brunel, is seen as a marvel.', 'seen as'],
    ['an infinitive of a reporting verb', 'Needless to say, Smith is unprecedented.', 'unprecedented'],
    ['no source at all', 'The plan is unprecedented.', 'unprecedented'],
    ['a name that only describes the crowd', 'Many Capitol Hill observers believe the defeat was unprecedented.', 'unprecedented'],
    ['a passive reporting verb', 'The plan, Smith was told, is unprecedented.', 'unprecedented'],
    ['a passive with a named subject', 'He is considered by many to be the greatest actor.', 'considered by many'],
    ['a name that is the object of the verb', 'Some believe the NATO summit was unprecedented.', 'unprecedented']
  ])('rejects %s', (_, text, claim) => {
    const {index, range} = claimIn(text, claim)
    expect(claimHasAttribution(index, range)).toBe(false)
  })

  it('differs from quotation attribution, where any speaker counts', () => {
    const {index, range} = claimIn('Critics said the plan is unprecedented.', 'unprecedented')
    expect(sentenceHasAttribution(index, 0)).toBe(true)
    expect(claimHasAttribution(index, range)).toBe(false)
  })
})
