import type {RulePack, Severity} from './engine/rule-pack.js'

export type QuoteTreatment = 'ignore' | 'info' | 'warning'

export interface EqualityOptions {
  enabled?: boolean
  /** Allow binary pairs ("he or she", "his or her"); by default they are reported. */
  binary?: boolean
  ignore?: string[]
}

export interface ProfanityOptions {
  enabled?: boolean
  /** 0 reports words that are profane in some senses, 2 only certain profanity. */
  sureness?: 0 | 1 | 2
  ignore?: string[]
}

/** The trained judge (docs/model.md): its findings, and the lowest score it reports. */
export interface ModelOptions {
  enabled?: boolean
  /** A probability between 0 and 1; by default each side's threshold chosen in training. */
  threshold?: number
}

/** Everything that changes what slant reports. Config files map onto this. */
export interface SlantOptions {
  /** Extra rule packs (a newsroom's house style), added to slant's own. */
  packs?: RulePack[]
  /** Severity per rule id, or `off`. */
  rules?: Record<string, Severity | 'off'>
  /** Terms never flagged, matched like rule terms. */
  allow?: string[]
  /** How loaded words inside attributed quotations are reported (default `info`). */
  quotes?: QuoteTreatment
  equality?: EqualityOptions
  profanity?: ProfanityOptions
  model?: ModelOptions
}
