import {keyHash, type Token} from './tokens.js'

/**
 * Token keys and their values in an open-addressing table of the hashes that
 * tokens carry (`keyHash`): a token whose key is not there, most of them, is
 * turned away by its hash, without reading the word again.
 */
export class KeyTable<T> {
  private readonly mask: number
  private readonly hashes: Int32Array
  /** Per slot, 1 + the index of its key and value; 0 for an empty slot. */
  private readonly slots: Int32Array
  private readonly keys: string[] = []
  private readonly values: T[] = []

  constructor(entries: ReadonlyArray<{key: string; hash: number; value: T}>) {
    // At most a quarter full, so that a search ends at an empty slot soon.
    let size = 16
    while (size < entries.length * 4) size *= 2
    this.mask = size - 1
    this.hashes = new Int32Array(size)
    this.slots = new Int32Array(size)
    for (const {key, hash, value} of entries) {
      let slot = hash & this.mask
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask
      this.keys.push(key)
      this.values.push(value)
      this.slots[slot] = this.keys.length
      this.hashes[slot] = hash
    }
  }

  get(token: Token): T | undefined {
    for (let slot = token.hash & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot] - 1
      if (this.hashes[slot] === token.hash && this.keys[entry] === token.key) return this.values[entry]
    }
    return undefined
  }
}

/** A set of token keys, asked by token: `has(token)`. */
export class KeySet {
  private readonly table: KeyTable<true>

  constructor(keys: Iterable<string>) {
    this.table = new KeyTable([...new Set(keys)].map((key) => ({key, hash: keyHash(key), value: true as const})))
  }

  has(token: Token | undefined): boolean {
    return token !== undefined && this.table.get(token) === true
  }
}
