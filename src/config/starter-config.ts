import {writeFileSync} from 'node:fs'
import {basename, join} from 'node:path'
import {builtinPacks} from '../engine/packs.js'
import {ConfigError} from './config-error.js'
import {configFileIn} from './find-config-file.js'
import {unusedDisableRule} from './inline-directives.js'

export const starterConfigName = '.slantrc.yml'

/** A starter configuration that changes nothing until a line is uncommented, each key explained. */
export function starterConfig(): string {
  const rules = [
    ...builtinPacks().map((pack) => ({id: pack.id, severity: pack.severity, title: pack.title})),
    {id: unusedDisableRule, severity: 'info', title: 'A slant-disable comment that silenced nothing'}
  ]
  const width = Math.max(...rules.map((rule) => rule.id.length + rule.severity.length)) + 2
  const ruleLines = rules.map((rule) => `#  ${`${rule.id}: ${rule.severity}`.padEnd(width)}  # ${rule.title}`)
  return `# slant configuration (see docs/configuration.md in slant's package).
# This file is data: slant reads it and never runs code from it.
# The configuration nearest to a linted file applies, and only that one.

# Severity per rule id: off, info, warning or error. Uncomment a line to change it.
rules:
${ruleLines.join('\n')}

# Terms never reported, matched like rule terms (inflections included).
allow:
#  - regime

# Your own rule packs: YAML files in the format of slant's rules/*.yml, relative
# to this file. A pack needs an \`id\`, and each entry a \`term\`.
packs:
#  - styles/house.yml

# Loaded words inside attributed quotations: ignore, info (the default) or warning.
quotes:

# retext-equality: on, off, or a mapping with \`binary\` (true allows pairs such
# as "he or she"; default false) and \`ignore\` (words it never reports).
equality:
#  binary: false
#  ignore: []

# retext-profanities: on, off, or a mapping with \`sureness\` (0 reports words
# that may be profane, 2 only certain profanity; default 2) and \`ignore\`.
profanity:
#  sureness: 2
#  ignore: []

# slant's trained judge (docs/model.md), off by default: on, off, or a mapping with
# \`enabled\` and \`threshold\` (the lowest score reported, between 0 and 1). Its rule
# ids are subjective-wording and speculative-claim.
model:
#  enabled: true
#  threshold: 0.8
`
}

/** Write the starter configuration into `folder`, never over a configuration already there. */
export function writeStarterConfig(folder: string): string {
  const existing = configFileIn(folder)
  if (existing) {
    throw new ConfigError(existing, basename(existing) === starterConfigName ? 'already exists; slant --init never overwrites it' : 'already configures slant in this folder; slant --init wrote nothing')
  }
  const file = join(folder, starterConfigName)
  writeFileSync(file, starterConfig(), {flag: 'wx'})
  return file
}
