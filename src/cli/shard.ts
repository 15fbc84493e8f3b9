import {createHash} from 'node:crypto'
import {relative, sep} from 'node:path'
import {UsageError} from './usage-error.js'

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  index: number
  count: number
}

export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value)
  const shard = match ? {index: Number(match[1]), count: Number(match[2])} : undefined
  if (!shard || shard.count < 1 || shard.index < 1 || shard.index > shard.count) {
    throw new UsageError(`--shard: expected i/n with 1 <= i <= n, got ${JSON.stringify(value)}`)
  }
  return shard
}

/**
 * The files of one shard. A file's shard follows from a hash of its path, so
 * it stays on its machine (and in that machine's cache) as other files come and go.
 */
export function filesInShard(files: readonly string[], shard: Shard, cwd: string): string[] {
  return files.filter((file) => {
    const path = relative(cwd, file).split(sep).join('/')
    return createHash('sha256').update(path).digest().readUInt32BE(0) % shard.count === shard.index - 1
  })
}
