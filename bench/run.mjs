// `npm run bench`: slant against alex and a bare retext-english parse on the Brown corpus,
// plus the costs that matter in editors and CI. Prints a Markdown table; see docs/performance.md.
// `npm run bench -- --only large --rounds 1` measures one section, once.
import {existsSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {cpus, loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {spawnSync} from 'node:child_process'
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'
import {countWords, prepareBrown} from './brown.mjs'
import {inProcessRows} from './in-process.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const benchDir = join(root, 'bench')
const cli = join(root, 'dist/cli/main.js')
const alexCli = join(root, 'node_modules/alex/cli.js')
const usagePreload = new URL('usage.mjs', import.meta.url).href
const usageFile = join(tmpdir(), `slant-bench-usage-${process.pid}.json`)

const sections = ['brown', 'large', 'start-up', 'cache', 'server', 'in-process']
const {values: flags} = parseArgs({options: {rounds: {type: 'string', default: '5'}, only: {type: 'string', default: sections.join(',')}}})
const rounds = Number(flags.rounds)
// `--only large,server`: some of the sections, for a quicker look at one cost.
const only = new Set(flags.only.split(','))
const unknownSections = [...only].filter((section) => !sections.includes(section))
if (unknownSections.length) throw new Error(`no bench section ${unknownSections.join(', ')}; the sections are ${sections.join(', ')}`)

/** Run `node ...args` to the end; its wall time, CPU time and peak memory. */
function measure(args, {cwd = root} = {}) {
  rmSync(usageFile, {force: true})
  const started = performance.now()
  const child = spawnSync(process.execPath, ['--import', usagePreload, ...args], {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {...process.env, SLANT_BENCH_USAGE: usageFile},
    maxBuffer: 256 * 1024 * 1024
  })
  const wallMs = performance.now() - started
  // Linters exit 1 when they find something; anything else is a failed run.
  if (child.status !== 0 && child.status !== 1) {
    throw new Error(`node ${args.slice(0, 2).join(' ')} … exited ${child.status}: ${String(child.stderr).slice(0, 500)}`)
  }
  return {wallMs, ...JSON.parse(readFileSync(usageFile, 'utf8'))}
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Run the commands `rounds` times each, alternating, and take medians. */
function alternate(commands, times = rounds) {
  const runs = commands.map(() => [])
  for (let round = 0; round < times; round++) {
    commands.forEach((_, offset) => {
      // Rotate the order each round, so no command always runs on a warm disk cache.
      const index = (round + offset) % commands.length
      runs[index].push(measure(commands[index].args, commands[index]))
    })
  }
  return runs.map((list) => ({
    wallMs: median(list.map((run) => run.wallMs)),
    cpuMs: median(list.map((run) => run.cpuMs)),
    maxRssKb: Math.max(...list.map((run) => run.maxRssKb))
  }))
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`
const megabytes = (kb) => `${Math.round(kb / 1024)} MB`
const verdict = (ok) => (ok ? 'met' : '**missed**')
const rows = []
const row = (what, wall, cpu, memory, target, result) => rows.push([what, wall, cpu, memory, target, result])

const corpus = prepareBrown(join(benchDir, '.corpus'))
const startLoad = loadavg()[0]

// Brown news and editorial: slant, alex and the bare parse, alternating.
if (only.has('brown')) {
  const [slant, alex, parse] = alternate([
    {args: [cli, ...corpus.news]},
    {args: [alexCli, ...corpus.news]},
    {args: [join(benchDir, 'parse.mjs'), ...corpus.news]}
  ])
  const newsLabel = `Brown news + editorial (${corpus.news.length} files, ${corpus.newsWords.toLocaleString('en')} words)`
  row(`${newsLabel}: slant, default rules`, seconds(slant.wallMs), seconds(slant.cpuMs), megabytes(slant.maxRssKb), '', '')
  row(`${newsLabel}: alex 11`, seconds(alex.wallMs), seconds(alex.cpuMs), megabytes(alex.maxRssKb), '', '')
  row(`${newsLabel}: bare retext-english parse`, seconds(parse.wallMs), seconds(parse.cpuMs), megabytes(parse.maxRssKb), '', '')
  const ratio = slant.wallMs / alex.wallMs
  row('slant / alex', ratio.toFixed(2), (slant.cpuMs / alex.cpuMs).toFixed(2), '', '≤ 0.5 (wall)', verdict(ratio <= 0.5))

  // The whole corpus in one process.
  const [whole] = alternate([{args: [cli, ...corpus.all]}], Math.max(1, Math.min(rounds, 3)))
  row(
    `Whole Brown corpus (${corpus.all.length} files, ${corpus.allWords.toLocaleString('en')} words): slant`,
    seconds(whole.wallMs),
    seconds(whole.cpuMs),
    megabytes(whole.maxRssKb),
    '≤ 20 s, ≤ 500 MB',
    verdict(whole.wallMs <= 20_000 && whole.maxRssKb <= 500 * 1024)
  )
}

// Large files: the Putin–Kim article repeated to 10 MB of Markdown, and to 5 MB on one line.
if (only.has('large')) {
  const articlePath = fileURLToPath(new URL('../../shared/fixtures/putin-kim-visit.txt', import.meta.url))
  if (existsSync(articlePath)) {
    const article = readFileSync(articlePath, 'utf8').trim()
    const repeated = (unit, separator, bytes) => Array(Math.ceil(bytes / Buffer.byteLength(unit + separator))).fill(unit).join(separator)
    const largeMarkdown = join(benchDir, '.corpus', 'large.md')
    const longLine = join(benchDir, '.corpus', 'long-line.txt')
    writeFileSync(largeMarkdown, repeated(article, '\n\n', 10 * 1024 * 1024) + '\n')
    writeFileSync(longLine, repeated(article.replace(/\s*\n\s*/g, ' '), ' ', 5 * 1024 * 1024) + '\n')
    const large = (file) => ({args: [cli, '--format', 'json', '--max-file-size', '20MB', file]})
    const [markdown, line] = alternate([large(largeMarkdown), large(longLine)], Math.max(1, Math.min(rounds, 3)))
    row('10 MB of Markdown, the Putin–Kim article repeated', seconds(markdown.wallMs), seconds(markdown.cpuMs), megabytes(markdown.maxRssKb), '≤ 10 s, ≤ 600 MB', verdict(markdown.wallMs <= 10_000 && markdown.maxRssKb <= 600 * 1024))
    row('5 MB on one line, the Putin–Kim article repeated', seconds(line.wallMs), seconds(line.cpuMs), megabytes(line.maxRssKb), '≤ 10 s', verdict(line.wallMs <= 10_000))
  } else row('Large files', 'not measured: ../shared/fixtures/putin-kim-visit.txt is not there', '', '', '', '')
}

// Start-up: what a single save in an editor or a pre-commit hook pays.
if (only.has('start-up')) {
  const smallFile = join(benchDir, '.corpus', 'small.txt')
  writeFileSync(smallFile, readFileSync(corpus.news[0], 'utf8').split('\n\n')[0] + '\n')
  const [version, small] = alternate([
    {args: [cli, '--version']},
    {args: [cli, smallFile]}
  ])
  row('Start-up: `slant --version`', seconds(version.wallMs), seconds(version.cpuMs), megabytes(version.maxRssKb), '', '')
  row(`Start-up: slant on one paragraph (${countWords(readFileSync(smallFile, 'utf8'))} words)`, seconds(small.wallMs), seconds(small.cpuMs), megabytes(small.maxRssKb), '', '')
}

// The cached re-run of an unchanged corpus, when the CLI has a cache.
if (only.has('cache')) {
  const help = spawnSync(process.execPath, [cli, '--help'], {encoding: 'utf8'}).stdout
  if (help.includes('--cache')) {
    const cacheDir = join(benchDir, '.corpus')
    rmSync(join(cacheDir, '.slantcache'), {recursive: true, force: true})
    measure([cli, '--cache', ...corpus.all], {cwd: cacheDir})
    // With the default report and with JSON: the stylish report of thousands of findings costs more than the cache saves.
    const [cached, cachedJson] = alternate(
      [
        {args: [cli, '--cache', ...corpus.all], cwd: cacheDir},
        {args: [cli, '--cache', '--format', 'json', ...corpus.all], cwd: cacheDir}
      ],
      Math.max(1, Math.min(rounds, 3))
    )
    row('Whole corpus again, unchanged, with `--cache`', seconds(cached.wallMs), seconds(cached.cpuMs), megabytes(cached.maxRssKb), '≤ 2 s', verdict(cached.wallMs <= 2000))
    row('Whole corpus again, unchanged, with `--cache --format json`', seconds(cachedJson.wallMs), seconds(cachedJson.cpuMs), megabytes(cachedJson.maxRssKb), '≤ 2 s', verdict(cachedJson.wallMs <= 2000))
  } else row('Whole corpus again, unchanged, with `--cache`', 'not measured: the CLI has no `--cache`', '', '', '≤ 2 s', '')
}

// The language server, when its benchmark is there: its rows are `| what | median | min | max | within target |`.
if (only.has('server')) {
  const serverBench = join(benchDir, 'server-latency.mjs')
  if (existsSync(serverBench)) {
    const output = spawnSync(process.execPath, [serverBench, '--rounds', String(rounds)], {cwd: root, encoding: 'utf8'}).stdout
    const target = /within (\d+) ms/.exec(output)?.[1]
    for (const line of output.split('\n').filter((line) => /^\| [^-]/.test(line) && !line.includes('median'))) {
      const [what, medianMs, , , within] = line.split('|').slice(1, -1).map((cell) => cell.trim())
      row(`Language server, Putin–Kim article: ${what}`, `${medianMs} ms`, '', '', target ? `≤ ${target} ms` : '', within === 'yes' ? 'met' : '**missed**')
    }
  } else row('Language server: time to diagnostics', 'not measured: bench/server-latency.mjs is not there', '', '', '', '')

  // The language server over a long session: its memory once warm against its memory at the end.
  const session = spawnSync(process.execPath, [join(benchDir, 'server-memory.mjs'), '--json'], {cwd: root, encoding: 'utf8'})
  if (session.status !== 0) throw new Error(`bench/server-memory.mjs exited ${session.status}: ${session.stderr.slice(0, 500)}`)
  const {edits, sessionMs, from, to, target: flatTarget, flat} = JSON.parse(session.stdout)
  row(
    `Language server, ${edits.toLocaleString('en')} edits to the Putin–Kim article: memory at ${from.edits.toLocaleString('en')} edits → at ${to.edits.toLocaleString('en')} edits`,
    seconds(sessionMs),
    '',
    `heap ${megabytes(from.heapUsed / 1024)} → ${megabytes(to.heapUsed / 1024)}, resident ${megabytes(from.rss / 1024)} → ${megabytes(to.rss / 1024)}`,
    flatTarget,
    verdict(flat)
  )
}

// In one process: slant's own rules against the parse, the lexicon's size, the input's size.
// These runs are short, so twice the rounds cost little and steady the ratios.
if (only.has('in-process')) rows.push(...(await inProcessRows({words: corpus.newsWords, rounds: rounds * 2})))

console.log(`slant benchmark: node ${process.version}, ${cpus().length} cores, load average ${startLoad.toFixed(1)} at the start; medians of ${rounds} runs (${rounds * 2} in process)\n`)
console.log('| measurement | wall | CPU | peak memory | target | result |')
console.log('| --- | --- | --- | --- | --- | --- |')
for (const cells of rows) console.log(`| ${[...cells, '', '', '', '', ''].slice(0, 6).join(' | ')} |`)
rmSync(usageFile, {force: true})
