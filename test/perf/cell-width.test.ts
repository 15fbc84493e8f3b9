import fc from 'fast-check'
import stringWidth from 'string-width'
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'
import cellWidth, {narrowText} from '../../src/report/cell-width.js'
import {comparisonTexts} from '../helpers.js'
import {fuzzParameters} from '../robustness/arbitraries.js'

describe('cellWidth gives string-width’s widths', () => {
  it('for every character it counts itself, alone and among others', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code)
      if (!narrowText.test(character)) continue
      expect([cellWidth(character), cellWidth(`a${character}b`)], `U+${code.toString(16)}`).toEqual([stringWidth(character), stringWidth(`a${character}b`)])
    }
  })

  it('for the cells of the stylish report, most of which it counts itself', () => {
    const cells = Object.values(comparisonTexts()).flatMap((text) =>
      lint(text).messages.flatMap((message) => [message.message, message.ruleId, message.source, `${message.line}:${message.column}`, message.note ?? ''])
    )
    expect(cells.map(cellWidth)).toEqual(cells.map((cell) => stringWidth(cell)))
    expect(cells.filter((cell) => narrowText.test(cell)).length / cells.length).toBeGreaterThan(0.9)
  })

  it('for any text: emoji, East Asian, combining and control characters, escape codes', () => {
    const text = fc.oneof(fc.string({unit: 'binary'}), fc.string({unit: fc.constantFrom('a', '“', '©', '界', '\u0301', '\u200d', '\x1b[31m', '👍🏽', '\r\n', '–')}))
    fc.assert(
      fc.property(text, (value) => cellWidth(value) === stringWidth(value)),
      {...fuzzParameters, numRuns: fuzzParameters.numRuns * 25}
    )
  })
})
