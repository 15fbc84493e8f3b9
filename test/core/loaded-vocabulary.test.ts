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
    ['The mayor blasts the council in a new statement.', 'loaded-language blasts'],
    ['The senator belittled the report.', 'loaded-language belittled'],
    ['The governor disparaged the judges.', 'loaded-language disparaged'],
    ['The mayor bemoaned the budget cuts.', 'loaded-language bemoaned'],
    ['Committee members taunted the bankers.', 'loaded-language taunted'],
    ['Critics lauded the new policy.', 'loaded-language lauded'],
    ['The coach chided the players.', 'loaded-language chided'],
    ['The firm flouted the rules.', 'loaded-language flouted'],
    ['The new rules stifle competition.', 'loaded-language stifle'],
    ['The challenger annihilated the incumbent in the debate.', 'loaded-language annihilated'],
    ['The report contorted the facts.', 'loaded-language contorted'],
    ['The grand jury took a swipe at the department.', 'loaded-language swipe at'],
    ['The minister trivialized the complaints.', 'loaded-language trivialized'],
    ['The campaign descended into mudslinging.', 'loaded-language mudslinging']
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
  ],
  'judgments of character and conduct': [
    ['The boastful mayor spoke for an hour.', 'loaded-language boastful'],
    ['The senator gave an insolent reply.', 'loaded-language insolent'],
    ['The candidates traded childish insults.', 'loaded-language childish'],
    ['The minister was disdainful of the report.', 'loaded-language disdainful'],
    ['The owner made a malicious complaint about the tenant.', 'loaded-language malicious'],
    ['The wicked scheme cost the city millions.', 'loaded-language wicked'],
    ['The vote was a treacherous move by his allies.', 'loaded-language treacherous'],
    ['The party was known for its debauchery.', 'loaded-language debauchery'],
    ['The bill ends inhumane treatment of detainees.', 'loaded-language inhumane'],
    ['The chief executive showed hubris in the deal.', 'loaded-language hubris'],
    ['The senator offered a glib answer.', 'loaded-language glib'],
    ['The governor is a wily negotiator.', 'loaded-language wily'],
    ['The manipulative campaign targeted older voters.', 'loaded-language manipulative'],
    ['The board made an irrational decision.', 'loaded-language irrational'],
    ['The idea is bonkers.', 'loaded-language bonkers'],
    ['The agency made a feeble effort to respond.', 'loaded-language feeble'],
    ['He called the senator a scoundrel.', 'loaded-label scoundrel'],
    ['The tyranny of the junta ended in 1990.', 'loaded-label tyranny']
  ],
  'verdicts on acts, claims and amounts': [
    ['The theory is far-fetched.', 'loaded-language far-fetched'],
    ['The charges are groundless.', 'loaded-language groundless'],
    ['The team had a mediocre season.', 'loaded-language mediocre'],
    ['Workers got a paltry raise.', 'loaded-language paltry'],
    ['The agency botched the rollout.', 'loaded-language botched'],
    ['The mismanagement of the fund cost millions.', 'loaded-language mismanagement'],
    ['The candidate made another gaffe on Monday.', 'loaded-language gaffe'],
    ['The senator made venomous remarks.', 'loaded-language venomous'],
    ['The board issued a scathing report.', 'loaded-language scathing'],
    ['The senator faced virulent criticism.', 'loaded-language virulent'],
    ['The abrasive senator clashed with reporters.', 'loaded-language abrasive'],
    ['The wasteful program was cut.', 'loaded-language wasteful'],
    ['Tenants pay exorbitant rents.', 'loaded-language exorbitant'],
    ['The delay was infuriating for travellers.', 'loaded-language infuriating'],
    ['The fire was a heartbreaking loss for the town.', 'loaded-language heartbreaking'],
    ['The ad was in distasteful fashion.', 'loaded-language distasteful'],
    ['The senseless shooting shocked the town.', 'loaded-language senseless'],
    ['The delay is inexcusable.', 'loaded-language inexcusable'],
    ['The minister made an ignominious exit.', 'loaded-language ignominious'],
    ['The plan is comical.', 'loaded-language comical'],
    ['The tariffs would be calamitous for farmers.', 'loaded-language calamitous'],
    ['The storm wreaked havoc on the coast.', 'loaded-language havoc'],
    ['The fears proved overblown.', 'loaded-language overblown'],
    ['Turnout was disappointingly low.', 'loaded-language disappointingly'],
    ['Infection rates are worryingly high.', 'loaded-language worryingly'],
    ['The plan drew glowing praise from the board.', 'loaded-language glowing praise'],
    ['The city is awfully slow to act.', 'intensifier awfully']
  ],
  'praise in the writer’s voice': [
    ['The mayor did an admirable job.', 'puffery admirable'],
    ['The hotel has a splendid view.', 'puffery splendid'],
    ['The party won a resounding victory.', 'puffery resounding'],
    ['The virtuous senator refused the gift.', 'puffery virtuous'],
    ['The fearless reporter kept filing.', 'puffery fearless']
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
  ['a building imploded', 'Engineers imploded the old stadium on Sunday.'],
  ['stifling heat', 'The stifling heat closed schools in the city.'],
  ['stifling a yawn', 'He stifled a yawn during the briefing.'],
  ['matter and antimatter', 'Positrons annihilate when they meet electrons.'],
  ['a contorted body', 'The gymnast contorted her body on the beam.'],
  ['a cat swiping', 'The cat took a swipe at the dog.'],
  ['malicious software', 'The attack used malicious software to steal data.'],
  ['a fiendish crossword', 'The paper printed a fiendish crossword on Sunday.'],
  ['treacherous roads', 'Ice made treacherous roads across the county.'],
  ['a decadent dessert', 'The menu ends with a decadent chocolate cake.'],
  ['short-sighted eyes', 'The short-sighted child got new glasses.'],
  ['irrational numbers', 'Pi and the square root of two are irrational numbers.'],
  ['a feeble pulse', 'The patient had a feeble pulse.'],
  ['spurious correlation', 'The study warned of a spurious correlation in the data.'],
  ['fanciful rock formations', 'Visitors admire the fanciful formations of eroded rock.'],
  ['snake venom', 'The snake bite injected venom into his leg.'],
  ['caustic soda', 'The plant stores caustic soda in steel tanks.'],
  ['blistering heat', 'Runners struggled in the blistering heat.'],
  ['a virulent strain', 'Doctors tracked a virulent strain of the virus.'],
  ['an abrasive wheel', 'Sharpen the blade on an abrasive wheel.'],
  ['tacky paint', 'Wait until the paint is no longer tacky.'],
  ['beaten senseless', 'The robbers beat the guard senseless.'],
  ['worthless shares', 'The shares became worthless after the bankruptcy.'],
  ['an indefensible border', 'Generals called the frontier an indefensible border.'],
  ['a dishonorable discharge', 'He received a dishonorable discharge from the army.'],
  ['a comedy', 'The comedy has a comical scene in a bakery.'],
  ['the Doomsday Clock', 'Scientists moved the doomsday clock forward.'],
  ['exemplary damages', 'The jury awarded exemplary damages.'],
  ['a resounding crash', 'The shelf fell with a resounding crash.'],
  ['the righteous in scripture', 'The psalm praises the righteous man.'],
  ['glowing embers', 'The glowing embers lit the campsite.'],
  ['children teased', 'The childish games of the children went on for hours.'],
  ['glorify in a hymn', 'The hymn was written to glorify God.'],
  ['admirably suited', 'The machine is admirably suited to the work.'],
  ['not awfully, an understatement', 'The route is not awfully long.']
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
