export interface Point {
  line: number
  column: number
  offset: number
}

/** Offsets to 1-based lines and columns, by binary search over line starts. */
export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(text: string) {
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) this.starts.push(index + 1)
  }

  point(offset: number): Point {
    const starts = this.starts
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle] <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - starts[low] + 1, offset}
  }
}
