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

/**
 * A path as the user would type it: relative to the working folder when inside it. Options given
 * in code name no file, and a browser has no working folder, so neither is changed.
 */
export function displayPath(file: string): string {
  const folder = globalThis.process?.cwd()
  const inside = folder !== undefined && file.startsWith(folder) && /^[/\\]./.test(file.slice(folder.length))
  return inside ? file.slice(folder.length + 1) : file
}

/** A value as an error message quotes it: scalars as JSON, containers by kind. */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object' && value !== null) return 'a mapping'
  return JSON.stringify(value) ?? String(value)
}
