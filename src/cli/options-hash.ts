import {createHash} from 'node:crypto'
import type {SlantOptions} from '../options.js'

/** A hash of lint options that ignores key order, so equal configurations hash alike. */
export function optionsHash(options: SlantOptions): string {
  return createHash('sha256').update(stableJson(options)).digest('hex')
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}
