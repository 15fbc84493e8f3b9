import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {analysisOf} from '../engine/analysis.js'
import {isProperNoun, mayBeName} from '../engine/names.js'
import {firstTokenFrom, sentenceAt, type ProseIndex} from '../engine/prose-index.js'
import type {SlantOptions} from '../options.js'
import {equalityPatterns} from './equality-index.js'

/**
 * retext-equality and retext-profanities are written for docs and code, where
 * their defaults suit. News names people and reports on the world, so slant
 * tunes them:
 * - gendered words for a named person are facts, so the gendered pairs are
 *   off, except pronouns, which are checked for a named antecedent below;
 * - words that are ordinary in news (asylum, tribe, maiden voyage, hanged,
 *   invalid votes, lame duck, father of three, a challenged vote, a three-way
 *   race, a math whiz) are not reported;
 * - words that slant's own rules report with a better reason (clearly, of
 *   course, everyone knows, crazy, insane) are left to those rules, with
 *   their other senses (crazy paving);
 * - profanity is reported only where it is certain (sureness 2).
 */
const pronounRules = new Set(['he-she', 'her-him', 'herself-himself'])

const newsEqualityNoise = [
  'just', 'special', 'easy', 'easily', 'simple', 'simply', 'clearly', 'obvious', 'obviously', 'of course',
  'basically', 'everyone knows', 'crazy', 'insane', 'straightforward', 'straightforwardly', 'master', 'masters', 'masterpiece',
  'masterful', 'mastermind', 'master plan', 'masterplan', 'masterstroke', 'master key', 'master copy',
  'master of ceremonies', 'master the art', 'hang', 'hanged', 'tribe', 'fellowship', 'binge', 'depressed',
  'barren', 'invalid', 'disabled', 'bi', 'bipolar', 'asylum', 'maiden', 'maiden flight', 'maiden name',
  'maiden race', 'maiden speech', 'maiden voyage', 'manned', 'unmanned', 'slave', 'slaves', 'pull the trigger',
  'islamist', 'islamists', 'latino', 'latina', 'spade', 'sane', 'sanity check', 'moan', 'moaning', 'lame',
  'nuts', 'mental', 'dummy', 'suicide note', 'founding father', 'father of *', 'amputee', 'insomnia',
  'insomniac', 'insomniacs', 'panic attack', 'rehab', 'detox', 'ghetto', 'primitive', 'freshman', 'midwife',
  'ancient man', 'modern man', 'industrial man', 'average man', 'english master', 'sportsmanship',
  'sportsmanlike', 'workmanship', 'statesmanlike', 'churchman', 'stockman', 'railwayman', 'tax man',
  'englishmen', 'frenchmen', 'pow wow', 'powwow', 'stammering', 'bugreport', 'challenged', 'bony'
]

// Gendered pairs ("sister", "king", "host", "fellow") describe named people in news.
const genderedPairs = equalityPatterns
  .filter((pattern) => pattern.type === 'or' && !pronounRules.has(pattern.id))
  .flatMap((pattern) => Object.keys(pattern.inconsiderate))

// Certain profanity that is also a name or an ordinary word in news.
const newsProfanityNoise = [
  'fatah', 'dahmer', 'carruth', 'cum', 'dope', 'bong', 'booby', 'cockfight', 'chug', 'chugs', 'flange', 'fu', 'dink',
  'dinks', 'diddle', 'beanbag', 'beanbags', 'chunky', 'eight ball', 'eight balls', 'bung', 'barf', 'ero', 'welfare',
  'slave', 'slaves', 'spit', 'jig', 'tang', 'whiz', 'three-way', 'threeway', 'pansy', 'pansies', 'yank', 'nip'
]

export function newsEqualityOptions(options: SlantOptions) {
  return {
    binary: options.equality?.binary ?? false,
    ignore: [...genderedPairs, ...newsEqualityNoise, ...(options.equality?.ignore ?? []), ...(options.allow ?? [])]
  }
}

export function newsProfanityOptions(options: SlantOptions) {
  return {
    sureness: options.profanity?.sureness ?? 2,
    ignore: [...newsProfanityNoise, ...(options.profanity?.ignore ?? []), ...(options.allow ?? [])]
  }
}

const pluginSources = new Set(['retext-equality', 'retext-profanities'])
const antecedentWindow = 3

/**
 * Drop what those two plugins say about names ("Red Devils", "Pascal Gross")
 * and about pronouns, unless a pronoun stands for anyone rather than for a
 * person the text names or describes.
 */
export function retextNewsNames() {
  return (tree: Root, file: VFile) => {
    const {index} = analysisOf(tree, file)
    const reported = new Set<number>()
    file.messages = file.messages.filter((message) => {
      const offset = message.place && 'start' in message.place ? message.place.start.offset : undefined
      if (offset === undefined) return true
      // "stupid" is in slant's packs and in both plugins' lists: one message for one word, slant's first.
      if (!message.source || !pluginSources.has(message.source)) {
        reported.add(offset)
        return true
      }
      if (reported.has(offset)) return false
      reported.add(offset)
      const token = firstTokenFrom(index, offset)
      if (index.tokens[token]?.start === offset && isProperNoun(index, token, token + 1)) return false
      if (!message.ruleId || !pronounRules.has(message.ruleId)) return true
      return !hasNamedAntecedent(index, offset) && hasGenericAntecedent(index, offset)
    })
  }
}

// Words that make a noun stand for anyone ("each nurse", "whoever"), or may ("a reporter").
const quantifiers = new Set(['each', 'every', 'any', 'no', 'whoever', 'someone', 'anyone', 'everyone', 'somebody', 'anybody', 'everybody', 'nobody'])
const indefinites = new Set(['a', 'an'])
const definites = new Set(['the', 'this', 'these', 'those', 'my', 'your', 'our', 'their', 'its'])
// "A reporter should check his facts" is a rule for anyone; "a professor said she" is someone.
const genericMood = new Set(['should', 'must', 'can', 'could', 'may', 'might', 'will', 'would', 'shall', 'ought', 'if', 'when', 'whenever', 'unless'])
const genderedNouns = new Set(genderedPairs.map((word) => word.toLowerCase()))

// A pronoun stands for anyone when the nearest determiner before it, in its
// sentence or the one before, is a quantifier, or an indefinite article in a
// rule or a condition. A definite antecedent ("The senator lost her seat"), a
// gendered noun ("a woman ... she") or none ("She won the final") is someone.
function hasGenericAntecedent(index: ProseIndex, offset: number): boolean {
  const current = sentenceAt(index, offset)
  const from = index.sentences[Math.max(0, current - 1)].firstToken
  const token = firstTokenFrom(index, offset)
  for (let back = token - 1; back >= from; back--) {
    const {key, sentence} = index.tokens[back]
    if (genderedNouns.has(key) || definites.has(key)) return false
    if (quantifiers.has(key)) return true
    if (indefinites.has(key)) return index.tokens.slice(index.sentences[sentence].firstToken, token).some((word) => genericMood.has(word.key))
  }
  return false
}

// A name in the pronoun's sentence or the few before it. News paragraphs are
// often one sentence long, so the look-back crosses paragraphs.
function hasNamedAntecedent(index: ProseIndex, offset: number): boolean {
  const current = sentenceAt(index, offset)
  for (let sentence = current; sentence >= 0 && sentence >= current - antecedentWindow; sentence--) {
    const info = index.sentences[sentence]
    for (let token = info.firstToken; token < info.endToken; token++) {
      if (mayBeName(index, token)) return true
    }
  }
  return false
}
