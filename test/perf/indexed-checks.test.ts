import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import retextEquality from 'retext-equality'
import retextProfanities, {type Options as ProfanityPluginOptions} from 'retext-profanities'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {newsEqualityOptions, newsProfanityOptions} from '../../src/rules/news-tuning.js'
import {retextEqualityIndexed, type EqualityIndexOptions} from '../../src/rules/equality-index.js'
import {retextProfanityIndexed, type ProfanityIndexOptions} from '../../src/rules/profanity-index.js'
import {comparisonTexts} from '../helpers.js'

type Transformer = (tree: Root, file: VFile) => void

const crafted = [
  // `or` patterns: pairs joined by and, or, a slash; alone; in the other order; across sentences
  'Each user says he or she wants it. Ask him and her. Tell him/her today. He/she left.',
  'She spoke first. He answered. Her view and his view differ. Him, her and them.',
  'The chairman and chairwoman met; the chairwoman and the chairman left. Policemen or policewomen.',
  // apostrophe phrases, straight and curly, and possessives
  "He's here, she's there. He’d go if she’d come. She'll know, he’ll see. The man's hat.",
  // plurals and singulars of profanity, the regular words kept with apostrophes
  "What the hell. Hell's bells! Shits and shit, bastards, a bastard. Damn it, damns. Whores, whore's.",
  // capitalised patterns match as written only
  'Some kids have ADD; add the numbers. A Gipsy band, a gipsy moth. Indian country, indian country.',
  // wildcards, multi-word phrases, overlapping phrases
  'He is a father of three and the father of two. Make America great again. Make the country great again.',
  'The master plan of the mastermind. A master key. Mankind and man-made fibres, manmade goods.',
  // literals: words set off in quotes, parentheses or dashes are mentioned, not used
  'The word “fireman” is old. Do not say (crazy) here. Crazy - said as a word. A "lame" excuse.',
  // hyphens, dashes and odd spacing
  'A cripple-like gait. The blind-spot, the  blind   spot. An able-bodied man. Ablebodied.',
  ''
]

const optionSets: Array<{name: string; equality: EqualityIndexOptions; profanity: ProfanityIndexOptions}> = [
  {name: 'news tuning', equality: newsEqualityOptions({}), profanity: newsProfanityOptions({})},
  {name: 'plugin defaults', equality: {}, profanity: {}},
  {name: 'binary pairs, sureness 1', equality: {binary: true}, profanity: {sureness: 1}},
  {name: 'user ignores', equality: {ignore: ['he', 'chairman', 'master plan']}, profanity: {ignore: ['hell', 'shit'], sureness: 0}}
]

const parser = unified().use(retextEnglish)

function messagesOf(text: string, transformer: Transformer) {
  const file = new VFile({value: text})
  transformer(parser.parse(file) as Root, file)
  return file.messages
}

// What a reader of the message sees, field by field, for a readable diff.
const fields = (messages: VFile['messages']) =>
  messages.map((message) => ({
    reason: message.reason,
    ruleId: message.ruleId,
    source: message.source,
    actual: message.actual,
    expected: message.expected,
    note: message.note,
    url: message.url,
    place: message.place,
    fatal: message.fatal,
    stack: message.stack,
    profanitySeverity: (message as {profanitySeverity?: number}).profanitySeverity
  }))

function expectSameMessages(text: string, original: Transformer, indexed: Transformer) {
  const expected = messagesOf(text, original)
  const actual = messagesOf(text, indexed)
  expect(fields(actual)).toEqual(fields(expected))
  expect(actual.map((message) => message.ancestors?.map((node) => node.position))).toEqual(
    expected.map((message) => message.ancestors?.map((node) => node.position))
  )
}

describe.each(optionSets)('compiled equality and profanity checks, $name', ({equality, profanity}) => {
  const texts = [
    {name: 'crafted cases', text: crafted.join('\n\n')},
    ...Object.entries(comparisonTexts()).map(([name, text]) => ({name, text}))
  ]

  it.each(texts)('equality: the same messages as retext-equality on $name', ({text}) => {
    expectSameMessages(text, retextEquality(equality) as Transformer, retextEqualityIndexed(equality))
  })

  it.each(texts)('profanity: the same messages as retext-profanities on $name', ({text}) => {
    // cuss rates sureness 0 to 2, which slant's options type as any number.
    expectSameMessages(text, retextProfanities(profanity as ProfanityPluginOptions) as Transformer, retextProfanityIndexed(profanity))
  })
})

describe('the crafted cases exercise what they claim to', () => {
  const text = crafted.join('\n\n')

  it('pairs are reported alone and not when joined', () => {
    const messages = messagesOf(text, retextEqualityIndexed({binary: true}))
    const actuals = messages.map((message) => message.actual)
    expect(actuals).not.toContain('he or she')
    expect(actuals).toContain('He')
    expect(messages.filter((message) => message.ruleId === 'he-she').length).toBeGreaterThan(0)
  })

  it('apostrophe phrases, plurals and wildcards are found', () => {
    const equality = messagesOf(text, retextEqualityIndexed()).map((message) => message.actual)
    const profanity = messagesOf(text, retextProfanityIndexed()).map((message) => message.actual)
    expect(equality).toEqual(expect.arrayContaining(["He's", 'she’d', 'father of three', 'ADD']))
    expect(equality).not.toContain('add')
    expect(profanity).toEqual(expect.arrayContaining(["Hell's", 'Shits', 'bastard', "whore's"]))
  })

  it('a word set off as a literal is not reported', () => {
    const equality = messagesOf(crafted[8], retextEqualityIndexed()).map((message) => message.actual)
    expect(equality).not.toContain('fireman')
    expect(equality).not.toContain('crazy')
  })
})
