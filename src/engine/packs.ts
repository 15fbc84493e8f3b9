import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {SlantOptions} from '../options.js'
import {inputRules} from './input-rules.js'
import {readRulePackData, validateRulePack, type RulePack} from './rule-pack.js'

/** The folder of slant's own rule packs, next to `src/` and `dist/`. */
export const builtinRulesFolder = fileURLToPath(new URL('../../rules/', import.meta.url))

// Parsing the packs' YAML is most of slant's start-up, so the build parses it once into JSON
// beside this module, with a digest of each file's text. The JSON is used only while every pack
// reads as it did then, so an edit is never hidden; times are not compared, since an install
// may write the packs after the build.
const parsedPacksFile = fileURLToPath(new URL('builtin-packs.json', import.meta.url))

interface ParsedPacks {
  digests: Record<string, string>
  packs: Record<string, unknown>
}

let builtin: RulePack[] | undefined

/** slant's own rule packs, read and validated once per process. */
export function builtinPacks(): RulePack[] {
  if (!builtin) {
    const names = packFileNames()
    const parsed = readParsedPacks(names, builtinRulesFolder, parsedPacksFile)
    builtin = names.map((name) => validateRulePack(parsed?.[name] ?? readRulePackData(builtinRulesFolder + name), builtinRulesFolder + name, {entriesOptional: true}))
  }
  return builtin
}

/** Every rule pack a run uses: slant's own, then the user's. */
export function packsFor(options: SlantOptions): RulePack[] {
  return [...builtinPacks(), ...(options.packs ?? [])]
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

const homepage = 'https://github.com/slant-lint/slant'

const docsUrls = new Map<string, string | undefined>()

/** Where a rule's documentation lives; house packs have none in slant's catalogue. */
export function ruleDocsUrl(ruleId: string): string | undefined {
  if (!docsUrls.has(ruleId)) {
    const documented = Object.hasOwn(inputRules, ruleId) || builtinPacks().some((pack) => pack.id === ruleId)
    docsUrls.set(ruleId, documented ? `${homepage}/blob/main/docs/rules.md#${ruleId}` : undefined)
  }
  return docsUrls.get(ruleId)
}
