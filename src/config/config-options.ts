import {statSync} from 'node:fs'
import {dirname, relative, resolve} from 'node:path'
import {builtinPacks} from '../engine/packs.js'
import {readRulePack, RulePackError, type RulePack, type Severity} from '../engine/rule-pack.js'
import type {EqualityOptions, ProfanityOptions, QuoteTreatment, SlantOptions} from '../options.js'
import {ConfigError, describeValue} from './config-error.js'
import {unusedDisableRule} from './inline-directives.js'
import {didYouMean} from './nearest.js'
import {isMapping, type ConfigData} from './read-config-file.js'

/** What a configuration file sets, checked and ready for `lint()`. */
export interface ConfigSettings {
  options: SlantOptions
  /** The rule pack files it lists, resolved against the configuration's folder. */
  packFiles: string[]
}

const configKeys = ['rules', 'allow', 'packs', 'quotes', 'equality', 'profanity']
const ruleSettings: ReadonlyArray<Severity | 'off'> = ['off', 'info', 'warning', 'error']
const quoteTreatments: readonly QuoteTreatment[] = ['ignore', 'info', 'warning']
const switches = new Map<unknown, boolean>([['on', true], ['off', false], [true, true], [false, false]])
const equalityKeys = ['enabled', 'binary', 'ignore']
const profanityKeys = ['enabled', 'sureness', 'ignore']
const surenessLevels = [0, 1, 2] as const
// The two plugins' own rule ids are many and change between versions: they are set as a whole.
const pluginKeys: Record<string, string> = {'retext-equality': 'equality', 'retext-profanities': 'profanity'}

/** "a, b or c" */
const oneOf = (items: readonly unknown[]) => items.slice(0, -1).join(', ') + ` or ${items.at(-1)}`

/**
 * Check a configuration's settings and turn them into SlantOptions. The first
 * mistake throws a ConfigError naming the file, the key and the value. A key
 * left empty (`allow:` with nothing after it) is not set.
 */
