import {dirname, resolve} from 'node:path'
import type {SlantOptions} from '../options.js'
import {ConfigError} from './config-error.js'
import {configOptions} from './config-file-options.js'
import {fileSignature} from './file-signature.js'
import {findConfigFile} from './find-config-file.js'
import {readConfigData} from './read-config-file.js'

export interface ResolvedConfig {
  /** Ready for `lint(text, {...options, path})`. */
  options: SlantOptions
  /** The configuration file used, if any. */
  configFile?: string
  /** The rule pack files it loaded, to watch or to key a cache on. */
  packFiles: string[]
}

export interface ConfigFlags {
  /** Use this configuration file instead of searching for one. */
  configFile?: string
  /** Use no configuration file at all. */
  noConfig?: boolean
}

interface Loaded {
  resolved: ResolvedConfig
  /** The signature of the configuration file and of each pack file when they were read. */
  signatures: Map<string, string>
}

const loaded = new Map<string, Loaded>()

/**
 * The configuration for a file: the nearest `.slantrc`, `.slantrc.json`,
 * `.slantrc.yml`, `.slantrc.yaml` or package.json `slant` field from the
 * file's folder upward, or the one `flags` name. A configuration and its packs
 * are read once and read again only when one of them changes on disk, so the
 * packs keep their identity and the compiled matcher is reused.
 */
export function resolveConfig(filePath: string, flags: ConfigFlags = {}): ResolvedConfig {
  if (flags.noConfig) return {options: {}, packFiles: []}
  const configFile = flags.configFile ? resolve(flags.configFile) : findConfigFile(dirname(resolve(filePath)))
  if (!configFile) return {options: {}, packFiles: []}
  const cached = loaded.get(configFile)
  if (cached && [...cached.signatures].every(([file, signature]) => fileSignature(file) === signature)) return cached.resolved
  const signature = fileSignature(configFile)
  const data = readConfigData(configFile)
  if (!data) throw new ConfigError(configFile, 'has no "slant" field with settings')
  const {options, packFiles} = configOptions(data, configFile)
  const resolved: ResolvedConfig = {options, configFile, packFiles}
  const signatures = new Map([[configFile, signature], ...packFiles.map((file) => [file, fileSignature(file)] as const)])
  loaded.set(configFile, {resolved, signatures})
  return resolved
}
export {ConfigError} from './config-error.js'
