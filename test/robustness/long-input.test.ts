import fc from 'fast-check'
import {describe, it} from 'vitest'
import type {Format} from '../../src/index.js'
import {fuzzing, fuzzParameters, lintsCleanly, markupText, runsProperty} from './arbitraries.js'

// Documents long enough to be read a part at a time: random ones, doubled until they are.
const longDocument = fc.array(markupText, {minLength: 2, maxLength: 6}).map((documents) => {
  let text = documents.join('\n\n')
  while (text.length < 80_000) text += `\n\n${text}`
  return text
})

// A long document costs about as much as two hundred short ones, so `npm test` leaves them to
// the tests that compare the parts with the whole (test/perf), and `npm run fuzz` runs fewer.
const longCases = {...fuzzParameters, numRuns: Math.max(1, Math.round(fuzzParameters.numRuns / 200))}

describe('lint() on random long input', () => {
  it.runIf(fuzzing && runsProperty('long')).each<Format>(['text', 'markdown', 'mdx', 'html'])('random long documents as %s', (format) => {
    fc.assert(
      fc.property(longDocument, (text) => lintsCleanly(text, format)),
      longCases
    )
  })
})
