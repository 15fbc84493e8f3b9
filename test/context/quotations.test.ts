import {describe, expect, test} from 'vitest'
import {quotationsIn} from './helpers.js'

type Case = [text: string, quotations: Array<[quote: string, attributed: boolean]>]

const run = (cases: Case[]) =>
  test.each(cases)('%s', (text, expected) => {
    expect(quotationsIn(text).map(({quote, attributed}) => [quote, attributed])).toEqual(expected)
  })

describe('quote marks of every kind', () => {
  run([
    ['She called the vote "a sham".', [['"a sham"', true]]],
    ['She called the vote “a sham”.', [['“a sham”', true]]],
    ["She called the vote 'a sham'.", [["'a sham'", true]]],
    ['She called the vote ‘a sham’.', [['‘a sham’', true]]],
    ['Er nannte die Wahl „eine Farce“, sagte sie.', [['„eine Farce“', false]]],
    ['She called the vote «a sham».', [['«a sham»', true]]],
    ['The vote was a "sham" from the start.', [['"sham"', false]]]
  ])
})

describe('apostrophes are not quote marks', () => {
  run([
    ["Russia's war and the nations' ties don't change.", []],
    ['Russia’s war and the nations’ ties don’t change.', []],
    ["Moscow and Pyongyang have been allies since North Korea 's founding.", []],
    ["The '90s were kind to rock 'n' roll, and O'Brien's band.", []],
    ["'Tis the season, and they danced 'til dawn.", []],
    ['Music of the ‘90s and the ’80s.', []],
    ["The players' union met on Monday to discuss the 'final offer'.", [["'final offer'", false]]],
    ["'The players' union is weak,' Smith said.", [["'The players' union is weak,'", true]]],
    ["He called them 'the players' and 'the fans'.", [["'the players'", true], ["'the fans'", true]]],
    ["'We don't agree,' she said.", [["'We don't agree,'", true]]]
  ])
})

describe('nested and multi-sentence quotations', () => {
  run([
    [
      '“They call it ‘reform’, but it is a sham,” Smith said.',
      [
        ['“They call it ‘reform’, but it is a sham,”', true],
        ['‘reform’', true]
      ]
    ],
    [
      '“We will win. The opposition is a mob. Nothing will stop us,” Smith said.',
      [['“We will win. The opposition is a mob. Nothing will stop us,”', true]]
    ],
    [
      'Smith said: “We will win. The opposition are ‘thugs’. They fear us. Nothing will stop us. Nothing.”',
      [
        ['“We will win. The opposition are ‘thugs’. They fear us. Nothing will stop us. Nothing.”', true],
        ['‘thugs’', true]
      ]
    ],
    [
      // News style: a quotation running into the next paragraph reopens without closing.
      'Smith said: “We will win.\n\n“Nothing will stop us. The vote is a sham.”',
      [
        ['“We will win.', true],
        ['“Nothing will stop us. The vote is a sham.”', true]
      ]
    ],
    ['The sign read “closed” all week.\n\n“A sham,” the mayor said.', [['“closed”', false], ['“A sham,”', true]]]
  ])
})

describe('attribution before and after the speaker', () => {
  run([
    ['“It is a disgrace,” said Smith.', [['“It is a disgrace,”', true]]],
    ['“It is a disgrace,” Smith said.', [['“It is a disgrace,”', true]]],
    ['Smith said the deal was “a disgrace”.', [['“a disgrace”', true]]],
    ['Smith told reporters: “It is a disgrace.”', [['“It is a disgrace.”', true]]],
    ['“It is a disgrace.” That was how Smith described it.', [['“It is a disgrace.”', true]]],
    ['Smith spoke after the vote. “It is a disgrace.”', [['“It is a disgrace.”', true]]],
    ['The plan is “a disgrace”, according to the union.', [['“a disgrace”', true]]],
    ['In a statement, the union called the plan “a disgrace”.', [['“a disgrace”', true]]],
    ['The plan is “a disgrace”, the agency reported.', [['“a disgrace”', true]]],
    ['The agency described the meeting as “historic”.', [['“historic”', true]]],
    ['Kim declared it the ‘strongest ever treaty’ between the two nations.', [['‘strongest ever treaty’', true]]],
    ['She urged voters to reject “the lonely bromance” of the two leaders.', [['“the lonely bromance”', true]]],
    ['She vowed to end the “war of aggression”.', [['“war of aggression”', true]]],
    ['He added that the deal was “a breakthrough”.', [['“a breakthrough”', true]]],
    ['The union wrote that the plan was “a disgrace”.', [['“a disgrace”', true]]],
    ['The police chief derided the zone as “lawless and brutal”.', [['“lawless and brutal”', true]]],
    ['She left the talks, calling the offer “an insult”.', [['“an insult”', true]]],
    ['The group, claiming to fight “misinformation”, posted the video.', [['“misinformation”', true]]],
    ['The “gotcha” reporting annoyed readers.', [['“gotcha”', false]]]
  ])
})

describe('unattributed quotations', () => {
  run([
    ['The minister and his “fiery friend” met again.', [['“fiery friend”', false]]],
    ['The “reform” will cut pensions.', [['“reform”', false]]],
    [
      '“The best way to respond is to keep strengthening the coalition for a lasting peace.”',
      [['“The best way to respond is to keep strengthening the coalition for a lasting peace.”', false]]
    ],
    ['The words “not to say” and “needless to say” attribute nothing.', [['“not to say”', false], ['“needless to say”', false]]],
    ['The “report” was never published.', [['“report”', false]]],
    ['The so-called “reform” will cut pensions.', [['“reform”', false]]],
    ['The minister said the so-called “reform” would cut pensions.', [['“reform”', false]]],
    ['“They call it the so-called ‘reform’,” Smith said.', [['“They call it the so-called ‘reform’,”', true], ['‘reform’', true]]],
    // A phrase quoted in mid-sentence takes no speaker from the sentence next to it.
    ['Smith said the vote was fair. The “reform” will cut pensions.', [['“reform”', false]]],
    ['The “reform” will cut pensions. Smith said so on Monday.', [['“reform”', false]]],
    // A label before a colon names no speaker.
    ["Analysis: the 'reform' will cut pensions", [["'reform'", false]]],
    ["The minister: a 'reform' that cuts pensions", [["'reform'", false]]]
  ])
})

describe('a speaker’s statement named by its owner', () => {
  run([
    ['Obama’s claim that “history” was on his side was false.', [['“history”', true]]],
    ['The Foundation’s declaration of “no neutral stance” drew replies.', [['“no neutral stance”', true]]],
    ['His promise of a “great deal” fell flat.', [['“great deal”', true]]],
    // An owner without a word for speech names no speaker.
    ['The plan’s “reform” will cut pensions.', [['“reform”', false]]]
  ])
})

describe('a headline’s speaker before a colon', () => {
  run([
    ["Putin: 'We will win'", [["'We will win'", true]]],
    ["Vladimir Putin: 'We will win'", [["'We will win'", true]]],
    ["Kuleba: Moscow–Pyongyang ties a 'lonely bromance'", [["'lonely bromance'", true]]]
  ])
})
