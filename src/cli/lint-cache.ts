import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {builtinRulesFolder} from '../engine/packs.js'
import type {LintOutcome} from './restore-result.js'
import {writeFileAtomic} from './write-file-atomic.js'

export const defaultCacheLocation = '.slantcache'

interface CacheEntry {
  content: string
  options: string
  outcome: LintOutcome
}

interface CacheData {
  engine: string
  entries: Record<string, CacheEntry>
}

/**
 * Outcomes of earlier runs by file, valid while the file's content, its
 * options and slant itself (version and built-in rules) are unchanged.
 */
export class LintCache {
  private changed = false

  private constructor(
    private readonly file: string,
    private readonly data: CacheData
  ) {}

  /** The cache at `location` (a file, or a directory to hold `.slantcache`); unreadable or stale caches start empty. */
  static open(location: string, version: string): LintCache {
    const file = existsSync(location) && statSync(location).isDirectory() ? join(location, defaultCacheLocation) : location
    const engine = engineFingerprint(version)
    let data: CacheData = {engine, entries: {}}
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as CacheData
      if (stored.engine === engine && typeof stored.entries === 'object' && stored.entries !== null) data = stored
    } catch {
      // A missing or damaged cache is rebuilt by this run.
    }
    return new LintCache(file, data)
  }

  get(path: string, contentHash: string, optionsHash: string): LintOutcome | undefined {
    const entry = this.data.entries[path]
    return entry && entry.content === contentHash && entry.options === optionsHash ? entry.outcome : undefined
  }

  set(path: string, contentHash: string, optionsHash: string, outcome: LintOutcome) {
    this.data.entries[path] = {content: contentHash, options: optionsHash, outcome}
    this.changed = true
  }

  /** Write the cache if it changed; entries of files that no longer exist are dropped first. */
  save() {
    for (const path of Object.keys(this.data.entries)) {
      if (existsSync(path)) continue
      delete this.data.entries[path]
      this.changed = true
    }
    if (this.changed) writeFileAtomic(this.file, JSON.stringify(this.data))
    this.changed = false
  }
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

// The version, and the built-in rules too, so an edited rule pack never serves old results.
function engineFingerprint(version: string): string {
  const hash = createHash('sha256').update(version)
  for (const name of readdirSync(builtinRulesFolder).sort()) hash.update(name).update(readFileSync(join(builtinRulesFolder, name)))
  return `${version}+${hash.digest('hex').slice(0, 16)}`
}
