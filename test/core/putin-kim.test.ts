import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'
import {putinKim, putinKimPath, warningsAndErrors} from '../helpers.js'

const result = lint(putinKim(), {path: putinKimPath.pathname})
const flagged = warningsAndErrors(result.messages)
const flaggedWords = flagged.map((message) => message.actual.toLowerCase())

describe('the Putin–Kim article', () => {
  it.each(['despots', 'tyrant', 'smirking', 'dictator', 'pariah', 'regime', 'mouthpiece', 'propagandist', 'hordes', 'adoring', 'rapturous', 'gaggle'])(
    'flags “%s” in the writer’s voice',
    (word) => {
      expect(flaggedWords.some((actual) => actual.includes(word))).toBe(true)
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
