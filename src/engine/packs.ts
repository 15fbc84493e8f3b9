import {existsSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {SlantOptions} from '../options.js'
import {inputRules} from './input-rules.js'
import {readRulePackData, validateRulePack, type RulePack} from './rule-pack.js'

/** The folder of slant's own rule packs, next to `src/` and `dist/`. */
export const builtinRulesFolder = fileURLToPath(new URL('../../rules/', import.meta.url))

// Parsing the packs' YAML is most of slant's start-up, so the build parses it once into JSON
// beside this module. The JSON is used only while no pack is newer, so an edit is never hidden.
const parsedPacksFile = fileURLToPath(new URL('builtin-packs.json', import.meta.url))

let builtin: RulePack[] | undefined

/** slant's own rule packs, read and validated once per process. */
export function builtinPacks(): RulePack[] {
  if (!builtin) {
    const names = packFileNames()
    const parsed = readParsedPacks(names)
    builtin = names.map((name) => validateRulePack(parsed?.[name] ?? readRulePackData(builtinRulesFolder + name), builtinRulesFolder + name, {entriesOptional: true}))
  }
  return builtin
}

/** Every rule pack a run uses: slant's own, then the user's. */
export function packsFor(options: SlantOptions): RulePack[] {
  return [...builtinPacks(), ...(options.packs ?? [])]
}

/** Parse the built-in packs' YAML into the JSON that start-up reads; run by `npm run build`. */
export function writeParsedPacks() {
  const names = packFileNames()
  const parsed = Object.fromEntries(names.map((name) => [name, readRulePackData(builtinRulesFolder + name)]))
  for (const name of names) validateRulePack(parsed[name], builtinRulesFolder + name, {entriesOptional: true})
  writeFileSync(parsedPacksFile, JSON.stringify(parsed))
}

function packFileNames(): string[] {
  return readdirSync(builtinRulesFolder)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
}

function readParsedPacks(names: readonly string[]): Record<string, unknown> | undefined {
  if (!existsSync(parsedPacksFile)) return undefined
  const written = statSync(parsedPacksFile).mtimeMs
  if (names.some((name) => statSync(builtinRulesFolder + name).mtimeMs > written)) return undefined
  return JSON.parse(readFileSync(parsedPacksFile, 'utf8')) as Record<string, unknown>
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
