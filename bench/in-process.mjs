// Costs measured inside a warm process, where start-up does not blur them. Each comparison runs
// in a process of its own: tasks in one process share compiled code, so a configuration that a
// comparison does not use (the default rules, or copies of the packs) would slow the tasks it does.
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {PerformanceObserver, performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {countWords, prepareBrown} from './brown.mjs'

const ownRulesOnly = {equality: {enabled: false}, profanity: {enabled: false}}
const corpusDir = fileURLToPath(new URL('.corpus', import.meta.url))
const putinKimPath = fileURLToPath(new URL('../../shared/fixtures/putin-kim-visit.txt', import.meta.url))
// Processes that compare the own rules with the parse; the ratio is their median, since a
// process's compiled code, and with it its ratio, differs from one process to the next.
const ownComparisons = 5
// Processes that time the input sizes; each figure is their median, as the collector's work
// on large trees moves from one process to the next.
const sizeComparisons = 3
// Rounds before timing: the parse is at full speed after one round of the corpus, slant's rules
// after about five (some 700,000 words), when V8 has optimised them.
const warmUpRounds = 8

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1]

/**
 * Median CPU time of each task in ms, run alternately after warm-up rounds. CPU time, not wall
 * time, so that other work on the machine does not count. No collection is forced between
 * tasks: a full collection frees the object shapes that optimised code depends on, and V8
 * then deoptimises that code, so each round would measure compiling it again.
 */
function alternate(tasks, rounds, windows = tasks.map(() => [])) {
  const times = tasks.map(() => [])
  for (let round = -warmUpRounds; round < rounds; round++) {
    tasks.forEach((task, index) => {
      const [started, startedAt] = [process.cpuUsage(), performance.now()]
      task()
      const used = process.cpuUsage(started)
      if (round < 0) return
      times[index].push((used.user + used.system) / 1000)
      windows[index].push([startedAt, performance.now()])
    })
  }
  return times.map(median)
}

/** As `alternate`, with the median time of each task spent in the collector's pauses, in ms. */
async function alternateWithPauses(tasks, rounds) {
  const pauses = []
  const observer = new PerformanceObserver((list) => pauses.push(...list.getEntries()))
  observer.observe({entryTypes: ['gc']})
  const windows = tasks.map(() => [])
  const times = alternate(tasks, rounds, windows)
  // V8 reports pauses after the fact.
  await new Promise((resolve) => setTimeout(resolve, 100))
  observer.disconnect()
  const paused = ([from, to]) => pauses.filter(({startTime}) => startTime >= from && startTime < to).reduce((sum, {duration}) => sum + duration, 0)
  return {times, pauses: windows.map((taskWindows) => median(taskWindows.map(paused)))}
}

// Copies of every built-in entry under words no text contains, so they never match.
function syntheticPacks(builtinPacks, copies) {
  return Array.from({length: copies}, (_, copy) =>
    builtinPacks
      .filter((pack) => pack.entries.length > 0)
      .map((pack) => ({
        ...pack,
        id: `${pack.id}-copy-${copy}`,
        entries: pack.entries.map((entry) => ({...entry, term: `${entry.term}zq${copy}`, forms: entry.forms.map((form) => `${form}zq${copy}`), unless: undefined}))
      }))
  ).flat()
}

async function bareParser() {
  const [{default: retextEnglish}, {unified}] = await Promise.all([import('retext-english'), import('unified')])
  return unified().use(retextEnglish).freeze()
}

/** The tasks of one comparison, by name; each gives its median CPU times in ms. */
async function compare(name, rounds) {
  const {lint} = await import('../dist/index.js')
  if (name === 'size') {
    // Each size linted and parsed bare, alternately: [lint ×1, parse ×1, lint ×4, ...].
    const article = readFileSync(putinKimPath, 'utf8').trim()
    const parser = await bareParser()
    const inputs = [1, 4, 16].map((copies) => Array.from({length: copies}, () => article).join('\n\n'))
    return alternateWithPauses(
      inputs.flatMap((text) => [() => lint(text, {path: 'article.txt'}), () => parser.runSync(parser.parse(text))]),
      rounds
    )
  }
  const texts = prepareBrown(corpusDir).news.map((path) => ({path, text: readFileSync(path, 'utf8')}))
  const lintAll = (options) => () => {
    for (const {path, text} of texts) lint(text, {path, ...options})
  }
  if (name === 'lexicon') {
    const {builtinPacks} = await import('../dist/engine/packs.js')
    const builtin = builtinPacks()
    const copies = [0, 1, 7].map((extra) => ({...ownRulesOnly, packs: syntheticPacks(builtin, extra)}))
    return alternate(copies.map(lintAll), rounds)
  }
  const [parser, {VFile}] = await Promise.all([bareParser(), import('vfile')])
  const parseAll = () => {
    for (const {path, text} of texts) {
      const file = new VFile({path, value: text})
      parser.runSync(parser.parse(file), file)
    }
  }
  return alternate([parseAll, lintAll(name === 'own' ? ownRulesOnly : {})], rounds)
}

