import {describe, expect, test} from 'vitest'
import {brief, lintTable, lintWithPack} from './helpers.js'


describe('loaded words are the speaker’s inside attributed quotations', () => {
  lintTable([
    ['“The vote was a sham,” Smith said.', ['info context-test sham']],
    ['“The vote was a sham,” said Smith.', ['info context-test sham']],
    ['Smith said: “The vote was a sham.”', ['info context-test sham']],
    ['Smith called the vote ‘a sham’.', ['info context-test sham']],
    ["'The vote was a sham,' Smith told reporters.", ['info context-test sham']],
    ['"The vote was a sham," the agency reported.', ['info context-test sham']],
    ['The vote was “a sham”, according to the union.', ['info context-test sham']],
    ['In a statement, the union said the vote was “a sham”.', ['info context-test sham']],
    ['The union described the vote as “a sham”.', ['info context-test sham']],
    ['“We lost. The vote was a sham. We will appeal,” Smith said.', ['info context-test sham']],
    ['“They call it ‘a sham’, and so do I,” Smith said.', ['info context-test sham']],
    ['Smith spoke after the count. “The vote was a sham.”', ['info context-test sham']],
    ['“The vote was a sham.” Smith said so twice.', ['info context-test sham']],
    ['Smith said: “We lost.\n\n“The vote was a sham.”', ['info context-test sham']]
  ])
})

describe('words quoted to mention them are not the writer’s usage', () => {
  lintTable([
    ['The word “sham” comes from northern English.', ['info context-test sham']],
    ['He avoided the term ‘sham vote’ all week.', ['info context-test sham']],
    ['A banner reading “Sham vote” hung from the bridge.', ['info context-test Sham']]
  ])

  test('the message says the word is mentioned', () => {
    const [message] = lintWithPack('The word “sham” comes from northern English.')
    expect(message.message).toBe('“sham” is mentioned, not used')
    expect(message.note).toMatch(/^Quoted as a word, a name or a sign’s text/)
    expect(message.expected).toEqual([])
  })
})

describe('loaded words in the writer’s voice stay warnings', () => {
  lintTable([
    ['The vote was a sham.', ['warning context-test sham']],
    ['The vote was a sham, Smith said.', ['warning context-test sham']],
    ['“The vote was a sham from start to finish.”', ['warning context-test sham']],
    ['Smith said the count was over. The vote was a sham.', ['warning context-test sham']],
    ['The so-called “sham” vote went ahead.', ['warning context-test sham']],
    ["Russia's despot and the nations' despots don't agree.", ['warning context-test despot', 'warning context-test despots']]
  ])
})

describe('quotations in markup', () => {
  lintTable(
    [
      ['Smith wrote in her letter:\n\n> The vote was a sham.\n', ['info context-test sham']],
      ['> The vote was a sham.\n\nSmith wrote that in a letter to members.\n', ['info context-test sham']],
      ['> The vote was a sham.\n', ['warning context-test sham']],
      ['> The vote was a sham.\n>\n> — Jane Smith, opposition leader\n', ['info context-test sham']],
      ['Smith said that *“the vote was a sham”*.', ['info context-test sham']]
    ],
    {format: 'markdown'}
  )
  lintTable(
    [
      ['<p>Smith said <q>the vote was a sham</q> on Monday.</p>', ['info context-test sham']],
      ['<p>Smith wrote:</p><blockquote><p>The vote was a sham.</p></blockquote>', ['info context-test sham']],
      ['<blockquote><p>The vote was a sham.</p></blockquote>', ['warning context-test sham']]
    ],
    {format: 'html'}
  )
})

describe('the quotes option', () => {
  const text = '“The vote was a sham,” Smith said. The count was a sham.'
  test.each([
    ['ignore', ['warning context-test sham']],
    ['info', ['info context-test sham', 'warning context-test sham']],
    ['warning', ['warning context-test sham', 'warning context-test sham']]
  ] as const)('quotes: %s', (quotes, expected) => {
    expect(lintWithPack(text, {quotes}).map(brief)).toEqual(expected)
  })

  test('the info message says whose words they are and suggests no rewording', () => {
    const [message] = lintWithPack(text)
    expect(message).toMatchObject({message: '“sham” is the speaker’s word, in an attributed quotation', expected: []})
    expect(message.note).toMatch(/attributed to a speaker: the words are theirs/)
  })

  test('equality findings in a quotation are the speaker’s too', () => {
    expect(lintWithPack('“Every nurse must wash her hands,” the minister said.').map(brief)).toEqual(['info her-him her'])
  })
})

describe('positions point into the source', () => {
  test('markdown block quote', () => {
    const source = 'Smith wrote:\n\n> The vote was a **sham**, she added.\n'
    const [message] = lintWithPack(source, {format: 'markdown'})
    const column = source.split('\n')[2].indexOf('sham') + 1
    expect(message).toMatchObject({line: 3, column, endLine: 3, endColumn: column + 4, actual: 'sham', severity: 'info'})
  })

  test('html quotation with an entity before it', () => {
    const source = '<p>Smith &amp; Jones said <q>a sham</q>.</p>'
    const [message] = lintWithPack(source, {format: 'html'})
    expect(message).toMatchObject({line: 1, column: source.indexOf('sham') + 1, endColumn: source.indexOf('sham') + 5})
  })
})
