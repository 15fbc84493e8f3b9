import {existsSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {builtinPacks} from '../../src/engine/packs.js'

// The build (`npm run build`, which `npm test` runs first) parses the packs' YAML into JSON.
const built = new URL('../../dist/engine/packs.js', import.meta.url)

describe.runIf(existsSync(built))('the built-in packs parsed at build time', () => {
  it('are the packs the YAML gives', async () => {
    const dist = (await import(built.href)) as typeof import('../../src/engine/packs.js')
    dist.writeParsedPacks()
    expect(existsSync(new URL('../../dist/engine/builtin-packs.json', import.meta.url))).toBe(true)
    expect(dist.builtinPacks()).toEqual(builtinPacks())
  })
})
