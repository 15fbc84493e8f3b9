import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {decodeInput} from '../../src/cli/read-input.js'
import {lint, type Format} from '../../src/index.js'
import {checkMessages, fuzzParameters, lintsCleanly, markupText, proseText, runsProperty} from './arbitraries.js'

describe('lint() on random input', () => {
  it.runIf(runsProperty('text'))('random prose-like strings as plain text', () => {
    fc.assert(fc.property(proseText, (text) => lintsCleanly(text, 'text')), fuzzParameters)
  })

  it.runIf(runsProperty('units'))('random strings of any code units, lone surrogates included', () => {
    const units = fc.array(fc.integer({min: 0, max: 0xffff}), {maxLength: 200}).map((codes) => String.fromCharCode(...codes))
    fc.assert(fc.property(units, fc.constantFrom<Format>('text', 'markdown', 'html'), lintsCleanly), fuzzParameters)
  })

  for (const format of ['markdown', 'mdx', 'html'] as const) {
    it.runIf(runsProperty(format))(`random Markdown-like structures as ${format}`, () => {
      fc.assert(fc.property(markupText, (text) => lintsCleanly(text, format)), fuzzParameters)
    })
  }

  it.runIf(runsProperty('bytes'))('random byte buffers decoded as the CLI does', () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 400}), fc.constantFrom('a.txt', 'a.md'), (bytes, path) => {
        const input = decodeInput(bytes, path, 'found')
        if (input.kind === 'skipped') {
          expect(input.result.messages).toEqual([expect.objectContaining({ruleId: 'binary', severity: 'info', line: 1, column: 1})])
          return
        }
        const {messages} = lint(input.text, {path})
        checkMessages(input.text, messages, path === 'a.txt' ? 'text' : 'markdown')
      }),
      fuzzParameters
    )
  })
})
