import {spawnSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {project} from '../helpers.js'
import {fuzzing, runsProperty} from './arbitraries.js'

const bin = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url))
// A reader that takes its input slowly, so the pipe fills and slant must wait for it.
const slowReader = `
const chunks = []
process.stdin.on('data', (chunk) => {
  chunks.push(chunk)
  process.stdin.pause()
  setTimeout(() => process.stdin.resume(), 1)
})
process.stdin.on('end', () => {
  const report = JSON.parse(Buffer.concat(chunks).toString('utf8'))
  process.stdout.write(JSON.stringify({bytes: Buffer.concat(chunks).length, messages: report[0].messages.length}))
})`

/** `slant -f json < input | slow reader`: what the reader got, and slant's exit code. */
function pipeReport(repeats: number) {
  const root = project({'reader.cjs': slowReader})
  const input = join(root, 'input.txt')
  writeFileSync(input, 'The despots and the tyrant met the regime. '.repeat(repeats))
  const command = `set -o pipefail; "${process.execPath}" "${bin}" -f json --max-file-size 100MB < "${input}" | "${process.execPath}" "${join(root, 'reader.cjs')}"`
  const result = spawnSync('bash', ['-c', command], {encoding: 'utf8', maxBuffer: 1 << 20})
  return {status: result.status, stderr: result.stderr, received: JSON.parse(result.stdout || 'null') as {bytes: number; messages: number} | null}
}

describe('complete output', () => {
  it('a JSON report many times the pipe buffer reaches a slow reader whole', () => {
    const {status, stderr, received} = pipeReport(2_000)
    expect({status, stderr}).toEqual({status: 0, stderr: ''})
    expect(received?.messages).toBe(6_000)
    expect(received?.bytes).toBeGreaterThan(64 * 1024 * 20)
  })

  // About 100 MB of JSON: only in `npm run fuzz`.
  it.runIf(fuzzing && runsProperty('report'))('a 100 MB JSON report reaches a slow reader whole', {timeout: 900_000}, () => {
    const {status, stderr, received} = pipeReport(50_000)
    expect({status, stderr}).toEqual({status: 0, stderr: ''})
    expect(received?.messages).toBe(150_000)
    expect(received?.bytes).toBeGreaterThan(90 * 1024 * 1024)
  })
})
