import type {Root} from 'nlcst'
import type {Preset, Processor} from 'unified'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {analysisOf} from './engine/analysis.js'
import {retextEnglishInParts} from './engine/english-parser.js'
import {Lexicon} from './engine/lexicon.js'
import {packsFor} from './engine/packs.js'
import type {RulePack} from './engine/rule-pack.js'
import type {SlantOptions} from './options.js'
import {retextEqualityIndexed} from './rules/equality-index.js'
import {retextLoadedTerms} from './rules/loaded-terms.js'
import {newsEqualityOptions, newsProfanityOptions, retextNewsNames} from './rules/news-tuning.js'
import {retextProfanityIndexed} from './rules/profanity-index.js'
import {retextScareQuotes} from './rules/scare-quotes.js'
import {retextVoice} from './rules/voice.js'

type Transformer = (tree: Root, file: VFile) => void

/**
 * slant's rules as one retext plugin: the shared analysis, slant's own rules,
 * retext-equality's and retext-profanities' checks tuned for news (compiled
 * once: src/rules/*-index.ts), and the voice step.
 */
export function retextSlant(options: SlantOptions = {}) {
  const packs = packsFor(options)
  const byId = new Map(packs.map((pack) => [pack.id, pack]))
  const steps: Transformer[] = [(tree, file) => void analysisOf(tree, file), retextLoadedTerms(new Lexicon(packs, options.allow))]
  const scareQuotes = byId.get('scare-quotes')
  if (scareQuotes) steps.push(retextScareQuotes(scareQuotes))
  if (options.equality?.enabled !== false) steps.push(retextEqualityIndexed(newsEqualityOptions(options)))
  if (options.profanity?.enabled !== false) steps.push(retextProfanityIndexed(newsProfanityOptions(options)))
  steps.push(retextNewsNames(), retextVoice(options))
  return (tree: Root, file: VFile) => {
    for (const step of steps) step(tree, file)
  }
}

/** The retext preset: the English parser (long texts a part at a time) and slant's rules, ready to `.use()`. */
export function slantPreset(options: SlantOptions = {}): Preset {
  return {plugins: [[retextEnglishInParts], [retextSlant, options]]}
}

export const slant: Preset = slantPreset()

const processors = new Map<string, Processor<Root, Root, Root>>()
const packSerials = new WeakMap<RulePack, number>()
let nextSerial = 0
const maxProcessors = 32

// Processors are cached by what changes the rules; a pack counts by identity,
// so a pack read again from disk gets a fresh processor.
function cacheKey(options: SlantOptions): string {
  const packs = (options.packs ?? []).map((pack) => {
    if (!packSerials.has(pack)) packSerials.set(pack, nextSerial++)
    return packSerials.get(pack)
  })
  const {rules, allow, quotes, equality, profanity} = options
  return JSON.stringify({rules, allow, quotes, equality, profanity, packs})
}

/** One frozen processor per configuration, so packs compile once per run. */
export function processorFor(options: SlantOptions = {}): Processor<Root, Root, Root> {
  const key = cacheKey(options)
  let processor = processors.get(key)
  if (!processor) {
    processor = unified().use(slantPreset(options)).freeze() as unknown as Processor<Root, Root, Root>
    if (processors.size >= maxProcessors) processors.delete(processors.keys().next().value!)
    processors.set(key, processor)
  }
  return processor
}
