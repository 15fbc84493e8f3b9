import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import type {SlantVFileMessage} from '../../src/engine/finding.js'
import {partLength} from '../../src/engine/english-parser.js'
import {lintProse} from '../../src/lint-prose.js'
import type {SlantOptions} from '../../src/options.js'
import {linterFor} from '../../src/pipeline.js'
import {comparisonTexts, stories} from '../helpers.js'
import {fuzzParameters, proseText} from '../robustness/arbitraries.js'

function fileOf(text: string): VFile {
  const file = new VFile({value: text})
  file.data.slantMarkup = {quoteSpans: [], citationSpans: []}
  return file
}

const fields = (messages: SlantVFileMessage[]) =>
  messages.map((message) => {
    const place = message.place && 'start' in message.place ? message.place : undefined
    const {ruleId, source, reason, fatal, actual, expected, note, url, family, citation} = message
    return {start: place?.start, end: place?.end, ruleId, source, reason, fatal, actual, expected, note, url, family, citation}
  })

// The findings of one pass over the whole tree, which lintProse gives for short texts.
function wholeTreeFindings(text: string, options: SlantOptions) {
  const {processor} = linterFor(options)
  const file = fileOf(text)
  processor.runSync(processor.parse(file), file)
  return fields(file.messages as SlantVFileMessage[])
}

function partsFindings(text: string, options: SlantOptions) {
  const file = fileOf(text)
  lintProse(file, linterFor(options))
  return fields(file.messages as SlantVFileMessage[])
}

const optionSets: Record<string, SlantOptions> = {
  default: {},
  'quotes as warnings': {quotes: 'warning'},
  'own rules only': {equality: {enabled: false}, profanity: {enabled: false}}
}

describe('long prose read a part of the tree at a time', () => {
  // Each text runs over several parts (partLength is 4 kB) and gives findings in each.
  const brown = Object.entries(comparisonTexts())
    .filter(([name]) => name.startsWith('Brown'))
    .map(([, text]) => text)
    .slice(0, 4)
  const texts: Record<string, string> = {
    'the project’s stories': stories(),
    'Brown samples in one file': brown.join('\n\n'),
    // A quotation left open at a part's end, and pronouns whose antecedent stands in the part before.
    'quotations and pronouns across parts': Array.from({length: 300}, (_, n) =>
      n % 3 === 0 ? '“The despots are gone,\n\n“and the regime with them,” he said. She said the chairman was stupid.' : 'Critics say the hordes were a pariah state. Each nurse should do his job.'
    ).join('\n\n')
  }

  it.each(Object.keys(texts))('gives the whole tree’s findings on %s', (name) => {
    const text = texts[name]
    expect(text.length).toBeGreaterThan(2 * partLength)
    for (const options of Object.values(optionSets)) {
      const expected = wholeTreeFindings(text, options)
      expect(expected.length).toBeGreaterThan(0)
      expect(partsFindings(text, options)).toEqual(expected)
    }
  })

  it('gives the whole tree’s findings on random long prose', () => {
    const longProse = fc.array(proseText, {minLength: 40, maxLength: 80}).map((paragraphs) => paragraphs.join('\n\n').repeat(40))
    fc.assert(
      fc.property(longProse, (text) => {
        fc.pre(text.length > partLength)
        expect(partsFindings(text, {})).toEqual(wholeTreeFindings(text, {}))
      }),
      {...fuzzParameters, numRuns: Math.min(fuzzParameters.numRuns, 10)}
    )
  })
})
