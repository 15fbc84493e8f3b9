import type {SlantOptions} from '../options.js'
import {inputRules} from './input-rules.js'
import {validateRulePack, type RulePack} from './rule-pack.js'

/** slant's own rule packs as parsed YAML, keyed by the file each was read from. */
export type BuiltinPackData = Record<string, unknown>

let readBuiltinPackData: (() => BuiltinPackData) | undefined
let builtin: RulePack[] | undefined

/**
 * Give the engine slant's own packs as data, read when first needed. The engine reads no files:
 * in Node, `packs.ts` provides them from `rules/`; the browser bundle has them compiled in.
 */
export function provideBuiltinPacks(read: () => BuiltinPackData) {
  readBuiltinPackData = read
  builtin = undefined
  docsUrls.clear()
}

/** slant's own rule packs, validated once per process. */
export function builtinPacks(): RulePack[] {
  if (!builtin) {
    if (!readBuiltinPackData) throw new Error('slant’s own rule packs were not provided: import slant’s package entry, or call provideBuiltinPacks() first')
    builtin = Object.entries(readBuiltinPackData()).map(([file, data]) => validateRulePack(data, file, {entriesOptional: true}))
  }
  return builtin
}

/** Every rule pack a run uses: slant's own, then the user's. */
export function packsFor(options: SlantOptions): RulePack[] {
  return [...builtinPacks(), ...(options.packs ?? [])]
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
