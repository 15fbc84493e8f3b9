import type {SlantOptions} from '../options.js'

/** The configuration that applies to one file, as the CLI finds it. */
export interface ResolvedConfig {
  options: SlantOptions
  configFile?: string
  packFiles: string[]
}

/** Finds the configuration for a file; throws a one-line error when the configuration is invalid. */
export type ConfigResolver = (filePath: string) => ResolvedConfig

export const defaultConfigResolver: ConfigResolver = () => ({options: {}, packFiles: []})
