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
  const lower = word.toLowerCase()
  // Most words are plain letters and need nothing more.
  if (plainWord.test(lower)) return lower
  return lower
    .replace(invisible, '')
    .normalize('NFC')
    .replace(/[’‘`]/g, "'")
    .replace(/'s$|'$/, '')
}

const plainWord = /^[a-z0-9]*$/

/** Split a term, form or exception phrase into token keys. */
export function phraseKeys(phrase: string): string[] {
  return phrase
    .split(/[\s\-‐‑–]+/)
    .filter(Boolean)
    .map(normalizeWord)
}

export function isCapitalized(word: string): boolean {
  const first = word.replace(invisible, '').charAt(0)
  return first !== first.toLowerCase()
}
