import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {onTestFinished} from 'vitest'
import {brownSamples, readBrownSample} from '../bench/brown.mjs'
import type {SlantMessage} from '../src/index.js'

export const putinKimPath = new URL('../../shared/fixtures/putin-kim-visit.txt', import.meta.url)
export const putinKim = () => readFileSync(putinKimPath, 'utf8')

/**
 * The texts an optimised path is compared on with a straightforward one, by name: the Putin–Kim
 * article and every 40th sample of the Brown corpus (13 texts from 10 of its 15 categories).
 */
export function comparisonTexts(): Record<string, string> {
  const brown = brownSamples().filter((_, index) => index % 40 === 0)
  return {'the Putin–Kim article': putinKim(), ...Object.fromEntries(brown.map(({id}) => [`Brown ${id}`, readBrownSample(id)]))}
}

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

/** Run the built CLI as a user would. */
export function slant(args: string[], options: {input?: string; cwd?: string} = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {input: options.input ?? '', cwd: options.cwd, encoding: 'utf8', maxBuffer: 1 << 28})
  return {stdout: result.stdout, stderr: result.stderr, status: result.status}
}

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
