import {readFileSync} from 'node:fs'
import {parseRulePackData, RulePackError, validateRulePack, type PackRequirements, type RulePack} from './rule-pack.js'

// Node only: the engine takes packs as data; this reads them from files.

export function readRulePack(file: string, requirements: PackRequirements = {}): RulePack {
  return validateRulePack(readRulePackData(file), file, requirements)
}

/** A rule pack file's YAML, parsed but not yet validated. */
export function readRulePackData(file: string): unknown {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    throw new RulePackError(file, 'cannot read the rule pack file')
  }
  return parseRulePackData(text, file)
}
