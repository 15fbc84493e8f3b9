import fc from 'fast-check'
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseInParts, partLength} from '../../src/engine/english-parser.js'
import {retextSlant, slantPreset} from '../../src/pipeline.js'
import {comparisonTexts, stories} from '../helpers.js'
import {fuzzParameters} from '../robustness/arbitraries.js'

const parser = unified().use(retextEnglish)

// The parser on the whole text, counting the texts it is given.
function countingParser() {
  const counter = {
    calls: 0,
    parse: (text: string) => {
      counter.calls++
      return parser.parse(text) as Root
    }
  }
  return counter
}

// Paragraphs the parser reads differently alone: a lone letter with its full stop, a
// paragraph of punctuation, one that opens in lower case or with a digit, a quotation
// running over a blank line, blank lines of CR, CRLF and tabs, and one beside a no-break space.
const crafted: Record<string, string> = {
  'an initial before a blank line': 'A.\n\nB.\n\nC. D.\n\nE',
  'paragraphs without words': 'A.\n\nTyrant.\n\nB.\n\nC.\n\n***\n\nD.\n\nE.\n\nF.\n\n.\n\n-\n\nThe regime.\n\nG.\n\nH.\n\n…\n\n',
  'paragraphs in lower case or with digits': 'Critics say so.\n\nbut not all.\n\n2 cats.\n\n(an aside)\n\n” she said.',
  'a quotation over a blank line': '“The despots,\n\nhe said, are gone.”\n\nNext.',
  'line endings': 'One.\r\n\r\nTwo.\r\rThree.\n\r\nFour.\t\n \t\n\tFive.  \n\n  Six.',
  'other white space': 'One.\u00A0\n\nTwo.\n\n\u2028Three.\n\n\n\n\nFour.',
  'blank lines at the ends': '\n\n  Start.\n\nMiddle.\n\nMore.\n\nEnd.\n\n'
}

describe('parsing in parts', () => {
  const texts = {...comparisonTexts(), ...crafted}
  for (const [name, text] of Object.entries(texts)) {
    it(`gives the tree of the whole text, split at every blank line it can be: ${name}`, () => {
      const counter = countingParser()
      const tree = parseInParts(text, counter.parse, 1)
      expect(tree).toEqual(parser.parse(text))
      expect(counter.calls).toBeGreaterThan(1)
    })
  }

  it('gives the tree of the whole text for texts of paragraphs of words, punctuation and white space', () => {
    const pieces = ['A', 'b', 'Mr', 'U.S', '.', '...', '!', '?', ',', '“', '”', "'", '(', ')', '-', '*', '2', ' ', '\t', '\n', '\n\n', '\r\n\r\n', '\n \n', '\u00A0', 'word', "don't", '😀', '\u200D']
    const text = fc.array(fc.constantFrom(...pieces), {maxLength: 80}).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, (value) => {
        expect(parseInParts(value, (part) => parser.parse(part) as Root, 1)).toEqual(parser.parse(value))
      }),
      {...fuzzParameters, numRuns: fuzzParameters.numRuns * 50}
    )
  })

  it('gives the tree of the whole text for a long text on one line, read a window of sentences at a time', () => {
    const line = stories().trim().replace(/\s*\n\s*/g, ' ')
    const text = `${line} ${line}\n\n${line}`
    const counter = countingParser()
    expect(parseInParts(text, counter.parse, 4096)).toEqual(parser.parse(text))
    expect(counter.calls).toBeGreaterThan(10)
  })

  it('gives the tree of the whole text for random lines of sentences, split wherever a window can be', () => {
    const pieces = ['A', 'b', 'Mr', 'U.S', '.', '...', '!', '?', ',', '“', '”', "'", '(', ')', '-', '2', ' ', '  ', '\n', '\u00A0', 'word', 'The despots met.', 'He said so. ', "don't", '😀']
    const text = fc.array(fc.constantFrom(...pieces), {maxLength: 120}).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, fc.integer({min: 1, max: 40}), (value, minLength) => {
        expect(parseInParts(value, (part) => parser.parse(part) as Root, minLength)).toEqual(parser.parse(value))
      }),
      {...fuzzParameters, numRuns: fuzzParameters.numRuns * 50}
    )
  })

  it('leaves a text of one part, and each part of a long text, to one parse', () => {
    const article = stories().trim()
    const onePart = article.slice(0, article.lastIndexOf('\n\n', partLength))
    const long = Array.from({length: 8}, () => article).join('\n\n')
    const [short, parts] = [countingParser(), countingParser()]
    parseInParts(onePart, short.parse)
    expect(short.calls).toBe(1)
    expect(parseInParts(long, parts.parse)).toEqual(parser.parse(long))
    expect(parts.calls).toBeGreaterThan(2)
  })

  it('gives slant the findings of the whole parse on a long text', () => {
    const long = Array.from({length: 4}, () => stories().trim()).join('\n\n')
    const findings = (processor: Processor<any, any, any, any, any>) => {
      const file = new VFile(long)
      processor.runSync(processor.parse(file), file)
      return file.messages.map((message) => [message.ruleId, message.place, message.reason])
    }
    const inParts = findings(unified().use(slantPreset()))
    expect(inParts.length).toBeGreaterThan(50)
    expect(inParts).toEqual(findings(unified().use(retextEnglish).use(retextSlant)))
  })
})
