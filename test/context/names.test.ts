import {describe, expect, test} from 'vitest'
import {lint} from '../../src/index.js'
import {brief, lintTable} from './helpers.js'


describe('names in mid-sentence are not loaded words', () => {
  lintTable([
    ['Brighton blow Red Devils out of the water with a move to replace Pascal Gross.', []],
    ['The rapper Killer Mike performed in Atlanta.', []],
    ['She hosts the Regime Change podcast every week.', []],
    ['Kim introduced Foreign Minister Choe Son Hui to the visitors.', []],
    ['Fans of the Red Devils marched to the ground.', []]
  ])
})

describe('names at the start of a sentence', () => {
  lintTable([
    ['Killer Mike performed in Atlanta.', []],
    ['Red Devils fans marched to the ground.', []],
    ['Pascal Gross played in midfield. Gross scored twice.', []],
    ['Regime Change, the podcast, is back.', []]
  ])
})

describe('the same words where they are loaded', () => {
  lintTable([
    ['The killer was never found.', ['warning context-test killer']],
    ['Killers were never found.', ['warning context-test Killers']],
    ['The regime jailed its critics.', ['warning context-test regime']],
    ['Regime forces shelled the town.', ['warning context-test Regime']],
    ['The result was a gross failure.', ['warning context-test gross']],
    ['The choir sang about the devil.', ['warning context-test devil']],
    // A comma parts a sentence opener from the name after it.
    ['Killers, Smith said, were never found.', ['warning context-test Killers']],
    // Capitals in a title-case headline say nothing about names.
    ['Regime Forces Shell The Town Again', ['warning context-test Regime']],
    ['Despots Meet In The Capital Today', ['warning context-test Despots']]
  ])
})

describe('pronouns for a named person', () => {
  const pronouns = (text: string) =>
    lint(text).messages.filter((message) => ['he-she', 'her-him', 'herself-himself'].includes(message.ruleId)).map(brief)

  test.each([
    ['Putin boarded his plane.', []],
    ['Vladimir Putin waved goodbye from the window of his plane.', []],
    ['Putin waved. Then he left on his plane.', []],
    ['Putin landed in Hanoi.\n\nHe was met by the president.', []],
    ['Smith wrote in her letter that she would resign.', []],
    ['After his arrival, Putin met Kim.', []],
    ['Putin spoke.\n\nputin waves at kim from window of his jet as he leaves', []],
    ['A reporter should check his facts.', ['warning her-him his']],
    ['The council met on Tuesday. A reporter should check his facts.', ['warning her-him his']],
    ['Each nurse must wash her hands before she starts.', ['warning her-him her', 'warning he-she she']],
    ['Every reporter should check his facts himself.', ['warning her-him his', 'warning herself-himself himself']],
    ['If a user forgets his password, he must reset it.', ['warning her-him his', 'warning he-she he']],
    // A pronoun with a definite antecedent, or none, refers to someone.
    ['The reporter checked the figures. Then he filed his story.', []],
    ['She won the 100 metres in 10.85 seconds, a personal best.', []],
    ['A woman was arrested on Monday. She was charged with theft.', []],
    ['A professor who teaches history said she had seen anxious students.', []],
    ['In a tweet, which he quickly deleted, the president shared the clip.', []],
    ['The president is ignoring an important report; he is also ignoring his own advisers.', []]
  ] as Array<[string, string[]]>)('%s', (text, expected) => {
    expect(pronouns(text)).toEqual(expected)
  })
})
