import {describe, expect, test} from 'vitest'
import {lint, validateRulePack} from '../../src/index.js'
import {warningsAndErrors} from '../helpers.js'
import {brief} from './helpers.js'

// Senses decided by structure (src/engine/senses/senses.ts), asked for by an entry's `when`: each
// condition with the uses it keeps and the neutral uses it leaves out, first through a pack of its
// own, so the case tests the structure and not slant's vocabulary, then through slant's own packs.
const sensePack = validateRulePack(
  {
    id: 'senses-test',
    entries: [
      {term: 'lies', inflect: false, suggest: ['false statements'], when: ['as-noun']},
      {term: 'radical', forms: ['radicals'], inflect: false, suggest: [], when: ['as-label']},
      {term: 'regime', suggest: ['government'], when: ['political']},
      {term: 'havoc', inflect: false, suggest: ['disruption'], when: ['caused-by-people']}
    ]
  },
  'test/context/senses.test.ts'
)

const senses: Array<{word: string; flag: string[]; pass: string[]}> = [
  {
    word: 'lies',
    flag: ['He told lies to the court.', 'Her lies were exposed.', 'He lies about his age.', 'He spread lies about the vote.', 'The president lies to his followers.'],
    pass: ['The answer lies elsewhere.', 'The village lies 20 km north of the border.', 'Her future lies abroad.', 'The problem lies with the software.', 'Snow lies deep on the mountain passes.']
  },
  {
    word: 'radical',
    flag: ['A radical cleric was arrested.', 'Radicals stormed the building.', 'The plan involves radical ideas.', 'He joined a radical Islamist group.', 'The party is radical.'],
    pass: ['The council announced radical cuts to its budget.', 'The airline announced a radical redesign of its fleet.', 'The bank plans radical budget cuts.', 'The changes are radical.']
  },
  {
    word: 'regime',
    flag: ['The Assad regime jailed critics.', 'The regime in Pyongyang fired a missile.', 'The military regime closed the border.', "Syria's regime denied it."],
    pass: ['The bail regime had been applied correctly.', 'The patient was put on a six-week antibiotics regime.', 'The sanctions regime was tightened.', 'The new pricing regime will lower bills.']
  },
  {
    word: 'havoc',
    flag: ['Rioters caused havoc in the city.', 'The protesters wreaked havoc on the coast.', 'He caused havoc at the meeting.'],
    pass: ['The storm caused havoc on the roads.', 'A software fault wreaked havoc on flights.', 'The strong winds played havoc with the timetable.', 'The havoc caused by the floods closed roads.', 'A burst water main caused havoc in the city centre.']
  }
]

describe.each(senses)('$word: a pack that asks for the sense', ({word, flag, pass}) => {
  const findings = (text: string) => lint(text, {packs: [sensePack]}).messages.filter((message) => message.ruleId === 'senses-test').map(brief)
  test.each(flag)('flags %s', (text) => {
    expect(findings(text)).toEqual([expect.stringMatching(new RegExp(`^warning senses-test ${word}`, 'i'))])
  })
  test.each(pass)('passes %s', (text) => {
    expect(findings(text)).toEqual([])
  })
})

describe.each(senses)('$word: slant’s own packs', ({flag, pass}) => {
  test.each(flag)('flags %s', (text) => {
    expect(warningsAndErrors(lint(text).messages).length).toBeGreaterThan(0)
  })
  test.each(pass)('passes %s', (text) => {
    expect(warningsAndErrors(lint(text).messages).map(brief)).toEqual([])
  })
})

// Words given as a source's by the very report: a hearing's evidence and rulings, a named
// source's description. Other paraphrase stays the writer's wording (test/context/voice.test.ts).
describe('the words of a hearing or of a named source’s description are the source’s', () => {
  test.each([
    ['The court heard the attack was vicious.', 'info loaded-language vicious'],
    ['The inquest heard that the crash was probably caused by a fault.', undefined],
    ['The judge described the crime as cruel.', 'info loaded-language cruel'],
    ['Collins, often described as a moderate, is not a wingnut.', 'warning loaded-label wingnut'],
    ['The judge described the crime as routine, and the defence was cruel.', 'warning loaded-language cruel'],
    ['The vote was a sham, Smith said.', 'warning loaded-language sham']
  ])('%s', (text, expected) => {
    const findings = lint(text).messages.filter((message) => message.ruleId !== 'belief-passive').map(brief)
    expect(findings).toEqual(expected === undefined ? [] : [expected])
  })
})

describe('puffery and the charge of lying count unless a named source is reported to have said them', () => {
  test.each([
    ['The retailer said sales were remarkable.', []],
    ['The results were remarkable, Dr Ross said.', []],
    ['Dr Anna Ross, who led the study, said the results were remarkable.', []],
    ['Sales were remarkable, according to the retailer.', []],
    ['Prosecutors said the defendant lied to investigators.', []],
    ['Sales were remarkable.', ['warning puffery remarkable']],
    ['Republicans insisted on pushing through remarkably unpopular cuts.', ['warning puffery remarkably']],
    ['Smith feels his remarkable base will vote.', ['warning puffery remarkable']],
    ['The mayor hailed a remarkable win.', ['warning puffery remarkable']],
    ['He lied about the payments.', ['warning loaded-language lied']],
    ['He told lies to the court.', ['warning loaded-language lies']]
  ])('%s', (text, expected) => {
    expect(warningsAndErrors(lint(text).messages).map(brief)).toEqual(expected)
  })
})

// A source as a reader sees one: any noun phrase with a verb of wire attribution or "according
// to", a pronoun, a passive's agent later in its clause, a hearing; a crowd is no source.
describe('sources as a reader sees them', () => {
  test.each([
    'The death toll is unprecedented, police said.',
    'Witnesses said the damage was unprecedented.',
    'Forecasters said the rainfall was probably the heaviest on record.',
    'Doctors said the outbreak was unprecedented.',
    'The flooding was unprecedented, a spokeswoman for the fire service said.',
    'Smith, the mayor, spoke at noon. The damage is unprecedented, he added.',
    'The damage is unprecedented, according to forecasters.',
    'The plan was regarded as unsafe by the council’s inspectors.',
    'The fine was described as proportionate by the regulator in its ruling.',
    'The man had been described as dangerous by two psychiatrists.',
    'The inquest heard that the crash was probably caused by a mechanical fault.',
    'The judge ruled that the evidence was clearly admissible.'
  ])('%s', (text) => {
    expect(warningsAndErrors(lint(text).messages).map(brief)).toEqual([])
  })

  test.each([
    ['Some officials said the response was unprecedented.', ['warning weasel-attribution Some', 'warning unsupported-superlative unprecedented']],
    ['The plan was regarded as unsafe by many.', ['warning belief-passive regarded as']],
    ['The plan was regarded as unsafe.', ['warning belief-passive regarded as']]
  ])('%s', (text, expected) => {
    expect(warningsAndErrors(lint(text).messages).map(brief)).toEqual(expected)
  })
})
