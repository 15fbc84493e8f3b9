import {describe, expect, test} from 'vitest'
import {lint} from '../../src/index.js'
import {warningsAndErrors} from '../helpers.js'
import {brief} from './helpers.js'

// Claims as wire copy attributes them: any noun phrase with a verb of wire attribution, or after
// "according to", or as the agent of a passive, is a source. slant's own packs are used, since
// the point is that their claim rules stay quiet.
const attributed = [
  'The death toll is unprecedented, police said.',
  'The response was unprecedented, the health ministry said.',
  'The figures are unprecedented, a UN spokesperson said.',
  'The damage is unprecedented, according to the health ministry.',
  'Officials said the response was unprecedented.',
  "The senator's remarks were widely condemned by both parties.",
  'The flooding was unprecedented, a spokeswoman for the fire service said.',
  'The heat is unprecedented for June, forecasters said.',
  'The outbreak is unprecedented, doctors at the hospital told reporters.',
  'The blaze was unprecedented in scale, witnesses said.',
  'Officials have said the shortfall is unprecedented.',
  'The losses were unprecedented, the bank said in its annual report.',
  'The surge in applications was unprecedented, said a spokesman for the university.',
  'The demand is unprecedented, the company announced on Monday.',
  'The strike was unprecedented, the union confirmed.',
  'The decision was widely condemned by the opposition.'
]

// Crowds stand in for a source, as the weasel-attribution rule says, whatever their verb.
const unsourced: Array<[string, string[]]> = [
  ['The death toll is unprecedented, critics said.', ['warning unsupported-superlative unprecedented', 'warning weasel-attribution critics']],
  ['Experts said the response was unprecedented.', ['warning weasel-attribution Experts', 'warning unsupported-superlative unprecedented']],
  ['Some officials said the response was unprecedented.', ['warning weasel-attribution Some', 'warning unsupported-superlative unprecedented']],
  ['The damage is unprecedented, according to experts.', ['warning unsupported-superlative unprecedented', 'warning weasel-attribution according to experts']],
  ['The plan was widely condemned by many.', ['warning unsupported-superlative widely condemned', 'warning weasel-attribution many']],
  ['The harvest will probably be late by the next week.', ['warning speculation probably']],
  ['The damage is unprecedented.', ['warning unsupported-superlative unprecedented']]
]

// A quotation's speaker, named where news copy names it.
const speakersWords = [
  // A lower-case start after the attribution ends no quotation.
  '"The tyrant of a winter is over," Smith said. eBay shares rose.',
  '"The tyrant of a winter is over," Smith said.\n\neBay shares rose.',
  // A quotation over several paragraphs opens each and closes in the last; the speaker may be named in any.
  '"The tyrant of a winter took everything from us.\n\n"But the town will be back," the mayor said.',
  '"The tyrant of a winter took everything," the mayor said. "The harbour is gone.\n\n"The despots of the weather have won this year."',
  // A quotation opening the paragraph after attributed speech goes on in the same voice.
  '"We rebuilt the harbour," the mayor said.\n\n"The tyrant of a winter took the boats.\n\n"The despots of the weather will not win."'
]
// But not after a paragraph with no speech in it.
test('a quotation opening a paragraph after narration is no one’s speech', () => {
  expect(warningsAndErrors(lint('The council met on Monday.\n\n"The tyrant of a winter took the boats," it read on a sign.').messages).map(brief)).toEqual(['warning loaded-label tyrant'])
})

describe('wire attribution names a source', () => {
  test.each(attributed)('%s', (sentence) => {
    expect(warningsAndErrors(lint(sentence).messages).map(brief)).toEqual([])
  })
})

describe('a crowd is no source', () => {
  test.each(unsourced)('%s', (sentence, expected) => {
    expect(warningsAndErrors(lint(sentence).messages).map(brief).sort()).toEqual([...expected].sort())
  })
})

describe('the speaker’s words stay the speaker’s', () => {
  test.each(speakersWords)('%s', (text) => {
    const messages = lint(text).messages
    expect(messages.length).toBeGreaterThan(0)
    expect(warningsAndErrors(messages).map(brief)).toEqual([])
  })
})

test('a word before a lower-case start is read without the full stop the parser leaves on it', () => {
  expect(warningsAndErrors(lint('The council mocked. eBay shares rose.').messages).map(brief)).toEqual(['warning loaded-language mocked'])
})
