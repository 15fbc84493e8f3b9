import {describe, expect, it} from 'vitest'
import {builtinPacks} from '../../src/engine/packs.js'
import {inflections} from '../../src/engine/inflect.js'
import type {Condition} from '../../src/engine/rule-pack.js'
import {lint} from '../../src/index.js'

const packs = builtinPacks().filter((pack) => pack.entries.length > 0)

// Every entry of every pack fires in a plain sentence in the writer's voice,
// under its own rule id and with its text as `actual`. Entries whose conditions
// need a context (a verb after the crowd, "be" before the participle, speech
// after the verb) are tested by their packs' case tables in test/claims/.
const frame = ['we', 'saw', 'there']
const firesInFrame = (words: string[]) => !words.some((word) => frame.includes(word))
const contextual: Condition[] = ['crowd-speaks', 'passive', 'introduces-speech']
const needsContext = (conditions: readonly Condition[]) => conditions.some((condition) => contextual.includes(condition))
const framedPacks = packs.filter((pack) => !needsContext(pack.when))

describe.each(framedPacks.map((pack) => [pack.id, pack] as const))('%s: every entry is found', (_id, pack) => {
  const entries = pack.entries.filter(
    (entry) => firesInFrame(Object.values(entry.unless ?? {}).flat()) && !needsContext(entry.when ?? pack.when)
  )
  it.each(entries.map((entry) => [entry.term, entry] as const))('%s', (term, entry) => {
    const found = lint(`We saw ${term} there.`).messages.filter((message) => message.ruleId === pack.id)
    expect(found.map((message) => message.actual.toLowerCase())).toContain(term.toLowerCase())
    expect(found[0].severity).toBe(entry.severity ?? pack.severity)
    expect(found[0].expected).toEqual(entry.suggest)
  })
})

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
