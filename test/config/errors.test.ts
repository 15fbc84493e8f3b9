import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ConfigError} from '../../src/config/config-error.js'
import {resolveConfig} from '../../src/config/resolve-config.js'
import {project, slantInProcess} from '../helpers.js'

const house = (entries: string) => ({'.slantrc.yml': 'packs: [styles/house.yml]\n', 'styles/house.yml': `id: house-style\nentries:\n${entries}`})

// [what, files, message as the CLI prints it from the project folder]. The six commonest kinds come first.
const mistakes: Array<[string, Record<string, string>, string]> = [
  ['malformed YAML', {'.slantrc.yml': 'rules:\n  puffery: off\n   allow: x\n'}, '.slantrc.yml:2:12: invalid YAML: Nested mappings are not allowed in compact mappings'],
  ['malformed JSON', {'.slantrc.json': '{\n  "rules": {\n    "puffery": "off",\n  }\n}\n'}, '.slantrc.json:4:3: invalid JSON: property name expected'],
  ['an unknown key', {'.slantrc.yml': 'colour: red\n'}, '.slantrc.yml: unknown key "colour" (expected rules, allow, packs, quotes, equality, profanity or model)'],
  ['an unknown rule id', {'.slantrc.yml': 'rules:\n  loaded-lable: off\n'}, '.slantrc.yml: rules: unknown rule id "loaded-lable" (did you mean "loaded-label"?)'],
  ['a bad severity', {'.slantrc.yml': 'rules:\n  puffery: fatal\n'}, '.slantrc.yml: rules.puffery: "fatal" is not a severity (expected off, info, warning or error)'],
  ['a missing pack file', {'.slantrc.yml': 'packs: [styles/house.yml]\n'}, '.slantrc.yml: packs: "styles/house.yml" does not exist'],
  ['an invalid pack entry', house('  - term: zorbly\n    sugest: [proposed]\n'), 'styles/house.yml: entry 1 (`zorbly`): unknown key `sugest`'],
  ['a duplicate YAML key', {'.slantrc.yml': 'quotes: ignore\nquotes: info\n'}, '.slantrc.yml:2:1: invalid YAML: Map keys must be unique'],
  ['a YAML tag that would make code', {'.slantrc.yml': 'allow: !!js/function "return 1"\n'}, '.slantrc.yml:1:8: invalid YAML: Unresolved tag: tag:yaml.org,2002:js/function'],
  ['a JSON value missing', {'.slantrc.json': '{"rules": {"puffery": }}'}, '.slantrc.json:1:23: invalid JSON: value expected'],
  ['a comment in JSON', {'.slantrc.json': '// house style\n{}'}, '.slantrc.json:1:1: invalid JSON: comments are not allowed in JSON (YAML allows them)'],
  ['malformed package.json', {'package.json': '{"slant": {}'}, 'package.json:1:13: invalid JSON: close brace expected'],
  ['a misspelt key', {'.slantrc.yml': 'rule:\n  puffery: off\n'}, '.slantrc.yml: unknown key "rule" (did you mean "rules"?)'],
  ['an unknown nested key', {'.slantrc.yml': 'equality:\n  sureness: 1\n'}, '.slantrc.yml: unknown key "equality.sureness" (expected enabled, binary or ignore)'],
  ['an unknown key in package.json', {'package.json': '{"slant": {"alow": []}}'}, 'package.json: unknown key "slant.alow" (did you mean "allow"?)'],
  ['a rule id far from any', {'.slantrc.yml': 'rules:\n  zzz: off\n'}, '.slantrc.yml: rules: unknown rule id "zzz" (slant --print-config <file> lists the rule ids)'],
  ['a plugin as a rule id', {'.slantrc.yml': 'rules:\n  retext-equality: off\n'}, '.slantrc.yml: rules: unknown rule id "retext-equality" (retext-equality is set with the `equality` key)'],
  ['a severity cut short', {'.slantrc.yml': 'rules:\n  puffery: warn\n'}, '.slantrc.yml: rules.puffery: "warn" is not a severity (did you mean "warning"?)'],
  ['a misspelt severity', {'package.json': '{"slant": {"rules": {"puffery": "eror"}}}'}, 'package.json: slant.rules.puffery: "eror" is not a severity (did you mean "error"?)'],
  ['a quote treatment cut short', {'.slantrc.yml': 'quotes: warn\n'}, '.slantrc.yml: quotes: "warn" is not a quote treatment (did you mean "warning"?)'],
  ['a rule id cut short', {'.slantrc.yml': 'rules:\n  weasel: off\n'}, '.slantrc.yml: rules: unknown rule id "weasel" (did you mean "weasel-attribution"?)'],
  ['a rule id about the input', {'.slantrc.yml': 'rules:\n  binary: off\n'}, '.slantrc.yml: rules: "binary" is reported about the input, not its prose, and is not set under rules'],
  ['a boolean severity', {'.slantrc.yml': 'rules:\n  puffery: true\n'}, '.slantrc.yml: rules.puffery: true is not a severity (expected off, info, warning or error)'],
  ['rules as a list', {'.slantrc.yml': 'rules: [puffery]\n'}, '.slantrc.yml: rules: expected a mapping of rule ids to off, info, warning or error, got a list'],
  ['a pack term that is a pattern', house('  - term: (a+)+\n'), 'styles/house.yml: entry 1 (`(a+)+`): `term` must be a word or phrase of letters, digits, hyphens and apostrophes'],
  ['a pack with the id of a built-in pack', {'.slantrc.yml': 'packs: [house.yml]\n', 'house.yml': 'id: puffery\nentries:\n  - term: zorbly\n'}, 'house.yml: id: "puffery" is already the id of one of slant’s own packs; choose another'],
  ['two packs with one id', {'.slantrc.yml': 'packs: [a.yml, b.yml]\n', 'a.yml': 'id: house\nentries:\n  - term: x\n', 'b.yml': 'id: house\nentries:\n  - term: y\n'}, 'b.yml: id: "house" is already the id of the pack in a.yml; choose another'],
  ['a pack folder', {'.slantrc.yml': 'packs: [styles]\n', 'styles/house.yml': ''}, '.slantrc.yml: packs: "styles" is not a file'],
  ['packs as a string', {'.slantrc.yml': 'packs: house.yml\n'}, '.slantrc.yml: packs: expected a list of rule pack files, got "house.yml"'],
  ['allow as a string', {'.slantrc.yml': 'allow: regime\n'}, '.slantrc.yml: allow: expected a list of terms, got "regime"'],
  ['a number to allow', {'.slantrc.yml': 'allow: [regime, 3]\n'}, '.slantrc.yml: allow: expected a list of terms, got 3 in the list'],
  ['a bad quote treatment', {'.slantrc.yml': 'quotes: loud\n'}, '.slantrc.yml: quotes: "loud" is not a quote treatment (expected ignore, info or warning)'],
  ['a bad equality setting', {'.slantrc.yml': 'equality: 3\n'}, '.slantrc.yml: equality: expected on, off or a mapping (enabled, binary, ignore), got 3'],
  ['a bad switch', {'.slantrc.yml': 'profanity:\n  enabled: maybe\n'}, '.slantrc.yml: profanity.enabled: expected on or off, got "maybe"'],
  ['a bad binary setting', {'.slantrc.yml': 'equality:\n  binary: yes\n'}, '.slantrc.yml: equality.binary: expected true or false, got "yes"'],
  ['a bad sureness', {'.slantrc.yml': 'profanity:\n  sureness: 5\n'}, '.slantrc.yml: profanity.sureness: expected 0, 1 or 2, got 5'],
  ['a bad ignore list', {'.slantrc.yml': 'profanity:\n  ignore: {a: 1}\n'}, '.slantrc.yml: profanity.ignore: expected a list of terms, got a mapping'],
  ['a list for a configuration', {'.slantrc.yml': '- rules\n'}, '.slantrc.yml: the configuration must be a mapping of settings, got a list'],
  ['a scalar slant field', {'package.json': '{"slant": 3}'}, 'package.json: slant must be a mapping of settings, got 3']
]
const requiredKinds = 7

