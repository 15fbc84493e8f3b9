import {describe, expect, test} from 'vitest'
import {lint} from '../../src/index.js'

const scareQuotes = (text: string, format?: 'markdown' | 'html') =>
  lint(text, {format}).messages.filter((message) => message.ruleId === 'scare-quotes')

describe('short quoted phrases with no speaker are scare quotes', () => {
  test.each([
    ["Vladimir Putin waved goodbye to his 'fiery friend' Kim Jong Un.", "'fiery friend'"],
    ['The “reform” will cut pensions.', '“reform”'],
    ['The minister’s “consultation” lasted a single afternoon.', '“consultation”'],
    ['Smith said the vote was fair. The “reform” will cut pensions.', '“reform”'],
    ['Critics call it "an expensive white elephant" now.', '"an expensive white elephant"'],
    ["The nations' 'historic friendship' was on display.", "'historic friendship'"]
  ])('%s', (text, actual) => {
    const messages = scareQuotes(text)
    expect(messages.map((message) => [message.actual, message.severity])).toEqual([[actual, 'warning']])
  })

  test('cites Wikipedia’s words to watch on expressions of doubt', () => {
    const [message] = scareQuotes('The “reform” will cut pensions.')
    expect(message.citation).toMatch(/Words_to_watch#Expressions_of_doubt/)
    expect(message.message).toBe('“reform” is in scare quotes: name who said it, or drop the quotation marks')
    expect(message.expected).toEqual(['reform'])
  })

  test('points at the quotation with its marks', () => {
    const text = "Vladimir Putin waved goodbye to his 'fiery friend' Kim Jong Un."
    const [message] = scareQuotes(text)
    const column = text.indexOf("'fiery") + 1
    expect(message).toMatchObject({line: 1, column, endLine: 1, endColumn: column + "'fiery friend'".length})
  })
})

describe('quotations that are not scare quotes', () => {
  test.each([
    ['She called the plan “reckless”.'],
    ['Kim declared it the ‘strongest ever treaty’ between the two nations.'],
    ['The plan is “reckless”, according to the union.'],
    ['“Reckless,” the union said.'],
    ['“They call it ‘reform’, but it is a cut,” Smith said.'],
    ['The word “regime” comes from French.'],
    ['The phrase “lame duck” dates from the 18th century.'],
    ['The film “Lord of the Rings” opened in 2001.'],
    ['‘Planet Killer’ asteroid will pass Earth this year.'],
    ['Dwayne “The Rock” Johnson starred in the film.'],
    ['The Korean word juche, meaning “self-reliance”, is the state ideology.'],
    ['The sign on the door read “closed” all week.'],
    ['A third of voters identify as “independent”.'],
    ['Dr Fauci predicted a “safe and effective” vaccine by December.'],
    ['The group revealed that 260 million Christians face “high levels of persecution.”'],
    ['Marchers chanted “black lives matter” outside the tavern.'],
    ['The Charter does stipulate that “due regard” shall be paid to it.'],
    ['“Unconscionable,” the senator shouted.'],
    ['Floyd, who gasped “I can’t breathe”, died in May.'],
    ['The bill defines “person” as a human being who has been born.'],
    ['Schools use the gender-neutral pronoun “hen” for pupils.'],
    ['The slogan of “defund the police” spread in June.'],
    ['He wears the nickname “working class Joe” with pride.'],
    ['The host used euphemisms like “Western civilization” on air.'],
    // A quotation that is its whole sentence is speech, as in dialogue.
    ['“It is a British Austin, the smallest they make.”\n\n“Get much mileage?”'],
    ['He shook his head. “Never.”'],
    // Five words and more read as a quotation, not as a scare quote.
    ['Critics call it "a very expensive white elephant" now.'],
    ['“The best way to respond is to keep strengthening the coalition for a lasting peace.”'],
    ["Russia's war and the nations' ties don't change."],
    ["Moscow and Pyongyang have been allies since North Korea 's founding."],
    ["The band played rock 'n' roll hits from the '90s."],
    // One doubt, reported once, by the doubt-marker rule on "so-called".
    ['The so-called “experts” disagreed.'],
    // A mark never closed: a stray, or a quotation that goes on in the next paragraph.
    ['The «despots met.'],
    ['She wrote ‘reform now']
  ])('%s', (text) => {
    expect(scareQuotes(text)).toEqual([])
  })

  test('block quotes and quotation elements are quotations, not scare quotes', () => {
    expect(scareQuotes('> Reform now.\n', 'markdown')).toEqual([])
    expect(scareQuotes('<blockquote><p>Reform now.</p></blockquote>', 'html')).toEqual([])
  })
})

test('“so-called” with quote marks is one finding, the doubt marker', () => {
  expect(lint('The so-called “experts” disagreed.').messages.map((message) => [message.ruleId, message.actual])).toEqual([['doubt-marker', 'so-called']])
})
