import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {builtinPacks, packsFor, provideBuiltinPacks, ruleDocsUrl, type BuiltinPackData} from './builtin-packs.js'
import {readRulePackData} from './read-rule-pack.js'
import {validateRulePack} from './rule-pack.js'
// The tagger's and the judge's models are read from disk too, where every Node entry that provides the packs needs them.
import './tagger/model-file.js'
import '../model/judge-model-file.js'

// Node only: slant's own packs read from `rules/`. Importing this module provides them to the engine.
export {builtinPacks, packsFor, ruleDocsUrl}

/** The folder of slant's own rule packs, next to `src/` and `dist/`. */
export const builtinRulesFolder = fileURLToPath(new URL('../../rules/', import.meta.url))

// Parsing the packs' YAML is most of slant's start-up, so the build parses it once into JSON
// beside this module, with a digest of each file's text. The JSON is used only while every pack
// reads as it did then, so an edit is never hidden; times are not compared, since an install
// may write the packs after the build.
export const parsedPacksFile = fileURLToPath(new URL('builtin-packs.json', import.meta.url))

interface ParsedPacks {
  digests: Record<string, string>
  packs: Record<string, unknown>
}

provideBuiltinPacks(readBuiltinPacks)

function readBuiltinPacks(): BuiltinPackData {
  const names = packFileNames()
  const parsed = readParsedPacks(names, builtinRulesFolder, parsedPacksFile)
  return Object.fromEntries(names.map((name) => [builtinRulesFolder + name, parsed?.[name] ?? readRulePackData(builtinRulesFolder + name)]))
}

/** Parse the built-in packs' YAML into the JSON that start-up reads; run by `npm run build`. */
export function writeParsedPacks(folder = builtinRulesFolder, file = parsedPacksFile) {
  const names = packFileNames(folder)
  const parsed: ParsedPacks = {digests: {}, packs: {}}
  for (const name of names) {
    parsed.digests[name] = digestOf(folder + name)
    parsed.packs[name] = readRulePackData(folder + name)
    validateRulePack(parsed.packs[name], folder + name, {entriesOptional: true})
  }
  writeFileSync(file, JSON.stringify(parsed))
}

function packFileNames(folder = builtinRulesFolder): string[] {
  return readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
}

/** The packs parsed at build time, if every one of `names` in `folder` still reads as it did. */
export function readParsedPacks(names: readonly string[], folder: string, file: string): Record<string, unknown> | undefined {
  if (!existsSync(file)) return undefined
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<ParsedPacks>
  if (!parsed.digests || !parsed.packs || names.some((name) => parsed.digests![name] !== digestOf(folder + name))) return undefined
  return parsed.packs
}

function digestOf(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}
