import {describe, expect, it} from 'vitest'
import {builtinPacks} from '../../src/engine/packs.js'
import {lint} from '../../src/index.js'
import {formatReport} from '../../src/report/format-report.js'

// An entry id reaches the report, and names the entry wherever a rule id is taken.
const text = 'The regime held a parade for the despot.'
const found = (options = {}, source = text) => lint(source, {path: 'draft.md', ...options}).messages.map((message) => message.entry ?? message.ruleId)

describe('entry ids', () => {
  it('are given with each finding of a pack entry, with a link to the entry in the catalogue', () => {
    const despot = lint(text).messages.find((message) => message.entry === 'despot')
    expect(despot).toMatchObject({ruleId: 'loaded-label', entry: 'despot', actual: 'despot', expected: ['leader', 'ruler', 'head of state']})
    expect(despot?.url).toMatch(/docs\/rules\.md#despot$/)
  })

  it('turn one entry off in `allow`, leaving the rest of its pack', () => {
    expect(found()).toEqual(['regime', 'despot'])
    expect(found({allow: ['despot']})).toEqual(['regime'])
  })

  it('set one entry under `rules`', () => {
    const severities = lint(text, {rules: {despot: 'info'}}).messages.map((message) => `${message.entry}:${message.severity}`)
    expect(severities).toEqual(['regime:warning', 'despot:info'])
  })

  it('silence one entry in a disable comment, and a stale one is reported', () => {
    expect(found({}, `<!-- slant-disable-next-line despot -->\n${text}\n`)).toEqual(['regime'])
    expect(found({}, `<!-- slant-disable-next-line tyrant -->\n${text}\n`)).toEqual(['unused-disable', 'regime', 'despot'])
  })
})

describe('drop-in suggestions', () => {
  it.each([
    ['The two despots met.', 'despots', ['leaders', 'rulers', 'heads of state']],
    ['The council slams the plan.', 'slams', ['criticises', 'criticizes', 'condemns', 'says']],
    ['The council slammed the plan.', 'slammed', ['criticised', 'criticized', 'condemned', 'said']],
    ['He was smirking at reporters.', 'smirking', ['smiling']],
    ['Prices skyrocketed last year.', 'skyrocketed', ['rose', 'increased']],
    ['Prices have skyrocketed.', 'skyrocketed', ['risen', 'increased']],
    ['Hordes of tourists arrived.', 'Hordes', ['crowds', 'groups', 'large numbers']],
    ['The mayor hit out at the council on Monday.', 'hit out at', ['criticized']],
    ['The mayor will hit out at the council.', 'hit out at', ['criticize']],
    ['The minister snubbed the summit.', 'snubbed', ['declined', 'did not invite', 'did not attend']],
    ['The council kowtowed to the developers.', 'kowtowed', ['deferred']]
  ])('agree with the words they replace: %s', (sentence, actual, expected) => {
    const message = lint(sentence).messages.find((each) => each.actual === actual)
    expect(message?.expected).toEqual(expected)
  })

  it('are not offered for a form the entry lists, which takes advice only', () => {
    const message = lint('The tyrannical ruler spoke.').messages.find((each) => each.entry === 'tyrant')
    expect(message?.expected).toEqual([])
  })

  it('become SARIF fixes, and advice only a message', async () => {
    const result = lint('The column called him a kleptocrat and a despot.', {path: 'draft.md'})
    const sarif = JSON.parse(await formatReport('sarif', [result], {cwd: '.', root: '.', version: '0.0.0', packs: builtinPacks})) as {runs: Array<{results: Array<{message: {text: string}; fixes?: unknown[]}>}>}
    const [kleptocrat, despot] = sarif.runs[0].results
    expect(kleptocrat.fixes).toBeUndefined()
    expect(kleptocrat.message.text).toContain('official accused of corruption')
    expect(despot.fixes).toHaveLength(3)
  })
})
