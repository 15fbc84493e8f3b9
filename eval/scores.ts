/** True positives, false positives and false negatives, and what follows from them. */
export class Counts {
  tp = 0
  fp = 0
  fn = 0

  get precision(): number {
    return this.tp + this.fp === 0 ? 0 : this.tp / (this.tp + this.fp)
  }

  get recall(): number {
    return this.tp + this.fn === 0 ? 0 : this.tp / (this.tp + this.fn)
  }

  get f1(): number {
    const {precision, recall} = this
    return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  }
}

/** How often each key was seen; `top` gives the most frequent first, ties alphabetically. */
export class Tally {
  private readonly counts = new Map<string, number>()

  add(key: string, amount = 1) {
    this.counts.set(key, (this.counts.get(key) ?? 0) + amount)
  }

  get(key: string): number {
    return this.counts.get(key) ?? 0
  }

  keys(): string[] {
    return [...this.counts.keys()]
  }

  top(limit: number): Array<[string, number]> {
    return [...this.counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit)
  }
}

/** A word of a sentence with its offsets; hyphenated and apostrophe words stay whole, as annotators mark them. */
export interface Word {
  text: string
  start: number
  end: number
}

export function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)].map((match) => ({
    text: match[0].toLowerCase().replace(/’/g, "'"),
    start: match.index,
    end: match.index + match[0].length
  }))
}

export const overlaps = (a: {start: number; end: number}, b: {start: number; end: number}) => a.start < b.end && b.start < a.end
