import {readFileSync} from 'node:fs'
import {beforeAll, expect, it} from 'vitest'
import {findingsOf, type Finding} from '../../eval/findings.js'
import {judgeGold, type Gold, type GoldResult} from '../../eval/putin-kim-gold.js'
import {builtinPacks} from '../../src/engine/packs.js'
import {lint} from '../../src/index.js'
import {describeWithSharedFile, fixture, putinKimInShared} from '../helpers.js'

const gold = JSON.parse(fixture('putin-kim-gold.json')) as Gold
// A family's judgments are enforced once one of its rule packs ships.
const shippedFamilies = new Set<string>(builtinPacks().map((pack) => pack.family))

describeWithSharedFile(putinKimInShared, 'the Putin–Kim gold list', (path) => {
  let findings: Finding[]
  let results: GoldResult[]
  beforeAll(() => {
    const article = readFileSync(path, 'utf8')
    findings = findingsOf(article, lint(article, {path}).messages)
    results = judgeGold(article, gold, findings)
  })

  it('names phrases that occur in the article', () => {
    expect(results.filter((result) => !result.present).map((result) => result.item.text)).toEqual([])
  })

  // One result per gold item, in its order.
  gold.items.forEach(({text, family, expect: expectation}, index) => {
    const verb = expectation === 'flag' ? 'flags' : 'leaves quiet'
    it.skipIf(!shippedFamilies.has(family))(`${verb} “${text}” (${family})`, () => {
      expect(results[index].passed).toBe(true)
    })
  })

  it(`gives at most ${gold.maxWarningsAndErrors} warnings and errors`, () => {
    expect(findings.length).toBeLessThanOrEqual(gold.maxWarningsAndErrors)
  })
})
