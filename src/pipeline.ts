import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {Plugin, Preset, Processor} from 'unified'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {analysisOf} from './engine/analysis.js'
import {retextEnglishInParts} from './engine/english-parser.js'
import {checkedOptions} from './config/config-options.js'
import {Lexicon} from './engine/lexicon.js'
import {packsFor} from './engine/builtin-packs.js'
import type {RulePack} from './engine/rule-pack.js'
import type {SlantOptions} from './options.js'
import {retextEqualityIndexed} from './rules/equality-index.js'
import {retextJudgedWording} from './rules/judged-wording.js'
import {retextLoadedTerms} from './rules/loaded-terms.js'
import {newsEqualityOptions, newsProfanityOptions, retextNewsNames} from './rules/news-tuning.js'
import {retextProfanityIndexed} from './rules/profanity-index.js'
import {retextScareQuotes} from './rules/scare-quotes.js'
import {retextVoice} from './rules/voice.js'

type Transformer = (tree: Root, file: VFile) => void

/** slant's rules, in the order they run, grouped by what of the prose they read. */
export interface SlantSteps {
  /** The shared analysis and the rules that read only it. */
  analysed: Transformer[]
  /** retext-equality's and retext-profanities' checks, which read the tree a paragraph at a time. */
  perParagraph: Transformer[]
  /** Over every finding: names, then the writer's voice. */
  filters: Transformer[]
}

/**
 * The shared analysis, slant's own rules, retext-equality's and retext-profanities'
 * checks tuned for news (compiled once: src/rules/*-index.ts), and the voice step.
 */
export function slantSteps(options: SlantOptions = {}): SlantSteps {
  const packs = packsFor(options)
  const byId = new Map(packs.map((pack) => [pack.id, pack]))
  const analysed: Transformer[] = [(tree, file) => void analysisOf(tree, file), retextLoadedTerms(new Lexicon(packs, options.allow))]
  const scareQuotes = byId.get('scare-quotes')
  if (scareQuotes) analysed.push(retextScareQuotes(scareQuotes))
  if (options.model?.enabled) analysed.push(retextJudgedWording(packs, options.model))
  const perParagraph: Transformer[] = []
  if (options.equality?.enabled !== false) perParagraph.push(retextEqualityIndexed(newsEqualityOptions(options)))
  if (options.profanity?.enabled !== false) perParagraph.push(retextProfanityIndexed(newsProfanityOptions(options)))
  return {analysed, perParagraph, filters: [retextNewsNames(), retextVoice(options)]}
}

/**
 * slant's rules as one retext plugin (see `slantSteps`): for `retext()`, or as the destination
 * of remark-retext and rehype-retext. It reads only the tree and the file it is given; options
 * are checked as a configuration file's are.
 */
export const retextSlant: Plugin<[SlantOptions?], Root> = function (options) {
  return inOrder(slantSteps(checkedOptions(options, 'slant options')))
}

/** Turns the tree back into its text, as retext-stringify does, so that `process()` has a compiler. */
function retextCompiler(this: Processor) {
  this.compiler = (tree) => toString(tree as Root)
}

function inOrder({analysed, perParagraph, filters}: SlantSteps): Transformer {
  const steps = [...analysed, ...perParagraph, ...filters]
  return (tree, file) => {
    for (const step of steps) step(tree, file)
  }
}

/**
 * The retext preset: the English parser (long texts a part at a time), slant's rules and a
 * compiler that gives the text back, so `unified().use(slant).process(text)` runs as it is.
 */
export function slantPreset(options: SlantOptions = {}): Preset {
  return {plugins: [[retextEnglishInParts], [retextSlant, options], [retextCompiler]]}
}

export const slant: Preset = slantPreset()

/** What lint() runs: the preset as a processor, and its steps for prose read a part at a time. */
export interface Linter {
  processor: Processor<Root, Root, Root>
  steps: SlantSteps
}

const linters = new Map<string, Linter>()
const packSerials = new WeakMap<RulePack, number>()
let nextSerial = 0
const maxLinters = 32

// Linters are cached by what changes the rules; a pack counts by identity,
// so a pack read again from disk gets a fresh linter.
function cacheKey(options: SlantOptions): string {
  const packs = (options.packs ?? []).map((pack) => {
    if (!packSerials.has(pack)) packSerials.set(pack, nextSerial++)
    return packSerials.get(pack)
  })
  const {rules, allow, quotes, equality, profanity, model} = options
  return JSON.stringify({rules, allow, quotes, equality, profanity, model, packs})
}

/** One linter per configuration, so packs compile once per run. */
export function linterFor(options: SlantOptions = {}): Linter {
  const key = cacheKey(options)
  let linter = linters.get(key)
  if (!linter) {
    const steps = slantSteps(options)
    const processor = unified().use(retextEnglishInParts).use(() => inOrder(steps)).freeze() as unknown as Processor<Root, Root, Root>
    linter = {processor, steps}
    if (linters.size >= maxLinters) linters.delete(linters.keys().next().value!)
    linters.set(key, linter)
  }
  return linter
}
