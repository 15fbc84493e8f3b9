import {readFileSync} from 'node:fs'
import {beforeAll, expect, it} from 'vitest'
import {lint, type LintResult, type SlantMessage} from '../../src/index.js'
import {describeWithSharedFile, putinKimInShared, warningsAndErrors} from '../helpers.js'

describeWithSharedFile(putinKimInShared, 'the Putin–Kim article', (path) => {
  let result: LintResult
  let flagged: SlantMessage[]
  beforeAll(() => {
    result = lint(readFileSync(path, 'utf8'), {path})
    flagged = warningsAndErrors(result.messages)
  })

  it.each(['despots', 'tyrant', 'smirking', 'dictator', 'pariah', 'regime', 'mouthpiece', 'propagandist', 'hordes', 'adoring', 'rapturous', 'gaggle'])(
    'flags “%s” in the writer’s voice',
    (word) => {
      expect(flagged.some((message) => message.actual.toLowerCase().includes(word))).toBe(true)
    }
  )

  it('gives at most 45 warnings and errors', () => {
    expect(flagged.length).toBeGreaterThan(0)
    expect(flagged.length).toBeLessThanOrEqual(45)
  })

  // alex's noise on this article: names, groups, gendered words for named people, ordinary words.
  it.each([
    'africa', 'catholics', 'european', 'joint', 'dead', 'remains', 'killer', 'gross', 'red devils', 'devils', 'man utd',
    'man', 'special military operation', 'special', 'his host', 'host', 'his sister', 'sister', 'fellow', 'choe son hui',
    'he', 'his', 'him', 'desire', 'coloured balloons', 'coloured', 'weapons', 'soviet', 'japanese', 'backseat', 'blow',
    'illegal', 'just'
  ])('says nothing about “%s”', (noise) => {
    expect(result.messages.map((message) => message.actual.toLowerCase())).not.toContain(noise)
  })

  it('counts words and density', () => {
    expect(result.stats.words).toBeGreaterThan(4000)
    expect(result.stats.density).toBeCloseTo((flagged.length / result.stats.words) * 1000, 1)
  })
})
