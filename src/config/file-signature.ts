import {statSync} from 'node:fs'

/**
 * What changes when a file is edited, replaced or removed: a cached reading
 * of the file stays good while its signature does.
 */
export function fileSignature(file: string): string {
  const stat = statSync(file, {throwIfNoEntry: false})
  return stat ? `${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}` : 'missing'
}
