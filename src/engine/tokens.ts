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
  // Most words are plain ASCII letters and digits and need no more than lower case.
  if (isPlainAscii(word)) return word.toLowerCase()
  return word
    .toLowerCase()
    .replace(invisible, '')
    .normalize('NFC')
    .replace(/[’‘`]/g, "'")
    .replace(/'s$|'$/, '')
}

function isPlainAscii(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    const folded = code | 0x20 // capitals onto small letters
    if (!((folded >= 0x61 && folded <= 0x7a) || (code >= 0x30 && code <= 0x39))) return false
  }
  return true
}

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
