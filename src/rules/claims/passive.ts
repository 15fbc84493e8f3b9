import {beForms, type TokenRange} from '../../engine/attribution.js'
import type {ProseIndex} from '../../engine/prose-index.js'

// Adverbs that may stand between "be" and the participle: "is widely seen as".
const passiveAdverbs = new Set([
  'also', 'already', 'broadly', 'commonly', 'frequently', 'generally', 'increasingly', 'largely', 'long', 'mostly',
  'not', 'now', 'often', 'once', 'sometimes', 'still', 'traditionally', 'usually', 'widely'
])
const maxAdverbs = 2

/** Whether a form of "be" comes before the match: "is seen as", "it is widely believed that". */
export function isPassive(index: ProseIndex, match: TokenRange): boolean {
  const {tokens} = index
  const first = index.sentences[tokens[match.start].sentence].firstToken
  for (let token = match.start - 1; token >= Math.max(first, match.start - 1 - maxAdverbs); token--) {
    if (beForms.has(tokens[token].key)) return true
    if (!passiveAdverbs.has(tokens[token].key)) return false
  }
  return false
}
