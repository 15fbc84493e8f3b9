/**
 * The candidate closest to `word`, if it is close enough to be what was meant;
 * else the one candidate that `word` begins, as "warn" begins "warning".
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase()
  const limit = Math.max(2, Math.floor(word.length / 3))
  let best: string | undefined
  let bestDistance = limit + 1
  const extensions: string[] = []
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
    if (lower.length >= minimumPrefix && candidate.startsWith(lower)) extensions.push(candidate)
  }
  return best ?? (extensions.length === 1 ? extensions[0] : undefined)
}

// Shorter beginnings ("in", "of") would fit too many words to mean one.
const minimumPrefix = 3

/** ` (did you mean "x"?)` when a candidate is near, else nothing. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const guess = nearest(word, candidates)
  return guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ''
}

// Levenshtein distance, one row at a time.
function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]
}
