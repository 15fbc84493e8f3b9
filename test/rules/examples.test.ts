import {describe, expect, it} from 'vitest'
import {dropInProblems, entryFindings} from '../../src/docs/entry-examples.js'
import {builtinPacks} from '../../src/engine/packs.js'
import type {RuleEntry, RulePack} from '../../src/engine/rule-pack.js'

// The RuleTester of slant's packs: every entry's own sentences, flagged or passed, and its drop-in
// fixes applied to the sentences it flags.
const packs = builtinPacks().filter((pack) => pack.entries.length > 0)
const severityOf = (entry: RuleEntry, pack: RulePack) => entry.severity ?? pack.severity
const needsPass = (entry: RuleEntry, pack: RulePack) => Boolean(entry.pos || entry.unless || entry.when || pack.when.length > 0)

describe.each(packs.map((pack) => [pack.id, pack] as const))('%s', (_id, pack) => {
  it.each(pack.entries.map((entry) => [entry.id, entry] as const))('%s: flags its flag examples and passes its pass examples', (_entryId, entry) => {
    expect(entry.examples.flag.length).toBeGreaterThan(0)
    if (needsPass(entry, pack)) expect(entry.examples.pass.length).toBeGreaterThan(0)
    const severity = severityOf(entry, pack)
    for (const sentence of entry.examples.flag) expect(entryFindings(sentence, entry.id, severity), sentence).not.toEqual([])
    for (const sentence of entry.examples.pass) expect(entryFindings(sentence, entry.id, severity), sentence).toEqual([])
  })

  const withDropIns = pack.entries.filter((entry) => entry.suggest.length > 0)
  it.each(withDropIns.map((entry) => [entry.id, entry] as const))('%s: every drop-in fix of its flag examples clears the finding and keeps the word class', (_entryId, entry) => {
    const problems = entry.examples.flag.flatMap((sentence) => dropInProblems(sentence, entry.id, severityOf(entry, pack)).map(({problem}) => problem))
    expect(problems).toEqual([])
  })
})

describe('entry ids', () => {
  it('are unique across packs and never a pack id', () => {
    const packIds = new Set(builtinPacks().map((pack) => pack.id))
    const ids = packs.flatMap((pack) => pack.entries.map((entry) => entry.id))
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.filter((id) => packIds.has(id))).toEqual([])
  })
})
