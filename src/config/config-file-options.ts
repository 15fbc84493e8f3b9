import {statSync} from 'node:fs'
import {dirname, relative, resolve} from 'node:path'
import {builtinPacks} from '../engine/packs.js'
import {readRulePack} from '../engine/read-rule-pack.js'
import {RulePackError, type RulePack} from '../engine/rule-pack.js'
import type {SlantOptions} from '../options.js'
import {ConfigError, describeValue} from './config-error.js'
import {configKeys, isMapping, SettingsCheck} from './config-options.js'
import type {ConfigData} from './read-config-file.js'

/** What a configuration file sets, checked and ready for `lint()`. */
export interface ConfigSettings {
  options: SlantOptions
  /** The rule pack files it lists, resolved against the configuration's folder. */
  packFiles: string[]
}

/**
 * Check a configuration's settings and turn them into SlantOptions. The first
 * mistake throws a ConfigError naming the file, the key and the value. A key
 * left empty (`allow:` with nothing after it) is not set.
 */
export function configOptions(data: ConfigData, file: string): ConfigSettings {
  const check = new SettingsCheck(file, data.keyPrefix)
  const raw = data.settings ?? {}
  if (!isMapping(raw)) {
    throw new ConfigError(file, `${data.keyPrefix.slice(0, -1) || 'the configuration'} must be a mapping of settings, got ${describeValue(raw)}`)
  }
  for (const key of Object.keys(raw)) if (!configKeys.includes(key)) check.unknownKey(key, configKeys)
  const options: SlantOptions = {}
  const packFiles = raw.packs == null ? [] : packFilesIn(raw.packs, file, check)
  if (packFiles.length > 0) options.packs = readPacks(packFiles, file)
  Object.assign(options, check.settings(raw, options.packs ?? []))
  return {options, packFiles}
}

function packFilesIn(value: unknown, configFile: string, check: SettingsCheck): string[] {
  if (!Array.isArray(value)) check.fail('packs', `expected a list of rule pack files, got ${describeValue(value)}`)
  return (value as unknown[]).map((path) => {
    if (typeof path !== 'string' || path.trim() === '') check.fail('packs', `expected a list of rule pack files, got ${describeValue(path)} in the list`)
    const packFile = resolve(dirname(configFile), path as string)
    const stat = statSync(packFile, {throwIfNoEntry: false})
    if (!stat) check.fail('packs', `${JSON.stringify(path)} does not exist`)
    if (!stat.isFile()) check.fail('packs', `${JSON.stringify(path)} is not a file`)
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
