import type {Finding} from './findings.js'
import {overlaps} from './scores.js'

/** One judgment on the Putin–Kim article: a phrase slant must flag, or must leave quiet. */
export interface GoldItem {
  text: string
  /** The rule family that owns the judgment. */
  family: string
  expect: 'flag' | 'quiet'
  why?: string
}

export interface Gold {
  article: string
  maxWarningsAndErrors: number
  items: GoldItem[]
}

export interface GoldResult {
  item: GoldItem
  /** Whether the phrase occurs in the article at all (a guard against a stale gold list). */
  present: boolean
  /** A warning or error of the item's family covers the phrase somewhere. */
  flaggedByFamily: boolean
  /** Any warning or error covers the phrase somewhere. */
  flagged: boolean
  /** Whether the linter met the expectation; a flag must come from the item's family. */
  passed: boolean
}

/**
 * Judge findings on the article against each gold item, at every place the phrase occurs.
 * Without rule families (alex), any finding counts as a flag.
 */
export function judgeGold(article: string, gold: Gold, findings: readonly Finding[], byFamily = true): GoldResult[] {
  const lower = article.toLowerCase()
  return gold.items.map((item) => {
    const places = occurrences(lower, item.text.toLowerCase())
    const covering = findings.filter((finding) => places.some((place) => overlaps(place, finding)))
    const flagged = covering.length > 0
    const flaggedByFamily = covering.some((finding) => finding.family === item.family)
    const passed = item.expect === 'flag' ? (byFamily ? flaggedByFamily : flagged) : !flagged
    return {item, present: places.length > 0, flagged, flaggedByFamily, passed: places.length > 0 && passed}
  })
}

function occurrences(text: string, phrase: string): Array<{start: number; end: number}> {
  const places = []
  for (let start = text.indexOf(phrase); start !== -1; start = text.indexOf(phrase, start + 1)) places.push({start, end: start + phrase.length})
  return places
}
