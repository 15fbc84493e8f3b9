import type {Position, Range} from 'vscode-languageserver/node'

export function containsPosition(range: Range, position: Position): boolean {
  return !before(position, range.start) && !before(range.end, position)
}

/** Whether two ranges share a position; touching ranges do, so a cursor at a span's edge finds it. */
export function rangesTouch(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start)
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character)
}
