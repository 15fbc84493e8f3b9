import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {findingsOf} from '../../eval/findings.js'
import {judgeGold, type Gold} from '../../eval/putin-kim-gold.js'
import {builtinPacks} from '../../src/engine/packs.js'
import {lint} from '../../src/index.js'
import {putinKim, putinKimPath} from '../helpers.js'

const gold = JSON.parse(readFileSync(new URL('../fixtures/putin-kim-gold.json', import.meta.url), 'utf8')) as Gold
const article = putinKim()
const findings = findingsOf(article, lint(article, {path: putinKimPath.pathname}).messages)
const results = judgeGold(article, gold, findings)
// A family's judgments are enforced once one of its rule packs ships.
const shippedFamilies = new Set(builtinPacks().map((pack) => pack.family))

describe('the Putin–Kim gold list', () => {
  it('names phrases that occur in the article', () => {
    expect(results.filter((result) => !result.present).map((result) => result.item.text)).toEqual([])
  })

  for (const result of results) {
    const {text, family, expect: expectation} = result.item
    const verb = expectation === 'flag' ? 'flags' : 'leaves quiet'
    it.skipIf(!shippedFamilies.has(family))(`${verb} “${text}” (${family})`, () => {
      expect(result.passed).toBe(true)
    })
  }

  it(`gives at most ${gold.maxWarningsAndErrors} warnings and errors`, () => {
    expect(findings.length).toBeLessThanOrEqual(gold.maxWarningsAndErrors)
  })
})
