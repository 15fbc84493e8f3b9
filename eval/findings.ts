import type {SlantMessage} from 'slant'

/** A warning or error a linter gave, as offsets into the linted text. */
export interface Finding {
  start: number
  end: number
  /** slant's rule family (loaded, claims, context), or the plugin that reported it. */
  family: string
  ruleId: string
}

interface Place {
  line: number
  column: number
}

/** Offsets of 1-based line/column points, so every linter is scored on the same spans. */
export function offsetsIn(text: string): (place: Place) => number {
  const lineStarts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1)
  return (place) => lineStarts[place.line - 1] + place.column - 1
}

/** slant's warnings and errors as findings; infos (attributed quotations) do not count. */
export function findingsOf(text: string, messages: readonly SlantMessage[]): Finding[] {
  const offset = offsetsIn(text)
  return messages
    .filter((message) => message.severity !== 'info')
    .map((message) => ({
      start: offset(message),
      end: offset({line: message.endLine, column: message.endColumn}),
      family: message.family ?? message.source,
      ruleId: message.ruleId
    }))
}
