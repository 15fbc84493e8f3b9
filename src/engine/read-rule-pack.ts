import {readFileSync} from 'node:fs'
import {loadYaml} from './load-yaml.js'
import {RulePackError, validateRulePack, type PackRequirements, type RulePack} from './rule-pack.js'

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

/** A rule pack's YAML text, parsed but not yet validated. */
function parseRulePackData(text: string, file: string): unknown {
  const {parse, YAMLParseError} = loadYaml()
  try {
    return parse(text)
  } catch (error) {
    if (error instanceof YAMLParseError && error.linePos) {
      const {line, col} = error.linePos[0]
      throw new RulePackError(`${file}:${line}:${col}`, `invalid YAML: ${error.message.split('\n')[0]}`)
    }
    throw new RulePackError(file, 'invalid YAML')
  }
}
