import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync} from 'node:fs'
import {homedir, tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll} from 'vitest'

export const repository = fileURLToPath(new URL('../..', import.meta.url))

// A node_modules in a folder above the test's (this machine has one in /tmp) would lend the
// installed package what it does not depend on, so the tests' folders go where there is none.
const hasNodeModulesAbove = (folder: string): boolean =>
  existsSync(join(folder, 'node_modules')) || (dirname(folder) !== folder && hasNodeModulesAbove(dirname(folder)))
const isolatedBase = [tmpdir(), '/var/tmp', homedir()].find((folder) => !hasNodeModulesAbove(folder))

/**
 * A temporary folder for the tests of a file or block, with no node_modules above it: made
 * before their first test (none when they are skipped) and removed after their last.
 */
export function suiteFolder(name: string): {readonly path: string} {
  const folder = {path: ''}
  beforeAll(() => {
    if (!isolatedBase) throw new Error(`every folder for the install tests has a node_modules above it: ${tmpdir()}, /var/tmp, ${homedir()}`)
    folder.path = mkdtempSync(join(isolatedBase, `slant-${name}-`))
    return () => rmSync(folder.path, {recursive: true, force: true})
  })
  return folder
}

// An npm that runs the tests (`npm test`) passes its project and prefix to its children in
// npm_* variables; the commands here run as a user's would, outside this checkout.
export const userEnvironment: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_|^INIT_CWD$/i.test(name)))

/** Run a command to its end, in a user's environment plus `env`. */
export function run(command: string, args: string[], options: {cwd: string; env?: Record<string, string>}) {
  const result = spawnSync(command, args, {cwd: options.cwd, env: {...userEnvironment, ...options.env}, encoding: 'utf8', maxBuffer: 1 << 26})
  if (result.error) throw result.error
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** Run a step a test depends on; its output is the error when it fails. */
export function must(command: string, args: string[], options: {cwd: string; env?: Record<string, string>}): string {
  const result = run(command, args, options)
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stdout}\n${result.stderr}`)
  return result.stdout
}
