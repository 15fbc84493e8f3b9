import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {cuss} from 'cuss'
import pluralize from 'pluralize'
import type {VFile} from 'vfile'
import {messageWithoutStack} from '../engine/finding.js'
import {backticked, PhraseIndex, placeOf, wordSlotsOf, type PhraseHandler} from './phrase-index.js'

const source = 'retext-profanities'
const url = 'https://github.com/retextjs/retext-profanities#readme'

// retext-profanities 8 (lib/en.js): forms that pluralize gets wrong, and words matched with
// their apostrophes.
const misinflected = new Set(['children', 'dy', 'pro', 'remain', 'so', 'dice', 'fus'])
const keepApostrophes = ['hell', 'whore']

// cuss's words and their inflections, each with its sureness (0 to 2), in the plugin's order.
const surenessByPhrase: Record<string, number> = {}
for (const [word, sureness] of Object.entries(cuss)) {
  for (const form of [word, pluralize.singular(word), pluralize.plural(word)]) {
    if (!misinflected.has(form)) surenessByPhrase[form] = sureness
  }
}

export interface ProfanityIndexOptions {
  ignore?: readonly string[]
  /** Report words at least this sure to be profane. */
  sureness?: number
}

/**
 * retext-profanities' check with its word list compiled once per
 * configuration: the same messages, in the same order.
 */
export function retextProfanityIndexed(options: ProfanityIndexOptions = {}) {
  const ignored = new Set(options.ignore ?? [])
  const minimum = options.sureness ?? 0
  // Words below the sureness are never reported, so they need not be searched.
  const phrases = Object.keys(surenessByPhrase).filter((phrase) => !ignored.has(phrase) && surenessByPhrase[phrase] >= minimum)
  const plain = new PhraseIndex(phrases.filter((phrase) => !keepApostrophes.includes(phrase)))
  const withApostrophes = new PhraseIndex(
    keepApostrophes.filter((phrase) => phrases.includes(phrase)),
    true
  )

  return (tree: Root, file: VFile) => {
    const slots = wordSlotsOf(tree)
    const warn: PhraseHandler = (nodes, _position, _parent, phrase) => {
      const sureness = surenessByPhrase[phrase]
      const actual = toString(nodes)
      const [opening, closing] = wordingFor[sureness]
      const message = messageWithoutStack(file, `${opening} ${backticked(actual)}, ${closing}`, {place: placeOf(nodes), ruleId: phrase.replace(/\W+/g, '-'), source})
      message.actual = actual
      message.expected = []
      Object.assign(message, {profanitySeverity: sureness})
      message.url = url
    }
    plain.search(slots, warn)
    withApostrophes.search(slots, warn)
  }
}

const wordingFor: Record<number, [string, string]> = {
  0: ['Be careful with', 'it’s profane in some cases'],
  1: ['Reconsider using', 'it may be profane'],
  2: ['Don’t use', 'it’s profane']
}
