import {existsSync, readFileSync, statSync} from 'node:fs'
import {join, relative, resolve} from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {glob, isDynamicPattern} from 'tinyglobby'
import {proseExtensions} from '../source/extensions.js'

const ignoreFile = '.slantignore'
const proseGlob = `**/*{${proseExtensions.join(',')}}`
const alwaysSkipped = ['**/node_modules/**', '**/.git/**']

/** The files to lint, and a line for each path that gave none. */
export interface FoundFiles {
  files: string[]
  problems: string[]
}

/**
 * The files to lint, in a stable order. Directories are searched for prose
 * files; globs are expanded; `.slantignore` in the working directory applies
 * to everything found by a search, while a file named explicitly is linted.
 * A path that does not exist, or a glob that matches nothing, is a problem
 * that leaves the other paths to be linted.
 */
export async function findFiles(paths: readonly string[], cwd: string): Promise<FoundFiles> {
  const ignored = readIgnore(cwd)
  const found = new Set<string>()
  const problems: string[] = []
  for (const path of paths) {
    if (isDynamicPattern(path)) {
      const matches = await glob(path, {cwd, ignore: alwaysSkipped, absolute: true, dot: false})
      if (matches.length === 0) problems.push(`${path}: no files match this pattern`)
      for (const match of matches.sort()) if (!isIgnored(ignored, cwd, match)) found.add(match)
      continue
    }
    const absolute = resolve(cwd, path)
    if (!existsSync(absolute)) {
      problems.push(`${path}: no such file or directory`)
    } else if (statSync(absolute).isDirectory()) {
      const matches = await glob(proseGlob, {cwd: absolute, ignore: alwaysSkipped, absolute: true, caseSensitiveMatch: false})
      for (const match of matches.sort()) if (!isIgnored(ignored, cwd, match)) found.add(match)
    } else found.add(absolute)
  }
  return {files: [...found], problems}
}

/** Files named as such (not through a directory or a glob): skipping one of them is worth a warning. */
export function namedFiles(paths: readonly string[], cwd: string): Set<string> {
  return new Set(paths.filter((path) => !isDynamicPattern(path)).map((path) => resolve(cwd, path)))
}

function readIgnore(cwd: string): Ignore | undefined {
  const file = join(cwd, ignoreFile)
  return existsSync(file) ? ignore().add(readFileSync(file, 'utf8')) : undefined
}

function isIgnored(ignored: Ignore | undefined, cwd: string, file: string): boolean {
  const path = relative(cwd, file)
  return ignored !== undefined && !path.startsWith('..') && ignored.ignores(path)
}
