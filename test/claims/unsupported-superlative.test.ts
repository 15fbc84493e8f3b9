import {describe} from 'vitest'
import {caseTable} from './cases.js'

describe('unsupported-superlative', () => {
  caseTable(
    'unsupported-superlative',
    [
      {text: 'The two countries are closer now than at any time since the Cold War.', actual: 'than at any time', attributed: 'The two countries are closer now than at any time since the Cold War, said Fiona Hill.'},
      {text: 'It was the strongest ever storm to hit the island.', actual: 'strongest ever', attributed: 'It was the strongest ever storm to hit the island, according to the Met Office.'},
      {text: 'The scale of the flooding is unprecedented.', actual: 'unprecedented', attributed: 'The scale of the flooding is unprecedented, the Environment Agency said.'},
      {text: 'For the first time ever, the team reached the final.', actual: 'For the first time ever', attributed: 'For the first time ever, the team reached the final ([UEFA](https://www.uefa.com/)).'},
      {text: 'Prices have never before risen so fast.', actual: 'never before', attributed: 'Prices have never before risen so fast, according to the Office for National Statistics.'},
      {text: 'Everyone knows the budget is too small.', actual: 'Everyone knows', attributed: 'Everyone knows the budget is too small, Mayor Ada Kent told reporters.'},
      {text: 'The visit comes amid growing concerns about arms sales.', actual: 'growing concerns', attributed: 'The visit comes amid growing concerns about arms sales, NATO said.'},
      {text: 'The minister faces mounting criticism over the delay.', actual: 'mounting criticism', attributed: 'The minister faces mounting criticism over the delay.[^1]'},
      {text: 'The decision was widely condemned.', actual: 'widely condemned', attributed: 'The decision was widely condemned (Source: Ipsos poll, May 2024).'},
      {text: 'It is one of the greatest novels of the century.', actual: 'one of the greatest', attributed: 'It is one of the greatest novels of the century, the critic James Wood wrote.'},
      {text: 'The port is one of the most important in Europe.', actual: 'one of the most important', attributed: 'The port is one of the most important in Europe, according to Eurostat.'}
    ],
    [
      'The strongest storm this year hit the island.',
      'Kim declared it the strongest ever treaty between the two nations.',
      'The company grew faster than at any time since 1990, according to its annual report.',
      'He had seen the sea before.',
      'Concerns about arms sales are growing, NATO said.',
      'The hall is one of the most recently built on the campus.',
      'It is one of the most common birds in Europe.',
      'One of the guards was injured.'
    ]
  )
})
