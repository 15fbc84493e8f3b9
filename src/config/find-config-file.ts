import {statSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {readConfigData} from './read-config-file.js'

/** The names a configuration file may have, in the order they win within one folder. */
export const configFileNames = ['.slantrc', '.slantrc.json', '.slantrc.yml', '.slantrc.yaml', 'package.json'] as const

/**
 * The configuration that applies to files in `folder`: the nearest one, in
 * that folder or the closest folder above it. Configurations do not cascade.
 */
export function findConfigFile(folder: string): string | undefined {
  for (let current = resolve(folder); ; current = dirname(current)) {
    const file = configFileIn(current)
    if (file) return file
    if (dirname(current) === current) return undefined
  }
}

/** The configuration file in one folder, if any; a package.json counts only with a `slant` field. */
export function configFileIn(folder: string): string | undefined {
  for (const name of configFileNames) {
    const file = join(folder, name)
    if (!statSync(file, {throwIfNoEntry: false})?.isFile()) continue
    if (name !== 'package.json' || readConfigData(file)) return file
  }
  return undefined
}
