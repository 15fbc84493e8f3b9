import type {Parents, Root, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import {messageWithoutStack} from '../engine/finding.js'
import {equalityPatterns} from './equality-patterns.js'
import {backticked, PhraseIndex, placeOf, slotsByParagraph, wordSlotsOf, type PhraseHandler} from './phrase-index.js'

/** A retext-equality pattern, as its `patterns-en.js` lists them. */
export interface EqualityPattern {
  id: string
  type: 'or' | 'basic'
  /** Phrase to the category it belongs to ("her": "female"). */
  inconsiderate: Record<string, string>
  considerate?: Record<string, string>
  condition?: string
  note?: string
  /** Whether the phrases keep their apostrophes when matched. */
  apostrophe?: boolean
}

export {equalityPatterns}

const source = 'retext-equality'
const url = 'https://github.com/retextjs/retext-equality#readme'

// Phrase to pattern id; a phrase listed twice belongs to its last pattern but keeps its first place.
const patternIdByPhrase = new Map<string, string>()
const patternById = new Map<string, EqualityPattern>()
const apostrophePhrases = new Set<string>()
for (const pattern of equalityPatterns) {
  patternById.set(pattern.id, pattern)
  for (const phrase of Object.keys(pattern.inconsiderate)) {
    patternIdByPhrase.set(phrase, pattern.id)
    if (pattern.apostrophe) apostrophePhrases.add(phrase)
  }
}

interface Match {
  parent: Parents
  nodes: SentenceContent[]
  start: number
  end: number
  /** The phrase's category: an `or` pattern is fine when every category is there. */
  category: string
}

export interface EqualityIndexOptions {
  ignore?: readonly string[]
  binary?: boolean
}

/**
 * retext-equality's check with its phrases compiled once, not once per
 * paragraph: the same messages, in the same order.
 */
export function retextEqualityIndexed(options: EqualityIndexOptions = {}) {
  const ignored = new Set(options.ignore ?? [])
  const binary = options.binary ?? false
  const phrases = [...patternIdByPhrase.keys()].filter((phrase) => !ignored.has(phrase))
  const plain = new PhraseIndex(phrases.filter((phrase) => !apostrophePhrases.has(phrase)))
  const withApostrophes = new PhraseIndex(
    phrases.filter((phrase) => apostrophePhrases.has(phrase)),
    true
  )

  return (tree: Root, file: VFile) => {
    for (const paragraph of slotsByParagraph(wordSlotsOf(tree))) {
      const matchesById = new Map<string, Match[]>()
      const collect: PhraseHandler = (nodes, start, parent, phrase) => {
        // A phrase with capitals ("Eskimo") matches only as written.
        if (phrase !== phrase.toLowerCase() && toString(nodes) !== phrase) return
        const id = patternIdByPhrase.get(phrase)!
        const pattern = patternById.get(id)!
        const match = {parent, nodes, start, end: start + nodes.length - 1, category: pattern.inconsiderate[phrase]}
        const matches = matchesById.get(id)
        if (matches) matches.push(match)
        else matchesById.set(id, [match])
      }
      plain.search(paragraph, collect)
      withApostrophes.search(paragraph, collect)
      for (const [id, matches] of matchesById) {
        const pattern = patternById.get(id)!
        const unpaired = binary && pattern.type === 'or' ? withoutPairs(matches) : matches
        for (const match of unpaired) warn(file, match, pattern)
      }
    }
  }
}

// "he or she", "him and her", "he/she": both categories next to each other are not reported.
function withoutPairs(matches: readonly Match[]): Match[] {
  const kept: Match[] = []
  for (let index = 0; index < matches.length; index++) {
    const match = matches[index]
    const next = matches[index + 1]
    if (next && next.parent === match.parent && next.category !== match.category && onlyJoinersBetween(match, next)) {
      index++
      continue
    }
    kept.push(match)
  }
  return kept
}

function onlyJoinersBetween(match: Match, next: Match): boolean {
  // The apostrophe phrases are searched after the others, so `next` may come first.
  if (next.start <= match.end) return false
  const siblings = match.parent.children
  for (let position = match.end + 1; position < next.start; position++) {
    const sibling = siblings[position]
    const folded = toString(sibling).toLowerCase().replace(/’/g, "'").replace(/[-']/g, '')
    const joins =
      sibling.type === 'WhiteSpaceNode' ||
      (sibling.type === 'WordNode' && /(and|or)/.test(folded)) ||
      (sibling.type === 'PunctuationNode' && folded === '/')
    if (!joins) return false
  }
  return true
}

function warn(file: VFile, match: Match, pattern: EqualityPattern) {
  const actual = toString(match.nodes)
  let expected: string[] | undefined
  if (pattern.considerate) {
    expected = Object.keys(pattern.considerate)
    if (actual.charAt(0).toUpperCase() === actual.charAt(0)) {
      expected = expected.map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    }
  }
  const reason =
    'Unexpected potentially insensitive use of ' +
    backticked(actual) +
    (pattern.condition ? ', ' + pattern.condition : '') +
    ', ' +
    (expected ? 'in somes cases ' + expected.map(backticked).join(', ') + ' may be better' : 'try not to use it')
  const message = messageWithoutStack(file, reason, {ancestors: [match.parent], place: placeOf(match.nodes), ruleId: pattern.id, source})
  message.actual = actual
  message.expected = expected
  message.note = pattern.note
  message.url = url
}
