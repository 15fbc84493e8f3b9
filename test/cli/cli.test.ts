import {spawnSync} from 'node:child_process'
import {existsSync, writeFileSync} from 'node:fs'
import {createServer} from 'node:net'
import {join} from 'node:path'
import {describe, expect, it, onTestFinished} from 'vitest'
import {writeBaseline} from '../../src/cli/baseline.js'
import {slantVersion} from '../../src/cli/version.js'
import {builtinPacks} from '../../src/engine/packs.js'
import {lint} from '../../src/index.js'
import {formatReport, reportFormats} from '../../src/report/format-report.js'
import {bin, fixturePath, project, slant, slantInProcess} from '../helpers.js'

describe('slant CLI', () => {
  it('--help and --version exit 0', async () => {
    expect(await slantInProcess(['--help'])).toMatchObject({status: 0, stdout: expect.stringContaining('Usage: slant')})
    expect(await slantInProcess(['--version'])).toMatchObject({status: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/)})
  })

  it('reports warnings in the stylish format and exits 0', async () => {
    const {stdout, status} = await slantInProcess([fixturePath('harbour-summit.txt')])
    expect(status).toBe(0)
    expect(stdout).toMatch(/11:9-11:16\s+warning\s+“despots” is a contentious label.*loaded-label\s+slant/)
    expect(stdout).toContain('Source: Wikipedia, Manual of Style/Words to watch: Contentious labels (MOS:LABEL).')
    expect(stdout).toMatch(/⚠ \d+ warnings/)
  })

  it('the stylish note keeps the separator between two sources and drops their URLs', async () => {
    const {stdout} = await slantInProcess([], {input: 'The tyrant left.'})
    expect(stdout).toContain(
      'Source: Hu & Liu 2004, Mining and Summarizing Customer Reviews (KDD), opinion lexicon (negative words: tyrant, tyrannical, tyrannically, tyranny); Wikipedia, Manual of Style/Words to watch: Contentious labels (MOS:LABEL).'
    )
    expect(stdout).not.toContain('http')
  })

  it('--format json gives one object per file with messages and stats', async () => {
    const {stdout, status} = await slantInProcess(['--format', 'json', fixturePath('harbour-summit.txt')])
    expect(status).toBe(0)
    const [file] = JSON.parse(stdout)
    expect(file.path).toContain('harbour-summit.txt')
    const despots = file.messages.find((message: {actual: string}) => message.actual === 'despots')
    expect(despots).toEqual({
      line: 11,
      column: 9,
      endLine: 11,
      endColumn: 16,
      severity: 'warning',
      ruleId: 'loaded-label',
      source: 'slant',
      message: expect.stringContaining('“despots”'),
      actual: 'despots',
      entry: 'despot',
      expected: expect.arrayContaining(['leaders']),
      note: expect.any(String),
      url: expect.stringContaining('docs/rules.md#despot'),
      family: 'loaded',
      citation: expect.stringContaining('MOS:LABEL')
    })
    expect(file.stats.words).toBeGreaterThan(1200)
    expect(file.stats.rules['loaded-label']).toBeGreaterThan(5)
    expect(file.stats.density).toBeGreaterThan(0)
  })

  it('--format compact gives one line per message', async () => {
    const {stdout} = await slantInProcess(['--format', 'compact', '--stdin-filename', 'draft.txt'], {input: 'The despots met.\nA tyrant left.\n'})
    expect(stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^draft\.txt:1:5: warning: “despots” is a contentious label.* \[loaded-label\]$/),
      expect.stringMatching(/^draft\.txt:2:3: warning: “tyrant” is a contentious label.* \[loaded-label\]$/)
    ])
  })

  it('reads stdin and picks the format from --stdin-filename', async () => {
    const markdown = 'Run `despots` here.\n\n```\ntyrant\n```\n\nThe regime fell.\n'
    const asMarkdown = JSON.parse((await slantInProcess(['-f', 'json', '--stdin-filename', 'notes.md'], {input: markdown})).stdout)
    expect(asMarkdown[0].messages.map((message: {actual: string}) => message.actual)).toEqual(['regime'])
    const asText = JSON.parse((await slantInProcess(['-f', 'json'], {input: markdown})).stdout)
    expect(asText[0].path).toBe('<stdin>')
    expect(asText[0].messages.map((message: {actual: string}) => message.actual)).toEqual(['despots', 'tyrant', 'regime'])
    expect(JSON.parse((await slantInProcess(['-f', 'json', '-'], {input: markdown})).stdout)).toEqual(asText)
  })

  // util-linux's script(1) gives the command a terminal for stdin, as a user's shell would.
  it.skipIf(spawnSync('script', ['--version']).status !== 0)('with no paths at a terminal, says how to run it and exits 2 instead of waiting', () => {
    const atTerminal = spawnSync('script', ['-qec', `"${process.execPath}" "${bin}"`, '/dev/null'], {input: '', encoding: 'utf8', timeout: 20000})
    expect(atTerminal).toMatchObject({status: 2, stdout: 'slant: no files to lint: name files, folders or globs, or pipe text in (see slant --help)\r\n'})
    expect(slant([], {input: 'The despots met.'})).toMatchObject({status: 0, stdout: expect.stringContaining('“despots” is a contentious label')})
  })

  it('--max-warnings sets the exit code; -1 sets no limit', async () => {
    const input = 'The despots met.'
    expect((await slantInProcess(['--max-warnings', '0'], {input})).status).toBe(1)
    expect((await slantInProcess(['--max-warnings', '1'], {input})).status).toBe(0)
    expect(await slantInProcess(['--max-warnings', '-1'], {input})).toMatchObject({status: 0, stderr: ''})
    expect(await slantInProcess(['--max-warnings=-1'], {input})).toMatchObject({status: 0, stderr: ''})
  })

  it('--quiet reports errors only', async () => {
    const {stdout, status} = await slantInProcess(['--quiet', '-f', 'json'], {input: 'The despots met.'})
    expect(status).toBe(0)
    expect(JSON.parse(stdout)[0].messages).toEqual([])
  })

  it('exits 1 when a rule is set to error by the configuration', async () => {
    const root = project({'.slantrc.yml': 'rules:\n  loaded-label: error\n', 'draft.md': 'The despots met.\n'})
    const {stdout, status} = await slantInProcess(['-f', 'compact', 'draft.md'], {cwd: root})
    expect(status).toBe(1)
    expect(stdout).toMatch(/^draft\.md:1:5: error: “despots” is a contentious label.* \[loaded-label\]\n$/)
    expect((await slantInProcess(['--no-config', 'draft.md'], {cwd: root})).status).toBe(0)
  })

  it('searches directories and globs, honours .slantignore and skips node_modules', async () => {
    const root = project({
      'drafts/a.md': 'The despots met.',
      'drafts/b.txt': 'The tyrant left.',
      'drafts/c.html': '<p>The regime fell.</p>',
      'drafts/d.mdx': 'A gaggle of aides.',
      'drafts/image.png': 'not prose',
      'drafts/skip/e.md': 'The despots met.',
      'node_modules/pkg/readme.md': 'The despots met.',
      'drafts/node_modules/x.md': 'The despots met.',
      '.slantignore': 'drafts/skip/\n'
    })
    const paths = async (args: string[]) => JSON.parse((await slantInProcess(['-f', 'json', ...args], {cwd: root})).stdout).map((file: {path: string}) => file.path)
    expect(await paths(['.'])).toEqual(['drafts/a.md', 'drafts/b.txt', 'drafts/c.html', 'drafts/d.mdx'])
    expect(await paths(['drafts/*.md'])).toEqual(['drafts/a.md'])
    expect(await paths(['drafts/skip/e.md'])).toEqual(['drafts/skip/e.md'])
  })

  it('a search passes over the reports and baselines slant wrote, in every format; named, one is linted', async () => {
    const root = project({
      'drafts/story.md': 'The despots met.\n',
      'drafts/other-site.html': '<!doctype html><html><head><meta name="generator" content="Hugo 0.140"></head><body><p>The tyrant left.</p></body></html>\n',
      'drafts/timetable.txt': 'Drill\n10:30 warning sirens sounded as the despots met.\n'
    })
    // Written by slant's own reporters, as `slant -f <format>` would print them.
    const results = [lint('The despots met.\n', {path: 'drafts/story.md'})]
    const context = {cwd: root, root, version: slantVersion(), packs: builtinPacks}
    for (const format of reportFormats) {
      writeFileSync(join(root, `drafts/report-${format}.${format === 'html' ? 'html' : 'txt'}`), await formatReport(format, results, context))
    }
    writeBaseline(join(root, 'drafts/baseline.txt'), results, context)
    const linted = async (args: string[]) => JSON.parse((await slantInProcess(['-f', 'json', ...args], {cwd: root})).stdout).map((file: {path: string; messages: unknown[]}) => `${file.path}:${file.messages.length}`)
    expect(await linted(['drafts'])).toEqual(['drafts/other-site.html:1', 'drafts/story.md:1', 'drafts/timetable.txt:1'])
    expect(await linted(['drafts/*'])).toEqual(['drafts/other-site.html:1', 'drafts/story.md:1', 'drafts/timetable.txt:1'])
    expect(await linted(['drafts/report-html.html', 'drafts/report-compact.txt'])).toEqual([expect.stringMatching(/^drafts\/report-html\.html:[1-9]/), expect.stringMatching(/^drafts\/report-compact\.txt:[1-9]/)])
  })

  it.each([
    [['--bogus'], /^slant: unknown option --bogus \(see slant --help\)\n$/],
    [['--bogus=3', 'draft.md'], /^slant: unknown option --bogus \(see slant --help\)\n$/],
    [['-qx'], /^slant: unknown option -x \(see slant --help\)\n$/],
    [['--max-warning', '0'], /^slant: unknown option --max-warning \(did you mean --max-warnings\?\)\n$/],
    [['--format'], /^slant: --format needs a value \(see slant --help\)\n$/],
    [['--config', '--quiet'], /^slant: --config needs a value \(see slant --help\)\n$/],
    [['--quiet=yes'], /^slant: --quiet takes no value \(see slant --help\)\n$/],
    [['--format', 'xml'], /^slant: --format: unknown format "xml"/],
    [['--max-warnings', 'many'], /^slant: --max-warnings: expected a whole number, or -1 for no limit, got "many"\n$/],
    [['--max-warnings', '-2'], /^slant: --max-warnings: expected a whole number, or -1 for no limit, got "-2"\n$/],
    [['--jobs', '0'], /^slant: --jobs: expected a number of threads, 1 or more, got "0"\n$/],
    [['-j', '-1'], /^slant: --jobs: expected a number of threads, 1 or more, got "-1"\n$/],
    [['missing.md'], /^slant: missing\.md: no such file or directory\n$/],
    [['nothing/**/*.md'], /^slant: nothing\/\*\*\/\*\.md: no files match this pattern\n$/]
  ])('%j is a usage error: exit 2, one line, no stack trace', async (args, message) => {
    const {stderr, status, stdout} = await slantInProcess(args)
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(message)
    expect(stderr.trim().split('\n')).toHaveLength(1)
  })

  it('a path that gives no file is reported while the other paths are still linted, and the run exits 2', async () => {
    const root = project({'draft.md': 'The despots met.\n'})
    const socket = createServer()
    await new Promise<void>((listening) => socket.listen(join(root, 'socket.md'), listening))
    onTestFinished(() => void socket.close())
    expect(await slantInProcess(['-f', 'compact', 'draft.md', 'missing.md', 'socket.md', 'nothing/**/*.md'], {cwd: root})).toEqual({
      status: 2,
      stdout: expect.stringMatching(/^draft\.md:1:5: warning: “despots” is a contentious label.*\n$/),
      stderr: 'slant: missing.md: no such file or directory\nslant: nothing/**/*.md: no files match this pattern\nslant: socket.md: cannot read the file (ENXIO)\n'
    })
    // A baseline without a path's findings would accept them unseen later: none is written.
    expect(await slantInProcess(['--write-baseline', 'baseline.json', 'draft.md', 'missing.md'], {cwd: root})).toEqual({
      status: 2,
      stdout: '',
      stderr: 'slant: missing.md: no such file or directory\nslant: no baseline written to baseline.json: every path must be read\n'
    })
    expect(existsSync(join(root, 'baseline.json'))).toBe(false)
  })

  // 4,000 sentences give 12,000 messages: about 9 MB of JSON, over a hundred times the pipe's buffer.
  it('writes a large JSON report completely to a pipe', () => {
    const input = 'The despots and the tyrant met the regime. '.repeat(4000)
    const {stdout, status} = slant(['-f', 'json'], {input})
    expect(status).toBe(0)
    expect(JSON.parse(stdout)[0].messages).toHaveLength(12000)
  })

  it('ends quietly when the reader stops early, as `slant … | head` does', () => {
    const input = 'The despots and the tyrant met the regime. '.repeat(4000)
    const piped = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" -f json | head -c 10`], {input, encoding: 'utf8'})
    expect(piped.stdout).toHaveLength(10)
    expect(piped.stderr).toBe('')
  })
})