/**
 * Run one comparison in a fresh process. Comparisons of rates per word turn off V8's
 * allocation-site pretenuring: in about 4 processes in 10 it starts to allocate the parser's
 * nodes in the old generation, which halves the parse's speed for the rest of the process
 * and would make the ratios depend on the draw. The input-size rows keep V8's defaults, as a
 * run on one large file has them.
 */
function compareInChild(name, rounds) {
  const flags = name === 'size' ? [] : ['--no-allocation-site-pretenuring']
  const child = spawnSync(process.execPath, [...flags, fileURLToPath(import.meta.url), name, String(rounds)], {encoding: 'utf8'})
  if (child.status !== 0) throw new Error(`bench/in-process.mjs ${name} exited ${child.status}: ${child.stderr.slice(0, 500)}`)
  return JSON.parse(child.stdout)
}

const ms = (value) => `${value.toFixed(1)} ms`

export async function inProcessRows({words, rounds}) {
  const perThousand = (value) => (value / words) * 1000
  const rows = []
  const label = 'per 1,000 words of Brown news + editorial, in process'

  const own = Array.from({length: ownComparisons}, () => compareInChild('own', rounds))
  const parse = median(own.map(([parseMs]) => parseMs))
  const ownRatio = median(own.map(([parseMs, ownMs]) => ownMs / parseMs))
  const spread = own.map(([parseMs, ownMs]) => (ownMs / parseMs).toFixed(2)).join(', ')
  rows.push([`Bare retext-english parse, ${label}`, '', ms(perThousand(parse)), '', '', ''])
  rows.push([
    `slant's own rules (equality and profanity off), ${label}`,
    '',
    ms(perThousand(median(own.map(([, ownMs]) => ownMs)))),
    '',
    '≤ 1.5× the parse',
    `${ownRatio.toFixed(2)}× the parse (median of ${ownComparisons} processes: ${spread}): ${ownRatio <= 1.5 ? 'met' : '**missed**'}`
  ])
  const [fullParse, full] = compareInChild('full', rounds)
  rows.push([`slant, default rules, ${label}`, '', ms(perThousand(full)), '', '', `${(full / fullParse).toFixed(2)}× the parse`])

  const [base, doubled, eightfold] = compareInChild('lexicon', rounds)
  const {builtinPacks} = await import('../dist/engine/packs.js')
  const entries = builtinPacks().reduce((sum, pack) => sum + pack.entries.length, 0)
  rows.push([`Own rules with ${entries} entries ×2 (${entries * 2}), ${label}`, '', ms(perThousand(doubled)), '', 'flat', `${(doubled / base).toFixed(2)}× the ${entries} entries (${ms(perThousand(base))})`])
  rows.push([`Own rules with ${entries} entries ×8 (${entries * 8}), ${label}`, '', ms(perThousand(eightfold)), '', 'flat', `${(eightfold / base).toFixed(2)}× the ${entries} entries`])

  let article
  try {
    article = readFileSync(putinKimPath, 'utf8')
  } catch {
    rows.push(['Input size 1×, 4×, 16× the Putin–Kim article', 'not measured: ../shared/fixtures/putin-kim-visit.txt is not there', '', '', '', ''])
    return rows
  }
  const sizes = Array.from({length: sizeComparisons}, () => compareInChild('size', rounds))
  const medianOf = (key, index) => median(sizes.map((size) => size[key][index]))
  const times = sizes[0].times.map((_, index) => medianOf('times', index))
  const pauses = sizes[0].pauses.map((_, index) => medianOf('pauses', index))
  // Per copy: the lint, the collector's pauses in it, and the bare parse of the whole text.
  const perCopy = [1, 4, 16].map((copies, index) => ({copies, linted: times[2 * index] / copies, paused: pauses[2 * index] / copies, parsed: times[2 * index + 1] / copies}))
  const relative = (value, key) => `${(value[key] / perCopy[0][key]).toFixed(2)}×`
  for (const value of perCopy) {
    rows.push([
      `Putin–Kim article ×${value.copies} in one file (${(value.copies * countWords(article)).toLocaleString('en')} words), default rules, in process, median of ${sizeComparisons} processes`,
      '',
      ms(value.linted * value.copies),
      '',
      value.copies === 1 ? 'linear' : '',
      `per copy ${ms(value.linted)} (${relative(value, 'linted')}), of which collector pauses ${ms(value.paused)}; bare retext-english parse ${ms(value.parsed)} per copy (${relative(value, 'parsed')})`
    ])
  }
  return rows
}

// As a child: `node bench/in-process.mjs <comparison> <rounds>` prints the medians as JSON.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [name, rounds] = process.argv.slice(2)
  console.log(JSON.stringify(await compare(name, Number(rounds))))
}