describe('configuration errors', () => {
  it.each(mistakes)('%s: the message names the file, the key and the value', (_what, files, message) => {
    const root = project(files)
    let error: unknown
    try {
      resolveConfig(join(root, 'draft.md'))
    } catch (thrown) {
      error = thrown
    }
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).message).toBe(`${root}/${message}`)
  })

  it.each(mistakes.slice(0, requiredKinds))('%s: the CLI exits 2 with one line and no stack trace', async (_what, files, message) => {
    const root = project({...files, 'draft.md': 'The regime fell.\n'})
    expect(await slantInProcess(['draft.md'], {cwd: root})).toEqual({status: 2, stdout: '', stderr: `slant: ${message}\n`})
  })

  it('refuses configuration that is code, and names a missing or empty explicit file', async () => {
    const root = project({'.slantrc.js': 'module.exports = {}', 'package.json': '{"name": "site"}', 'draft.md': 'Text.\n'})
    expect((await slantInProcess(['--config', '.slantrc.js', 'draft.md'], {cwd: root})).stderr).toBe(
      'slant: .slantrc.js: configuration files are data, and slant never runs code from one: use .slantrc.yml or .slantrc.json instead of a .js file\n'
    )
    expect(await slantInProcess(['--config', 'missing.yml', 'draft.md'], {cwd: root})).toMatchObject({status: 2, stderr: 'slant: missing.yml: cannot read the configuration file (ENOENT)\n'})
    expect(await slantInProcess(['--config', 'package.json', 'draft.md'], {cwd: root})).toMatchObject({status: 2, stderr: 'slant: package.json: has no "slant" field with settings\n'})
    expect(await slantInProcess(['--config', 'x.yml', '--no-config', 'draft.md'], {cwd: root})).toMatchObject({status: 2, stderr: 'slant: --config and --no-config cannot be used together\n'})
  })

  it('a file that is not a configuration is never read as one: .slantrc.js is not searched for', () => {
    const root = project({'.slantrc.js': 'throw new Error("ran")', 'draft.md': 'The regime fell.\n'})
    expect(resolveConfig(join(root, 'draft.md'))).toEqual({options: {}, packFiles: []})
  })
})
