import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {dirname} from 'node:path'

/**
 * Write through a temporary file and a rename, so a reader (or a run killed
 * halfway) never sees half a file and parallel CI jobs never interleave writes.
 */
export function writeFileAtomic(path: string, text: string) {
  mkdirSync(dirname(path), {recursive: true})
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  try {
    writeFileSync(temporary, text)
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
}
