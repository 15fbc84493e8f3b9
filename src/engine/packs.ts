import {readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {readRulePack, type RulePack} from './rule-pack.js'

/** The folder of slant's own rule packs, next to `src/` and `dist/`. */
export const builtinRulesFolder = fileURLToPath(new URL('../../rules/', import.meta.url))

let builtin: RulePack[] | undefined

/** slant's own rule packs, read and validated once per process. */
export function builtinPacks(): RulePack[] {
  builtin ??= readdirSync(builtinRulesFolder)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => readRulePack(builtinRulesFolder + name, {entriesOptional: true}))
  return builtin
}

const homepage = 'https://github.com/slant-lint/slant'

/** Where a rule's documentation lives; house packs have none in slant's catalogue. */
export function ruleDocsUrl(ruleId: string): string | undefined {
  return builtinPacks().some((pack) => pack.id === ruleId) ? `${homepage}/blob/main/docs/rules.md#${ruleId}` : undefined
}
