import {mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {writeFileAtomic} from '../../src/cli/write-file-atomic.js'

const directory = () => mkdtempSync(join(tmpdir(), 'slant-atomic-'))

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an old one, leaving no temporary file', () => {
    const dir = directory()
    const target = join(dir, 'cache.json')
    writeFileAtomic(target, '{"a":1}')
    expect(readFileSync(target, 'utf8')).toBe('{"a":1}')
    writeFileAtomic(target, '{"b":2}')
    expect(readFileSync(target, 'utf8')).toBe('{"b":2}')
    expect(readdirSync(dir)).toEqual(['cache.json'])
  })

  it('leaves the old file whole and cleans up when the rename fails', () => {
    const dir = directory()
    const target = join(dir, 'baseline.json')
    writeFileSync(target, 'old')
    // A directory at the target path makes the rename fail after the data is written.
    const blocked = join(dir, 'blocked')
    mkdirSync(join(blocked, 'inside'), {recursive: true})
    expect(() => writeFileAtomic(blocked, 'new')).toThrow()
    expect(readFileSync(target, 'utf8')).toBe('old')
    expect(readdirSync(dir).sort()).toEqual(['baseline.json', 'blocked'])
  })
})
