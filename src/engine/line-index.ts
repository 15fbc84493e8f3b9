import {lastStartingAtOrBefore} from './binary-search.js'

export interface Point {
  line: number
  column: number
  offset: number
}

/** Offsets to 1-based lines and columns, by binary search over line starts. */
export class LineIndex {
  private readonly starts: number[] = [0]

  // A line ends at LF, CRLF or a lone CR, as in CommonMark and the language server protocol.
  // Text without CR, most of it, is searched for LF alone, which skips from line to line.
  constructor(text: string) {
    if (!text.includes('\r')) {
      for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', end + 1)) this.starts.push(end + 1)
      return
    }
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      if (code === 0x0a) this.starts.push(index + 1)
      else if (code === 0x0d) {
        if (text.charCodeAt(index + 1) === 0x0a) index++
        this.starts.push(index + 1)
      }
    }
  }

  point(offset: number): Point {
    const line = lastStartingAtOrBefore(this.starts, offset, (start) => start)
    return {line: line + 1, column: offset - this.starts[line] + 1, offset}
  }

  /** The offset of a 1-based line and column; the inverse of `point`. */
  offset(line: number, column: number): number {
    return (this.starts[line - 1] ?? this.starts[this.starts.length - 1]) + column - 1
  }
}