export function configOptions(data: ConfigData, file: string): ConfigSettings {
  const {settings, keyPrefix} = data
  const fail = (key: string, detail: string): never => {
    throw new ConfigError(file, `${keyPrefix}${key}: ${detail}`)
  }
  const unknownKey = (key: string, known: readonly string[]): never => {
    const hint = didYouMean(key.split('.').at(-1)!, known) || ` (expected ${oneOf(known)})`
    throw new ConfigError(file, `unknown key ${JSON.stringify(keyPrefix + key)}${hint}`)
  }
  const raw = settings ?? {}
  if (!isMapping(raw)) {
    throw new ConfigError(file, `${keyPrefix.slice(0, -1) || 'the configuration'} must be a mapping of settings, got ${describeValue(raw)}`)
  }
  for (const key of Object.keys(raw)) if (!configKeys.includes(key)) unknownKey(key, configKeys)

  const terms = (key: string, value: unknown): string[] => {
    if (!Array.isArray(value)) fail(key, `expected a list of terms, got ${describeValue(value)}`)
    for (const item of value as unknown[]) {
      if (typeof item !== 'string' || item.trim() === '') fail(key, `expected a list of terms, got ${describeValue(item)} in the list`)
    }
    return (value as string[]).map((term) => term.trim())
  }
  const switched = (key: string, value: unknown): boolean => {
    if (!switches.has(value)) fail(key, `expected on or off, got ${describeValue(value)}`)
    return switches.get(value)!
  }
  const pluginOptions = (key: string, value: unknown, known: readonly string[]): Record<string, unknown> => {
    if (switches.has(value)) return {enabled: switched(key, value)}
    if (!isMapping(value)) fail(key, `expected on, off or a mapping (${known.join(', ')}), got ${describeValue(value)}`)
    const mapping = value as Record<string, unknown>
    for (const name of Object.keys(mapping)) if (!known.includes(name)) unknownKey(`${key}.${name}`, known)
    const options: Record<string, unknown> = {}
    if (mapping.enabled != null) options.enabled = switched(`${key}.enabled`, mapping.enabled)
    if (mapping.ignore != null) options.ignore = terms(`${key}.ignore`, mapping.ignore)
    return options
  }

  const options: SlantOptions = {}
  const packFiles = raw.packs == null ? [] : packPaths(raw.packs, file, fail)
  if (packFiles.length > 0) options.packs = readPacks(packFiles, file)

  if (raw.rules != null) {
    if (!isMapping(raw.rules)) fail('rules', `expected a mapping of rule ids to ${oneOf(ruleSettings)}, got ${describeValue(raw.rules)}`)
    const knownIds = [...builtinPacks(), ...(options.packs ?? [])].map((pack) => pack.id).concat(unusedDisableRule)
    const rules: Record<string, Severity | 'off'> = {}
    for (const [id, setting] of Object.entries(raw.rules as Record<string, unknown>)) {
      if (!knownIds.includes(id)) {
        const hint = pluginKeys[id]
          ? ` (${id} is set with the \`${pluginKeys[id]}\` key)`
          : didYouMean(id, knownIds) || ' (slant --print-config <file> lists the rule ids)'
        fail('rules', `unknown rule id ${JSON.stringify(id)}${hint}`)
      }
      if (!ruleSettings.includes(setting as Severity)) fail(`rules.${id}`, `${describeValue(setting)} is not a severity (expected ${oneOf(ruleSettings)})`)
      rules[id] = setting as Severity | 'off'
    }
    options.rules = rules
  }
  if (raw.allow != null) options.allow = terms('allow', raw.allow)
  if (raw.quotes != null) {
    if (!quoteTreatments.includes(raw.quotes as QuoteTreatment)) {
      fail('quotes', `${describeValue(raw.quotes)} is not a quote treatment (expected ${oneOf(quoteTreatments)})`)
    }
    options.quotes = raw.quotes as QuoteTreatment
  }
  if (raw.equality != null) {
    const equality: EqualityOptions = pluginOptions('equality', raw.equality, equalityKeys)
    const binary = isMapping(raw.equality) ? raw.equality.binary : undefined
    if (binary != null) {
      if (typeof binary !== 'boolean') fail('equality.binary', `expected true or false, got ${describeValue(binary)}`)
      equality.binary = binary as boolean
    }
    options.equality = equality
  }
  if (raw.profanity != null) {
    const profanity: ProfanityOptions = pluginOptions('profanity', raw.profanity, profanityKeys)
    const sureness = isMapping(raw.profanity) ? raw.profanity.sureness : undefined
    if (sureness != null) {
      if (!surenessLevels.includes(sureness as 0)) fail('profanity.sureness', `expected ${oneOf(surenessLevels)}, got ${describeValue(sureness)}`)
      profanity.sureness = sureness as 0 | 1 | 2
    }
    options.profanity = profanity
  }
  return {options, packFiles}
}

function packPaths(value: unknown, file: string, fail: (key: string, detail: string) => never): string[] {
  if (!Array.isArray(value)) fail('packs', `expected a list of rule pack files, got ${describeValue(value)}`)
  return (value as unknown[]).map((path) => {
    if (typeof path !== 'string' || path.trim() === '') fail('packs', `expected a list of rule pack files, got ${describeValue(path)} in the list`)
    const packFile = resolve(dirname(file), path as string)
    const stat = statSync(packFile, {throwIfNoEntry: false})
    if (!stat) fail('packs', `${JSON.stringify(path)} does not exist`)
    if (!stat!.isFile()) fail('packs', `${JSON.stringify(path)} is not a file`)
    return packFile
  })
}

// A pack's id is the rule id its findings carry, so it must name one pack only.
function readPacks(files: string[], configFile: string): RulePack[] {
  const owners = new Map(builtinPacks().map((pack) => [pack.id, 'one of slant’s own packs']))
  return files.map((file) => {
    let pack: RulePack
    try {
      pack = readRulePack(file)
    } catch (error) {
      if (error instanceof RulePackError) throw new ConfigError(error.file, error.detail)
      throw error
    }
    const owner = owners.get(pack.id)
    if (owner) throw new ConfigError(file, `id: ${JSON.stringify(pack.id)} is already the id of ${owner}; choose another`)
    owners.set(pack.id, `the pack in ${relative(dirname(configFile), file)}`)
    return pack
  })
}
