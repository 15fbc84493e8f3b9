import pluralize from 'pluralize'
import {irregularBase, type VerbForm} from './irregular-verbs.js'
import type {Tag} from './tagger/tagger.js'

// A stem that ends so usually lost an -e: rated, smiling, criticised, arguing.
const lostE = /(?:[^aeiou][aeiou][cgsvz]|[^aeiou]at|[^aeiou]ut|[bdgkpt]l|[uv]|[^aeiou]il|iz|is|rg|ng|dg|rs|nc)$/
const doubled = /([bdgmnprt])\1$/

// The base of a regular verb form without its ending (-ed, -ing).
function regularBase(stem: string): string {
  if (doubled.test(stem)) return stem.slice(0, -1)
  return lostE.test(stem) ? stem + 'e' : stem
}

const verbForms: Record<string, VerbForm> = {'VERB:past': 'past', 'VERB:participle': 'participle', 'VERB:s': 's', 'VERB:ing': 'ing', 'AUX:past': 'past', 'AUX:participle': 'participle', 'AUX:s': 's', 'AUX:ing': 'ing'}

/** The dictionary form of a word with its tag: mocked → mock, lay (past) → lie, slammed → slam, hordes → horde. */
export function lemma(word: string, tag: Tag): string {
  const lower = word.toLowerCase()
  if (tag === 'NOUN:plural') return pluralize.singular(lower)
  const form = verbForms[tag]
  if (!form) return lower
  const irregular = irregularBase(lower, form)
  if (irregular) return irregular
  if (form === 's') {
    if (/ies$/.test(lower)) return lower.slice(0, -3) + 'y'
    if (/(?:ss|sh|ch|x|zz|[^aeiou]o)es$/.test(lower)) return lower.slice(0, -2)
    return lower.replace(/s$/, '')
  }
  if (form === 'ing') return lower.endsWith('ing') ? regularBase(lower.slice(0, -3)) : lower
  // lied, died, tied; but carried, worried.
  if (/^[^aeiou]ied$/.test(lower)) return lower.slice(0, -1)
  if (/[^aeiou]ied$/.test(lower)) return lower.slice(0, -3) + 'y'
  return lower.endsWith('ed') ? regularBase(lower.slice(0, -2)) : lower
}
