import {describe, expect, it} from 'vitest'
import {caseTable, findings} from './cases.js'

// Doubt markers are judged outside quotations: the quoted variants are the speaker's words.
describe('doubt-marker', () => {
  caseTable(
    'doubt-marker',
    [
      {text: 'The so-called experts met in Davos.', actual: 'so-called', attributed: 'He mocked “the so-called experts” in Davos.'},
      {text: 'The purported letter was sold at auction.', actual: 'purported', attributed: 'The seller described “the purported letter” as genuine.'},
      {text: 'The supposed cure did not work.', actual: 'supposed', attributed: 'She said “the supposed cure” did not work.'},
      {text: 'The self-styled prophet led the march.', actual: 'self-styled', attributed: 'Police called him “the self-styled prophet”.'}
    ],
    [
      'The train was supposed to leave at noon.',
      'The bay is so called because of its shape.',
      'The United States has accused North Korea of supplying arms.',
      'A group backed by Saudi Arabia accused several foreign countries of inciting unrest.'
    ]
  )

  it.each([
    ['The alleged killer was arrested on Friday.', 'alleged'],
    ['The accused appeared in court.', 'The accused'],
    ['Police named the accused man on Friday.', 'the accused'],
    ['He allegedly took the money.', 'allegedly']
  ])('reports “%s” at info level with the legal note', (text, actual) => {
    const found = findings(text, 'doubt-marker')
    expect(found.map((message) => [message.actual, message.severity])).toEqual([[actual, 'info']])
    expect(found[0].note).toMatch(/legally required/)
  })
})
