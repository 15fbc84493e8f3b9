import {describe, expect, it} from 'vitest'
import {builtinPacks} from '../../src/engine/packs.js'
import {inflections} from '../../src/engine/inflect.js'
import {lint} from '../../src/index.js'

const packs = builtinPacks().filter((pack) => pack.entries.length > 0)

// A suggestion that slant flags would send the writer round in circles.
describe('suggestions', () => {
  const suggestions = [...new Set(packs.flatMap((pack) => pack.entries.flatMap((entry) => entry.suggest)))]
  it.each(suggestions)('“%s” is not flagged', (suggestion) => {
    const text = `We saw ${suggestion} there.`
    const flagged = lint(text).messages.filter((message) => message.severity !== 'info')
    expect(flagged).toEqual([])
  })
})

describe('inflections', () => {
  it.each([
    ['despot', 'despots'],
    ['horde', 'hordes'],
    ['crony', 'cronies'],
    ['slam', 'slammed'],
    ['admit', 'admitted'],
    ['visit', 'visited'],
    ['rant', 'ranting'],
    ['gloat', 'gloated'],
    ['lash', 'lashes'],
    ['adore', 'adoring']
  ])('%s gives %s', (word, form) => {
    expect(inflections(word)).toContain(form)
  })
})
