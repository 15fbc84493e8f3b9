import {text as alexText} from 'alex'
import {lint} from 'slant'
import {findingsOf, offsetsIn, type Finding} from './findings.js'

export interface Linter {
  name: string
  /** Whether findings carry slant's rule families, so claims can be told from loaded wording. */
  hasFamilies: boolean
  run(text: string): Finding[]
}

export const slantLinter: Linter = {
  name: 'slant',
  hasFamilies: true,
  run(text) {
    return findingsOf(text, lint(text, {format: 'text'}).messages)
  }
}

/** slant with its trained judge (docs/model.md) switched on, at its trained thresholds or at another. */
export function slantModelAt(threshold?: number): Linter {
  return {
    name: threshold === undefined ? 'slant, model on' : `slant, model at ${threshold}`,
    hasFamilies: true,
    run(text) {
      return findingsOf(text, lint(text, {format: 'text', model: {enabled: true, threshold}}).messages)
    }
  }
}

export const slantModelLinter = slantModelAt()

/** alex as shipped (its defaults), on plain text. */
export const alexLinter: Linter = {
  name: 'alex',
  hasFamilies: false,
  run(text) {
    const offset = offsetsIn(text)
    return alexText(text).messages.flatMap((message) => {
      // alex 11 uses vfile-message 3, where the span is `position`.
      const {start, end} = message.position ?? {}
      if (!start?.line || !end?.line) return []
      return [{start: offset({line: start.line, column: start.column ?? 1}), end: offset({line: end.line, column: end.column ?? 1}), family: message.source ?? 'alex', ruleId: message.ruleId ?? 'alex'}]
    })
  }
}

/** A linter restricted to one rule family, to show that family's share of the score. */
export function onlyFamily(linter: Linter, family: string): Linter {
  return {name: `${linter.name}, ${family} rules only`, hasFamilies: true, run: (text) => linter.run(text).filter((finding) => finding.family === family)}
}
