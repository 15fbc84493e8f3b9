import {isAbsolute, relative} from 'node:path'

/**
 * A mistake in a configuration file or a rule pack it lists. The message is
 * one line naming the file, the key and the offending value.
 */
export class ConfigError extends Error {
  name = 'ConfigError'

  constructor(
    readonly file: string,
    readonly detail: string
  ) {
    super(`${displayPath(file)}: ${detail}`)
  }
}

/** A path as the user would type it: relative to the working folder when inside it. */
export function displayPath(file: string): string {
  const path = relative(process.cwd(), file)
  return path !== '' && !path.startsWith('..') && !isAbsolute(path) ? path : file
}

/** A value as an error message quotes it: scalars as JSON, containers by kind. */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object' && value !== null) return 'a mapping'
  return JSON.stringify(value) ?? String(value)
}
