import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'

describe('retext-equality and retext-profanities tuned for news', () => {
  it('give one message for a word that several lists hold, slant’s own first', () => {
    const messages = lint('That was a stupid plan.').messages
    expect(messages.map((message) => [message.actual, message.source])).toEqual([['stupid', 'slant']])
  })

  it.each([
    'The welfare budget grew.',
    'The museum tells the history of slaves in the port.',
    'A spit of land.',
    'One vote was challenged, and the result was challenged in court.',
    'It became a three-way race for the seat.',
    'The company hired a math whiz from MIT.',
    'Plant pansies and violas in April.',
    'The bony fish is hard to fillet.',
    'Crews tried to yank the wreck free before the frost could nip the buds.'
  ])(
    'say nothing about ordinary news words: %s',
    (text) => {
      expect(lint(text).messages).toEqual([])
    }
  )

  it('still report certain profanity', () => {
    expect(lint('What the fuck was that?').messages.map((message) => message.source)).toEqual(['retext-profanities'])
  })
})
