import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'
import {warningsAndErrors} from '../helpers.js'

const findings = (text: string) => warningsAndErrors(lint(text).messages).map((message) => `${message.ruleId} ${message.actual}`)

// Each category of loaded wording: the writer's loaded use is reported, under the rule that owns the word.
const loaded: Record<string, Array<[text: string, finding: string]>> = {
  'pejorative characterisations': [
    ['The senator gave a delusional account of the vote.', 'loaded-language delusional'],
    ['The mayor made dishonest claims about the budget.', 'loaded-language dishonest'],
    ['The feud was petty and personal.', 'loaded-language petty'],
    ['His creepy remarks drew complaints.', 'loaded-language creepy'],
    ['The hearing descended into buffoonery.', 'loaded-language buffoonery'],
    ['The governor delivered a rambling speech.', 'loaded-language rambling'],
    ['The statement was incoherent.', 'loaded-language incoherent'],
    ['Her answer was pure gibberish.', 'loaded-language gibberish'],
    ['The plan is misguided.', 'loaded-language misguided'],
    ['The vitriolic campaign ended on Sunday.', 'loaded-language vitriolic'],
    ['He posted an inflammatory message.', 'loaded-language inflammatory'],
    ['The candidate made racist remarks at the rally.', 'loaded-label racist'],
    ['The agency blundered in its response.', 'loaded-language blundered'],
    ['The columnist called him a dimwit.', 'loaded-label dimwit']
  ],
  'dramatised scale and disorder': [
    ['The rollout was chaos.', 'loaded-language chaos'],
    ['The chaotic withdrawal ended in August.', 'loaded-language chaotic'],
    ['Protesters caused mayhem downtown.', 'loaded-language mayhem'],
    ['The tariffs would be catastrophic for farmers.', 'loaded-language catastrophic'],
    ['Rents are skyrocketing in the capital.', 'loaded-language skyrocketing'],
    ['The company faced a tsunami of lawsuits.', 'loaded-language tsunami of'],
    ['The onslaught of new rules hit small firms.', 'loaded-language onslaught'],
    ['The remark set off a firestorm.', 'loaded-language firestorm'],
    ['The bill carries a staggering cost.', 'loaded-language staggering'],
    ['Fraud is rampant in the scheme.', 'loaded-language rampant'],
    ['The hearing was a kangaroo court.', 'loaded-language kangaroo court']
  ],
  'loaded verbs of saying and acting': [
    ['The governor mocked the proposal.', 'loaded-language mocked'],
    ['The senator ridiculed the report.', 'loaded-language ridiculed'],
    ['The coach berated the referees.', 'loaded-language berated'],
    ['The president ripped into the media.', 'loaded-language ripped into'],
    ['The minister parroted the talking points.', 'loaded-language parroted'],
    ['The agency stonewalled investigators for months.', 'loaded-language stonewalled'],
    ['The leader continues to cling to power.', 'loaded-language cling to power'],
    ['The party rammed through the bill overnight.', 'loaded-language rammed through'],
    ['The report cherry-picked the data.', 'loaded-language cherry-picked'],
    ['The inquiry whitewashed the scandal.', 'loaded-language whitewashed'],
    ['The governor caved to the unions.', 'loaded-language caved'],
    ['The mayor blasts the council in a new statement.', 'loaded-language blasts']
  ],
  'intensifying adverbs': [
    ['The plan is utterly unworkable.', 'intensifier utterly'],
    ['The claim is wildly inaccurate.', 'intensifier wildly'],
    ['The show was hugely popular.', 'intensifier hugely'],
    ['The company aggressively pursued the deal.', 'intensifier aggressively'],
    ['Prices rose dramatically last year.', 'intensifier dramatically'],
    ['The statement is patently false.', 'intensifier patently']
  ],
  'political name-calling': [
    ['The lefties in the council voted no.', 'loaded-label lefties'],
    ['He called the senator a RINO on air.', 'loaded-label RINO'],
    ['Campus snowflakes objected to the speaker.', 'loaded-label snowflakes'],
    ['The hard-left faction walked out.', 'loaded-label hard-left'],
    ['The bill targets chain migration.', 'loaded-label chain migration'],
    ['The tax cut rewards job creators.', 'loaded-label job creators'],
    ['The nominee is an ultraconservative judge.', 'loaded-label ultraconservative']
  ]
}

