/** A word of the prose, split at hyphens, with its place in the linted text. */
export interface Token {
  /** Normalised form used for matching: lower case, straight apostrophes, no possessive. */
  key: string
  /** The word as written. */
  value: string
  start: number
  end: number
  /** Index of the sentence the token belongs to. */
  sentence: number
  /** `keyHash(key)`, by which the key tables of key-table.ts turn most words away without reading them. */
  hash: number
}

// Zero-width and bidi controls can hide inside a word without changing how it reads.
const invisible = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g
const onlyInvisible = /^[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]+$/

/** Characters that take no room between letters, such as a zero-width joiner. */
export function isInvisible(text: string): boolean {
  return onlyInvisible.test(text)
}

/** Normalise one word for matching; NFC so a decomposed "é" matches a composed one. */
export function normalizeWord(word: string): string {
  // Most words are plain ASCII letters and digits and need no more than lower case,
  // and most of those are in lower case already: no copy then.
  const plain = asciiCase(word)
  if (plain === 'lower') return word
  if (plain === 'mixed') return word.toLowerCase()
  return word
    .toLowerCase()
    .replace(invisible, '')
    .normalize('NFC')
    .replace(/[’‘`]/g, "'")
    .replace(/'s$|'$/, '')
}

/** `lower` for ASCII letters and digits in lower case, `mixed` with capitals too, `other` otherwise. */
function asciiCase(word: string): 'lower' | 'mixed' | 'other' {
  let capitals = false
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code >= 0x41 && code <= 0x5a) capitals = true
    else if (!((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39))) return 'other'
  }
  return capitals ? 'mixed' : 'lower'
}

/**
 * A 32-bit FNV-1a hash of a key's UTF-16 code units, computed while the word is
 * fresh in memory, so that a table of keys can turn most words away without
 * reading them again.
 */
export function keyHash(key: string): number {
  let hash = 0x811c9dc5 | 0
  for (let index = 0; index < key.length; index++) hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193)
  return hash
}

/** Split a term, form or exception phrase into token keys. */
export function phraseKeys(phrase: string): string[] {
  return phrase
    .split(/[\s\-‐‑–]+/)
    .filter(Boolean)
    .map(normalizeWord)
}

/** Whether a word's first visible character is a capital. ASCII, most of any text, needs no copy. */
export function isCapitalized(word: string): boolean {
  const code = word.charCodeAt(0)
  if (code < 0x80) return code >= 0x41 && code <= 0x5a
  const first = word.replace(invisible, '').charAt(0)
  return first !== first.toLowerCase()
}
