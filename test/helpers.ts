import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Readable} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {describe, onTestFinished} from 'vitest'
import {brownSamples, readBrownSample} from '../bench/brown.mjs'
import type {SlantMessage} from '../src/index.js'

export const fixturePath = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url))
export const fixture = (name: string) => readFileSync(fixturePath(name), 'utf8')

/** The project's own news stories (test/fixtures/README.md), for tests that need a real article. */
export const storyFiles = ['harbour-summit.txt', 'valley-dam-protest.md', 'island-election-count.txt']
/** The stories one after another: about 3,200 words and 22 kB of prose. */
export const stories = () => storyFiles.map(fixture).join('\n\n')

/**
 * The texts an optimised path is compared on with a straightforward one, by name: the project's
 * stories and every 40th sample of the Brown corpus (13 texts from 10 of its 15 categories).
 */
export function comparisonTexts(): Record<string, string> {
  const brown = brownSamples().filter((_, index) => index % 40 === 0)
  return {...Object.fromEntries(storyFiles.map((name) => [name, fixture(name)])), ...Object.fromEntries(brown.map(({id}) => [`Brown ${id}`, readBrownSample(id)]))}
}

declare module 'vitest' {
  interface TaskMeta {
    /** What a skipped test needs and this machine lacks, for the line test/skip-summary.ts prints. */
    missing?: string
  }
}

/** describe(), or when `missing` names something the tests need that is not here, the same tests skipped and counted under it. */
function describeUnless(missing: string | undefined, name: string, tests: () => void) {
  describe(name, {skip: missing !== undefined, meta: {missing}}, tests)
}

/**
 * describe() for tests that read a file of the data folder kept beside the repository, ../shared,
 * which a clone alone lacks: without the file they are skipped. Read it inside a hook or a test.
 */
export function describeWithSharedFile(path: string, name: string, tests: (file: string) => void) {
  const file = fileURLToPath(new URL(`../../shared/${path}`, import.meta.url))
  describeUnless(existsSync(file) ? undefined : `../shared/${path}, which is not there (see CONTRIBUTING.md)`, name, () => tests(file))
}

/**
 * describe() for tests that need a program this machine may lack, such as a browser: without it
 * they are skipped, but under CI=true they run and fail, since CI must test everything (.ci/run installs it).
 */
export function describeWithProgram(program: string, installed: boolean, name: string, tests: () => void) {
  describeUnless(installed || process.env.CI === 'true' ? undefined : `${program}, which is not installed`, name, tests)
}

/** The Putin–Kim article, in ../shared: the tests about it read it through describeWithSharedFile. */
export const putinKimInShared = 'fixtures/putin-kim-visit.txt'

/** The source text a message's range points at (1-based lines and columns, end exclusive; lines end at LF, CRLF or CR). */
export function textAt(source: string, message: Pick<SlantMessage, 'line' | 'column' | 'endLine' | 'endColumn'>): string {
  const text = source.replace(/^\uFEFF/, '')
  const lineStarts = [0]
  for (const ending of text.matchAll(/\r\n?|\n/g)) lineStarts.push(ending.index + ending[0].length)
  const start = lineStarts[message.line - 1] + message.column - 1
  const end = lineStarts[message.endLine - 1] + message.endColumn - 1
  return text.slice(start, end)
}

export const warningsAndErrors = (messages: SlantMessage[]) => messages.filter((message) => message.severity !== 'info')

export const bin = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))

interface SlantRun {
  /** Text piped to stdin; none by default. */
  input?: string
  /** The working folder; this process's by default. */
  cwd?: string
}

/** Run the built CLI in a process of its own, as a user would: for tests about processes, pipes and exit statuses. */
export function slant(args: string[], options: SlantRun = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {input: options.input ?? '', cwd: options.cwd, encoding: 'utf8', maxBuffer: 1 << 28})
  return {stdout: result.stdout, stderr: result.stderr, status: result.status}
}

/**
 * Run the built CLI in this process, as slant() would in its own, without starting node. The
 * working folder changes for the run, since the CLI reads relative paths from it: one run at a time.
 */
export async function slantInProcess(args: string[], options: SlantRun = {}) {
  const {cli} = await import('../dist/cli/main.js')
  const [stdout, stderr] = [textSink(), textSink()]
  const folder = process.cwd()
  process.chdir(options.cwd ?? folder)
  try {
    const status = await cli(args, {stdin: Readable.from([Buffer.from(options.input ?? '')]), stdout, stderr})
    return {stdout: stdout.text, stderr: stderr.text, status}
  } finally {
    process.chdir(folder)
  }
}

const textSink = () => ({
  text: '',
  write(text: string) {
    this.text += text
  }
})

/** A temporary folder (in `parent` if given) holding the given files (paths relative to it, text or bytes), removed after the test; returns its path. */
export function project(files: Record<string, string | Uint8Array>, parent = tmpdir()): string {
  const root = mkdtempSync(join(parent, 'slant-'))
  onTestFinished(() => rmSync(root, {recursive: true, force: true}))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), {recursive: true})
    writeFileSync(join(root, path), text)
  }
  return root
}