// Neutral senses of the same words, declared as exceptions: nothing is reported.
const neutral: Array<[sense: string, text: string]> = [
  ['petty crime', 'Police reported a rise in petty crime.'],
  ['a petty officer', 'The petty officer was promoted in May.'],
  ['a rambling house', 'They bought a rambling house near the coast.'],
  ['incoherent light', 'The lamp emits incoherent light.'],
  ['inflammatory disease', 'She was treated for inflammatory bowel disease.'],
  ['an incendiary device', 'Police found an incendiary device in the car.'],
  ['a vicious circle', 'Debt and poverty form a vicious circle.'],
  ['chaos theory', 'The lecture covered chaos theory and fractals.'],
  ['mayhem as a charge', 'He was charged with mayhem after the assault.'],
  ['catastrophic injury', 'The player suffered a catastrophic injury to his knee.'],
  ['post-apocalyptic fiction', 'The novel is set in a post-apocalyptic world.'],
  ['a nightmare in sleep', 'The child woke from a nightmare in the night.'],
  ['a literal firestorm', 'The wildfire became a firestorm that burned 10,000 acres.'],
  ['staggering as a walk', 'The injured man was staggering along the road.'],
  ['a rampant lion', 'The crest shows a lion rampant on a red field.'],
  ['a divisive issue', 'Abortion remains a divisive issue in the state.'],
  ['anti-racist', 'The anti-racist group marched on Sunday.'],
  ['a label reported, not applied', 'He was branded racist by his opponents.'],
  ['a design mocked up', 'The designers mocked up a new logo.'],
  ['a literal tear', 'Shrapnel tore into the side of the truck.'],
  ['a ship rigged with sails', 'The schooner was rigged with new sails.'],
  ['a weaponized virus', 'The lab studied how a virus could be weaponized as a biological agent.'],
  ['a fence whitewashed', 'They whitewashed the fence and the cottage walls.'],
  ['a roof caved', 'The roof caved in after the earthquake.'],
  ['a baseball arm', 'The shortstop showed a strong arm at third base.'],
  ['wildly as motion', 'The flag waved wildly in the storm.'],
  ['aggressively in medicine', 'The tumour was treated aggressively with chemotherapy.'],
  ['massively parallel', 'The system runs massively parallel simulations.'],
  ['dramatically in theatre', 'The stage was dramatically lit for the opera.'],
  ['grossly negligent', 'The court found the firm grossly negligent.'],
  ['a left-handed lefty', 'The lefty pitcher threw seven innings.'],
  ['a snowflake in winter', 'Each snowflake melted on the warm glass in winter.'],
  ['a hard left turn', 'The driver took a hard left turn onto the bridge.'],
  ['a gutted building', 'Fire gutted the warehouse on Monday.'],
  ['a lazy river', 'The hotel has a lazy river and two pools.'],
  ['in spite of', 'The match went ahead in spite of the rain.'],
  ['patronizing a shop', 'Customers kept patronizing the shop after the sale.'],
  ['doubling in baseball', 'Cooke doubled down the right-field line in the fifth.'],
  ['selling, not spreading', 'He hoped to peddle the plane abroad.'],
  ['a dramatic change', 'The plan proposes no dramatic changes to the budget.'],
  ['an insidious onset', 'The disease has an insidious onset in older patients.'],
  ['pernicious anaemia', 'She was treated for pernicious anaemia.'],
  ['obsessive-compulsive disorder', 'He was diagnosed with obsessive-compulsive disorder.'],
  ['a building imploded', 'Engineers imploded the old stadium on Sunday.']
]

describe.each(Object.entries(loaded))('%s: loaded uses are reported', (_category, cases) => {
  it.each(cases)('%s', (text, finding) => {
    expect(findings(text)).toEqual([finding])
  })
})

describe('neutral senses are not reported', () => {
  it.each(neutral)('%s', (_sense, text) => {
    expect(findings(text)).toEqual([])
  })
})

describe('attributed quotations', () => {
  it('leaves the speaker’s loaded words to the speaker', () => {
    const text = '“It was total chaos and a kangaroo court,” the senator said.'
    expect(findings(text)).toEqual([])
  })
})
