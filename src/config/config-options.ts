import {builtinPacks} from '../engine/builtin-packs.js'
import {inputRules} from '../engine/input-rules.js'
import type {RulePack, Severity} from '../engine/rule-pack.js'
import {modelRules} from '../model/model-rules.js'
import type {EqualityOptions, ModelOptions, ProfanityOptions, QuoteTreatment, SlantOptions} from '../options.js'
import {ConfigError, describeValue} from './config-error.js'
import {unusedDisableRule} from './inline-directives.js'
import {didYouMean} from './nearest.js'
import {equalityRuleIds, isPluginRuleId} from './plugin-rule-ids.js'

/** The settings a configuration holds; `lint()` and the plugins take the same. */
export const configKeys = ['rules', 'allow', 'packs', 'quotes', 'equality', 'profanity', 'model']
const ruleSettings: ReadonlyArray<Severity | 'off'> = ['off', 'info', 'warning', 'error']
const quoteTreatments: readonly QuoteTreatment[] = ['ignore', 'info', 'warning']
const switches = new Map<unknown, boolean>([['on', true], ['off', false], [true, true], [false, false]])
const equalityKeys = ['enabled', 'binary', 'ignore']
const profanityKeys = ['enabled', 'sureness', 'ignore']
const surenessLevels = [0, 1, 2] as const
const modelKeys = ['enabled', 'threshold']
// The two plugins as a whole are set with their own keys; their rule ids go under `rules`.
const pluginKeys: Record<string, string> = {'retext-equality': 'equality', 'retext-profanities': 'profanity'}

/** "a, b or c" */
const oneOf = (items: readonly unknown[]) => items.slice(0, -1).join(', ') + ` or ${items.at(-1)}`

/**
 * Check options given in code (to `lint()` or a plugin) as a configuration file's settings are
 * checked, with the same one-line messages, named after `where`; `extraKeys` are allowed
 * besides the configuration's. Packs are given as rule packs, already read.
 */
export function checkedOptions<Options extends SlantOptions>(given: Options | undefined, where: string, extraKeys: readonly string[] = []): Options {
  const check = new SettingsCheck(where, '')
  if (given == null) return {} as Options
  if (!isMapping(given)) throw new ConfigError(where, `expected a mapping of settings, got ${describeValue(given)}`)
  const known = [...configKeys, ...extraKeys]
  for (const key of Object.keys(given)) if (!known.includes(key)) check.unknownKey(key, known)
  const options = {...given}
  if (given.packs != null && !Array.isArray(given.packs)) check.fail('packs', `expected a list of rule packs, got ${describeValue(given.packs)}`)
  return Object.assign(options, check.settings(given, given.packs ?? []))
}

/** The checks of one configuration file's values; each names the key it checks when it fails. */
export class SettingsCheck {
  constructor(
    private readonly file: string,
    private readonly keyPrefix: string
  ) {}

  fail(key: string, detail: string): never {
    throw new ConfigError(this.file, `${this.keyPrefix}${key}: ${detail}`)
  }

  /** The checked values of every setting but `packs`, whose packs `rules` may name ids of. */
  settings(raw: Record<string, unknown>, packs: readonly RulePack[]): SlantOptions {
    const options: SlantOptions = {}
    if (raw.rules != null) options.rules = this.rules(raw.rules, packs)
    if (raw.allow != null) options.allow = this.terms('allow', raw.allow)
    if (raw.quotes != null) options.quotes = this.quotes(raw.quotes)
    if (raw.equality != null) options.equality = this.equality(raw.equality)
    if (raw.profanity != null) options.profanity = this.profanity(raw.profanity)
    if (raw.model != null) options.model = this.model(raw.model)
    return options
  }

  unknownKey(key: string, known: readonly string[]): never {
    const hint = didYouMean(key.split('.').at(-1)!, known) || ` (expected ${oneOf(known)})`
    throw new ConfigError(this.file, `unknown key ${JSON.stringify(this.keyPrefix + key)}${hint}`)
  }

  /**
   * Severities by rule id: the ids of the packs and of their entries, `unused-disable`, and the
   * ids retext-equality and retext-profanities report.
   */
  rules(value: unknown, userPacks: readonly RulePack[]): Record<string, Severity | 'off'> {
    if (!isMapping(value)) this.fail('rules', `expected a mapping of rule ids to ${oneOf(ruleSettings)}, got ${describeValue(value)}`)
    const packs = [...builtinPacks(), ...userPacks]
    const packIds = packs.map((pack) => pack.id).concat(unusedDisableRule)
    const entryIds = new Set(packs.flatMap((pack) => pack.entries.map((entry) => entry.id)))
    for (const [id, setting] of Object.entries(value)) {
      if (!packIds.includes(id) && !entryIds.has(id) && !Object.hasOwn(modelRules, id) && !isPluginRuleId(id)) this.unknownRuleId(id, packIds)
      this.choice(`rules.${id}`, setting, ruleSettings, 'a severity')
    }
    return {...value} as Record<string, Severity | 'off'>
  }

