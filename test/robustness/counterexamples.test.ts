import {describe, it} from 'vitest'
import type {Format} from '../../src/index.js'
import {lintsCleanly} from './arbitraries.js'

// Inputs the fuzz found that broke a property of lint(), each with what broke.
const counterexamples: Array<[string, Format, string]> = [
  // The reference decodes to a letter against the URL, so the URL had no word boundary and was read as prose.
  ['a character reference before a URL', 'html', '"&#116;http://x.y/z\ndespots"despots']
]

describe('counterexamples the fuzz found', () => {
  it.each(counterexamples)('%s (%s)', (_cause, format, text) => lintsCleanly(text, format))
})
