// Costs measured inside one warm process, where start-up does not blur them.
import {readFileSync} from 'node:fs'
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {lint} from '../dist/index.js'
import {builtinPacks} from '../dist/engine/packs.js'
import {countWords} from './brown.mjs'

const ownRulesOnly = {equality: {enabled: false}, profanity: {enabled: false}}
const parser = unified().use(retextEnglish).freeze()

// Each task starts on a clean heap, so it pays for its own garbage only.
setFlagsFromString('--expose-gc')
const collectGarbage = runInNewContext('gc')

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1]

/**
 * Median CPU time of each task in ms, run alternately after one warm-up round. CPU time, not
 * wall time, so that other work on the machine does not count.
 */
function alternate(tasks, rounds) {
  const times = tasks.map(() => [])
  for (let round = -1; round < rounds; round++) {
    tasks.forEach((task, index) => {
      collectGarbage()
      const started = process.cpuUsage()
      task()
      const used = process.cpuUsage(started)
      if (round >= 0) times[index].push((used.user + used.system) / 1000)
    })
  }
  return times.map(median)
}

// Copies of every built-in entry under words no text contains, so they never match.
function syntheticPacks(copies) {
  return Array.from({length: copies}, (_, copy) =>
    builtinPacks()
      .filter((pack) => pack.entries.length > 0)
      .map((pack) => ({
        ...pack,
        id: `${pack.id}-copy-${copy}`,
        entries: pack.entries.map((entry) => ({...entry, term: `${entry.term}zq${copy}`, forms: entry.forms.map((form) => `${form}zq${copy}`), unless: undefined}))
      }))
  ).flat()
}

const entryCount = (packs) => packs.reduce((sum, pack) => sum + pack.entries.length, 0)
const ms = (value) => `${value.toFixed(1)} ms`

export async function inProcessRows({files, words, putinKim, rounds}) {
  const texts = files.map((path) => ({path, text: readFileSync(path, 'utf8')}))
  const perThousand = (value) => (value / words) * 1000
  const rows = []

  const lintAll = (options) => () => {
    for (const {path, text} of texts) lint(text, {path, ...options})
  }
  const parseAll = () => {
    for (const {path, text} of texts) {
      const file = new VFile({path, value: text})
      parser.runSync(parser.parse(file), file)
    }
  }
  const builtinEntries = entryCount(builtinPacks())
  const doubled = {...ownRulesOnly, packs: syntheticPacks(1)}
  const eightfold = {...ownRulesOnly, packs: syntheticPacks(7)}
  const [parse, own, full, own2, own8] = alternate(
    [parseAll, lintAll(ownRulesOnly), lintAll({}), lintAll(doubled), lintAll(eightfold)],
    rounds
  )
  const label = 'per 1,000 words of Brown news + editorial, in process'
  rows.push([`Bare retext-english parse, ${label}`, '', ms(perThousand(parse)), '', '', ''])
  rows.push([
    `slant's own rules (equality and profanity off), ${label}`,
    '',
    ms(perThousand(own)),
    '',
    '≤ 1.5× the parse',
    `${(own / parse).toFixed(2)}× the parse: ${own / parse <= 1.5 ? 'met' : '**missed**'}`
  ])
  rows.push([`slant, default rules, ${label}`, '', ms(perThousand(full)), '', '', `${(full / parse).toFixed(2)}× the parse`])
  rows.push([`Own rules with ${builtinEntries} entries ×2 (${builtinEntries * 2}), ${label}`, '', ms(perThousand(own2)), '', 'flat', `${(own2 / own).toFixed(2)}× the ${builtinEntries} entries`])
  rows.push([`Own rules with ${builtinEntries} entries ×8 (${builtinEntries * 8}), ${label}`, '', ms(perThousand(own8)), '', 'flat', `${(own8 / own).toFixed(2)}× the ${builtinEntries} entries`])

  if (!putinKim) {
    rows.push(['Input size 1×, 4×, 16× the Putin–Kim article', 'not measured: ../shared/fixtures/putin-kim-visit.txt is not there', '', '', '', ''])
    return rows
  }
  const sizes = [1, 4, 16]
  const inputs = sizes.map((copies) => Array.from({length: copies}, () => putinKim.trim()).join('\n\n'))
  const times = alternate(
    inputs.map((text) => () => lint(text, {path: 'article.txt'})),
    rounds
  )
  sizes.forEach((copies, index) => {
    const perCopy = times[index] / copies
    rows.push([
      `Putin–Kim article ×${copies} in one file (${(copies * countWords(putinKim)).toLocaleString('en')} words), default rules, in process`,
      '',
      ms(times[index]),
      '',
      index === 0 ? 'linear' : '',
      `${ms(perCopy)} per copy (${(perCopy / times[0]).toFixed(2)}× the single copy)`
    ])
  })
  return rows
}
