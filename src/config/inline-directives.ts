import type {VFile} from 'vfile'
import {inputMessage, quoted} from '../engine/finding.js'
import type {InputRuleId} from '../engine/input-rules.js'
import type {LineIndex} from '../engine/line-index.js'
import type {Severity} from '../engine/rule-pack.js'
import type {SlantOptions} from '../options.js'
import {packsFor} from '../engine/builtin-packs.js'
import type {MarkupComment} from '../source/prose.js'
import {nearest} from './nearest.js'
import {equalityRuleIds, isPluginRuleId} from './plugin-rule-ids.js'

/** The rule id of the report on a disable comment that silenced nothing. */
export const unusedDisableRule: InputRuleId = 'unused-disable'

type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-file'

export interface Directive {
  kind: DirectiveKind
  /** The rule ids it names; none means every rule. */
  ids: string[]
  comment: MarkupComment
}

/** Where one directive silences one rule, or every rule: source offsets, end exclusive. */
interface Silence {
  directive: Directive
  id?: string
  from: number
  to: number
  used: boolean
}

// "slant-disable loaded-label, puffery -- the UN's term": ids apart by commas or spaces, a reason after "--".
const directivePattern = /^\s*slant-(disable-next-line|disable-file|disable|enable)(?=\s|$)([^]*)$/
const pluginSources = ['retext-equality', 'retext-profanities']

export function parseDirective(comment: MarkupComment): Directive | undefined {
  const match = directivePattern.exec(comment.text)
  if (!match) return undefined
  const ids = match[2].split(/\s--(?:\s|$)/)[0].split(/[\s,]+/).filter(Boolean)
  return {kind: match[1] as DirectiveKind, ids, comment}
}

export function unusedDisableSeverity(options: SlantOptions): Severity | 'off' {
  return options.rules?.[unusedDisableRule] ?? 'info'
}

/**
 * Drop the messages that `slant-disable` comments silence, then report each
 * comment (or rule id in one) that silenced nothing, so stale ones get removed.
 * A rule id matches a message's rule id, or its source for retext-equality and
 * retext-profanities as a whole.
 */
export function applyInlineDirectives(file: VFile, comments: readonly MarkupComment[], lines: LineIndex, options: SlantOptions) {
  const directives = comments.map(parseDirective).filter((directive) => directive !== undefined)
  if (directives.length === 0) return
  const source = String(file.value)
  const silences = silencesFor(directives, source)
  file.messages = file.messages.filter((message) => {
    const offset = message.place && 'start' in message.place ? message.place.start.offset : message.place?.offset
    if (offset === undefined) return true
    const covering = silences.filter(
      (silence) => silence.from <= offset && offset < silence.to && (silence.id === undefined || silence.id === message.ruleId || silence.id === message.source)
    )
    for (const silence of covering) silence.used = true
    return covering.length === 0
  })
  const severity = unusedDisableSeverity(options)
  if (severity === 'off') return
  const knownIds = [...packsFor(options).map((pack) => pack.id), ...pluginSources, ...equalityRuleIds]
  for (const silence of silences) {
    if (silence.used) continue
    const {comment} = silence.directive
    const place = {start: lines.point(comment.start), end: lines.point(comment.end)}
    const message = inputMessage(unusedReason(silence, knownIds), unusedDisableRule, severity, file.path, place)
    Object.assign(message, {actual: source.slice(comment.start, comment.end), expected: []})
    file.messages.push(message)
  }
}

function silencesFor(directives: readonly Directive[], source: string): Silence[] {
  const silences: Silence[] = []
  let open: Silence[] = []
  const silence = (directive: Directive, from: number, to: number) => {
    const made = (directive.ids.length > 0 ? directive.ids : [undefined]).map((id) => ({directive, id, from, to, used: false}))
    silences.push(...made)
    return made
  }
  for (const directive of directives) {
    const {start, end} = directive.comment
    switch (directive.kind) {
      case 'disable-file':
        silence(directive, 0, Infinity)
        break
      case 'disable-next-line': {
        const from = lineAfter(source, end)
        silence(directive, from, lineAfter(source, from))
        break
      }
      case 'disable':
        open.push(...silence(directive, end, Infinity))
        break
      case 'enable': {
        // A bare enable ends every open region; one with ids ends the regions for those ids.
        const ended = open.filter((region) => directive.ids.length === 0 || (region.id !== undefined && directive.ids.includes(region.id)))
        for (const region of ended) region.to = start
        open = open.filter((region) => !ended.includes(region))
      }
    }
  }
  return silences
}

/** Where the line after the one holding `offset` starts; past the end when there is none. */
function lineAfter(source: string, offset: number): number {
  const newline = source.indexOf('\n', offset)
  return newline === -1 ? Infinity : newline + 1
}

function unusedReason(silence: Silence, knownIds: readonly string[]): string {
  const {kind} = silence.directive
  const id = silence.id
  const reason = `${quoted(id ? `slant-${kind} ${id}` : `slant-${kind}`)} silenced nothing`
  if (!id || knownIds.includes(id) || isPluginRuleId(id)) return `${reason}; remove it`
  const guess = nearest(id, knownIds)
  return `${reason}: ${quoted(id)} is not a rule id${guess ? ` (did you mean ${quoted(guess)}?)` : ''}`
}
