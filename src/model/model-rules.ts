import type {Family, Severity} from '../engine/rule-pack.js'
import type {JudgedSide} from './judge.js'

/** A rule the trained judge reports under, documented in docs/model.md. */
export interface ModelRule {
  side: JudgedSide
  family: Family
  severity: Severity
  /** Why a word is reported, in one line. */
  reason: string
  /** What to do instead, when no entry's suggestions suit the word. */
  advice: string
}

export const modelRules: Readonly<Record<string, ModelRule>> = {
  'subjective-wording': {
    side: 'loaded',
    family: 'loaded',
    severity: 'warning',
    reason: 'the wording judges rather than reports',
    advice: 'say what happened in plain terms, or attribute the judgement to a named source'
  },
  'speculative-claim': {
    side: 'hedge',
    family: 'claims',
    severity: 'warning',
    reason: 'a hedge or speculation that no source stands behind',
    advice: 'name who holds the view, cite the evidence, or state what is known'
  }
}
