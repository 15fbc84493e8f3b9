import {cpSync, existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {builtinPacks, builtinRulesFolder, readParsedPacks, writeParsedPacks} from '../../src/engine/packs.js'

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

describe('the parsed packs beside the build', () => {
  const folder = `${mkdtempSync(join(tmpdir(), 'slant-packs-'))}/`
  const parsedFile = join(folder, 'builtin-packs.json')
  cpSync(builtinRulesFolder, folder, {recursive: true})
  const names = readdirSync(folder).filter((name) => name.endsWith('.yml'))

  it('are used when the packs were written after the build but read the same, as an install writes them', () => {
    writeParsedPacks(folder, parsedFile)
    const later = new Date(Date.now() + 60_000)
    for (const name of names) utimesSync(join(folder, name), later, later)
    expect(Object.keys(readParsedPacks(names, folder, parsedFile) ?? {})).toEqual(names)
  })

  it('are not used once a pack reads otherwise', () => {
    writeParsedPacks(folder, parsedFile)
    const edited = join(folder, names[0])
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\n# an edit\n`)
    expect(readParsedPacks(names, folder, parsedFile)).toBeUndefined()
    rmSync(folder, {recursive: true, force: true})
  })
})