  // Profanity ids are the words themselves, so they are never offered as a guess.
  private unknownRuleId(id: string, packIds: readonly string[]): never {
    if (Object.hasOwn(inputRules, id)) this.fail('rules', `${JSON.stringify(id)} is reported about the input, not its prose, and is not set under rules`)
    const hint = pluginKeys[id]
      ? ` (${id} is set with the \`${pluginKeys[id]}\` key)`
      : didYouMean(id, [...packIds, ...Object.keys(modelRules), ...equalityRuleIds]) || ' (slant --print-config <file> lists the rule ids)'
    this.fail('rules', `unknown rule id ${JSON.stringify(id)}${hint}`)
  }

  terms(key: string, value: unknown): string[] {
    if (!Array.isArray(value)) this.fail(key, `expected a list of terms, got ${describeValue(value)}`)
    for (const item of value as unknown[]) {
      if (typeof item !== 'string' || item.trim() === '') this.fail(key, `expected a list of terms, got ${describeValue(item)} in the list`)
    }
    return (value as string[]).map((term) => term.trim())
  }

  quotes(value: unknown): QuoteTreatment {
    return this.choice('quotes', value, quoteTreatments, 'a quote treatment')
  }

  /** One of a few words; a near miss ("warn") gets the word meant. */
  private choice<Word extends string>(key: string, value: unknown, words: readonly Word[], what: string): Word {
    if (words.includes(value as Word)) return value as Word
    const hint = (typeof value === 'string' && didYouMean(value, words)) || ` (expected ${oneOf(words)})`
    this.fail(key, `${describeValue(value)} is not ${what}${hint}`)
  }

  equality(value: unknown): EqualityOptions {
    const {settings, options} = this.plugin('equality', value, equalityKeys)
    const equality: EqualityOptions = options
    if (settings.binary != null) {
      if (typeof settings.binary !== 'boolean') this.fail('equality.binary', `expected true or false, got ${describeValue(settings.binary)}`)
      equality.binary = settings.binary
    }
    return equality
  }

  profanity(value: unknown): ProfanityOptions {
    const {settings, options} = this.plugin('profanity', value, profanityKeys)
    const profanity: ProfanityOptions = options
    if (settings.sureness != null) {
      if (!surenessLevels.includes(settings.sureness as 0)) this.fail('profanity.sureness', `expected ${oneOf(surenessLevels)}, got ${describeValue(settings.sureness)}`)
      profanity.sureness = settings.sureness as 0 | 1 | 2
    }
    return profanity
  }

  /** The trained judge: `on`/`off`, or a mapping with `enabled` and a `threshold` between 0 and 1. */
  model(value: unknown): ModelOptions {
    if (switches.has(value)) return {enabled: switches.get(value)}
    if (!isMapping(value)) this.fail('model', `expected on, off or a mapping (${modelKeys.join(', ')}), got ${describeValue(value)}`)
    const settings = value as Record<string, unknown>
    for (const name of Object.keys(settings)) if (!modelKeys.includes(name)) this.unknownKey(`model.${name}`, modelKeys)
    const model: ModelOptions = {}
    if (settings.enabled != null) {
      if (!switches.has(settings.enabled)) this.fail('model.enabled', `expected on or off, got ${describeValue(settings.enabled)}`)
      model.enabled = switches.get(settings.enabled)
    }
    if (settings.threshold != null) {
      const {threshold} = settings
      if (typeof threshold !== 'number' || !(threshold > 0 && threshold < 1)) this.fail('model.threshold', `expected a number between 0 and 1, got ${describeValue(threshold)}`)
      model.threshold = threshold
    }
    return model
  }

  // What the two plugins share: `on`/`off` for the whole, or a mapping with `enabled` and `ignore`.
  private plugin(key: string, value: unknown, known: readonly string[]) {
    if (switches.has(value)) return {settings: {} as Record<string, unknown>, options: {enabled: switches.get(value)}}
    if (!isMapping(value)) this.fail(key, `expected on, off or a mapping (${known.join(', ')}), got ${describeValue(value)}`)
    const settings = value as Record<string, unknown>
    for (const name of Object.keys(settings)) if (!known.includes(name)) this.unknownKey(`${key}.${name}`, known)
    const options: {enabled?: boolean; ignore?: string[]} = {}
    if (settings.enabled != null) {
      if (!switches.has(settings.enabled)) this.fail(`${key}.enabled`, `expected on or off, got ${describeValue(settings.enabled)}`)
      options.enabled = switches.get(settings.enabled)
    }
    if (settings.ignore != null) options.ignore = this.terms(`${key}.ignore`, settings.ignore)
    return {settings, options}
  }
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
