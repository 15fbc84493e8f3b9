import {describe, expect, test} from 'vitest'
import {lint} from '../../src/index.js'
import {fixture, warningsAndErrors} from '../helpers.js'
import {brief, contextPack} from './helpers.js'

// Neutral news sentences as a new user writes them: votes, weather, court rulings,
// earnings, sports results, hospital admissions, the tax and visa regimes.
const text = fixture('neutral-news.txt')
const sentences = text.split('\n').filter((line) => line.trim() !== '')

describe('neutral news gives no warnings', () => {
  test('the fixture holds about forty sentences', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(40)
  })

  test('the whole text', () => {
    expect(warningsAndErrors(lint(text).messages).map(brief)).toEqual([])
  })

  test('the whole text, with a pack that declares the word senses', () => {
    expect(warningsAndErrors(lint(text, {packs: [contextPack]}).messages).map(brief)).toEqual([])
  })

  test.each(sentences)('%s', (sentence) => {
    expect(warningsAndErrors(lint(sentence, {packs: [contextPack]}).messages).map(brief)).toEqual([])
  })
})
