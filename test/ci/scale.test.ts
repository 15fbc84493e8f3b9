import {readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'
import {project, slantInProcess, stories} from '../helpers.js'

// A newsroom's worth of files: the project's stories in pieces, as text and Markdown.
function corpus(): Record<string, string> {
  const paragraphs = stories().split(/\n\s*\n/)
  const files: Record<string, string> = {}
  for (let index = 0; index < 24; index++) {
    const piece = paragraphs.filter((_, paragraph) => paragraph % 24 === index).join('\n\n')
    files[`stories/${String(index).padStart(2, '0')}-piece.${index % 2 ? 'md' : 'txt'}`] = piece + '\n'
  }
  return files
}

function parsedReport(run: {status: number | null; stdout: string}) {
  expect(run.status).toBe(0)
  return JSON.parse(run.stdout)
}
// In this thread: these files lint faster than workers start, and the parallel runs below cover --jobs.
const json = async (args: string[], cwd: string) => parsedReport(await slantInProcess(['-f', 'json', '--jobs', '1', ...args], {cwd}))

describe('parallel runs', () => {
  it('match a serial run message for message, in the same order', async () => {
    const root = project(corpus())
    const serial = await json(['.'], root)
    const parallel = parsedReport(await slantInProcess(['-f', 'json', '--jobs', '2', '.'], {cwd: root}))
    expect(serial).toHaveLength(24)
    expect(serial.flatMap((file: any) => file.messages).length).toBeGreaterThan(15)
    expect(parallel).toEqual(serial)
  })

  it('lint on worker threads exactly as lint() does in this thread', async () => {
    const {lintOnWorkers} = await import('../../dist/cli/lint-pool.js')
    const options = {quotes: 'warning' as const, rules: {puffery: 'error' as const}}
    const tasks = Object.entries(corpus()).map(([path, text]) => ({path, text, options, optionsKey: 'house'}))
    const outcomes = await lintOnWorkers(tasks, 2)
    expect(outcomes).toEqual(tasks.map((task) => {
      const {messages, stats} = lint(task.text, {...options, path: task.path})
      return {messages, stats}
    }))
  })
})

describe('--shard', () => {
  it('splits the files into disjoint shards that cover them all, the same way every time', async () => {
    const root = project(corpus())
    const paths = async (args: string[]) => (await json(args, root)).map((file: {path: string}) => file.path)
    const all = await paths(['.'])
    const shards: string[][] = []
    for (const index of [1, 2, 3]) shards.push(await paths(['--shard', `${index}/3`, '.']))
    expect(shards.flat().sort()).toEqual(all)
    for (const shard of shards) expect(shard.length).toBeGreaterThan(0)
    expect(await paths(['--shard', '2/3', '.'])).toEqual(shards[1])
    expect(await slantInProcess(['--shard', '4/3', '.'], {cwd: root})).toMatchObject({status: 2, stderr: 'slant: --shard: expected i/n with 1 <= i <= n, got "4/3"\n'})
  })
})

describe('--cache', () => {
  it('serves unchanged files from the cache and lints changed ones again', async () => {
    const root = project(corpus())
    const fresh = await json(['--cache', '.'], root)
    const cacheFile = join(root, '.slantcache')
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'))
    expect(Object.keys(cache.entries)).toHaveLength(24)
    expect(await json(['--cache', '.'], root)).toEqual(fresh)

    // Mark each stored outcome: a result that carries the mark came from the cache, not from linting.
    for (const entry of Object.values<any>(cache.entries)) entry.outcome.stats.words = -1
    writeFileSync(cacheFile, JSON.stringify(cache))
    const cached = await json(['--cache', '.'], root)
    expect(cached.map((file: any) => file.stats.words)).toEqual(fresh.map(() => -1))
    expect(cached.map((file: any) => file.messages)).toEqual(fresh.map((file: any) => file.messages))

    // An edited file is linted again; the others still come from the cache.
    const edited = 'stories/03-piece.md'
    writeFileSync(join(root, edited), readFileSync(join(root, edited), 'utf8') + '\nThe despots left.\n')
    const afterEdit = await json(['--cache', '.'], root)
    const editedResult = afterEdit.find((file: any) => file.path === edited)
    expect(editedResult.stats.words).toBeGreaterThan(0)
    expect(editedResult.messages.at(-1).actual).toBe('despots')
    expect(afterEdit.filter((file: any) => file.stats.words === -1)).toHaveLength(23)
  })

  it('starts afresh when slant or its rules change, and keeps no temporary files', async () => {
    const root = project(corpus())
    const fresh = await json(['--cache-location', 'build/lint.cache', '.'], root)
    const cacheFile = join(root, 'build/lint.cache')
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'))
    expect(cache.engine).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{16}$/)
    for (const entry of Object.values<any>(cache.entries)) entry.outcome.stats.words = -1
    writeFileSync(cacheFile, JSON.stringify({...cache, engine: '0.0.0+0000000000000000'}))
    expect(await json(['--cache-location', 'build/lint.cache', '.'], root)).toEqual(fresh)
    expect(readdirSync(join(root, 'build'))).toEqual(['lint.cache'])
  })

  it('lints again when the configuration or one of its rule packs changes', async () => {
    const root = project({'a.md': 'The despots met the regime and gathered.\n', 'house.yml': 'id: house-style\nentries:\n  - term: met\n'})
    const actuals = async () => (await json(['--cache', 'a.md'], root))[0].messages.map((message: {actual: string}) => message.actual)
    expect(await actuals()).toEqual(['despots', 'regime'])
    writeFileSync(join(root, '.slantrc.yml'), 'allow: [regime]\npacks: [house.yml]\n')
    expect(await actuals()).toEqual(['despots', 'met'])
    writeFileSync(join(root, 'house.yml'), 'id: house-style\nentries:\n  - term: met\n  - term: gathered\n')
    expect(await actuals()).toEqual(['despots', 'met', 'gathered'])
  })

  it('forgets files that were deleted', async () => {
    const root = project({'a.md': 'The despots met.\n', 'b.md': 'The regime met.\n'})
    await json(['--cache', '.'], root)
    const stored = () => Object.keys(JSON.parse(readFileSync(join(root, '.slantcache'), 'utf8')).entries).sort()
    expect(stored()).toEqual(['a.md', 'b.md'])
    rmSync(join(root, 'b.md'))
    expect((await json(['--cache', '.'], root)).map((file: {path: string}) => file.path)).toEqual(['a.md'])
    expect(stored()).toEqual(['a.md'])
  })

  it('rebuilds a damaged cache', async () => {
    const root = project({'a.md': 'The despots met.\n', '.slantcache': '{"engine": tr'})
    expect((await json(['--cache', 'a.md'], root))[0].messages).toHaveLength(1)
    expect(JSON.parse(readFileSync(join(root, '.slantcache'), 'utf8')).entries['a.md'].outcome.messages).toHaveLength(1)
  })
})
