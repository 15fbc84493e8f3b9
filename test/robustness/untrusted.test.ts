import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {lint, RulePackError, validateRulePack} from '../../src/index.js'
import {LspClient, uriOf} from '../server/lsp-client.js'
import {project, slant} from '../helpers.js'

// Every file that could run code leaves a marker file behind if it is ever run.
const marker = 'code-was-run'
const planted = (name: string) => `require('node:fs').writeFileSync(require('node:path').join(__dirname, '${marker}-${name}'), 'ran')\n`
const hostileRepository = () =>
  project({
    '.slantrc.js': planted('slantrc-js'),
    '.slantrc.cjs': planted('slantrc-cjs'),
    '.slantrc.mjs': `import {writeFileSync} from 'node:fs'\nwriteFileSync(new URL('./${marker}-slantrc-mjs', import.meta.url), 'ran')\n`,
    'slant.config.js': planted('slant-config-js'),
    'package.json': JSON.stringify({
      name: 'hostile',
      scripts: Object.fromEntries(['preinstall', 'install', 'postinstall', 'prepare', 'pretest', 'test', 'lint', 'slant'].map((script) => [script, `node -e "${planted(script).trim().replaceAll('"', '\\"')}"`])),
      slant: {quotes: 'warning'}
    }),
    'docs/story.md': 'The despots met.\n'
  })
const markers = (root: string) => readdirSync(root).filter((name) => name.startsWith(marker))

describe('an untrusted repository', () => {
  it('the CLI lints it without running any of its code', () => {
    const root = hostileRepository()
    const {stdout, status} = slant(['-f', 'json', '.'], {cwd: root})
    expect(status).toBe(0)
    expect(JSON.parse(stdout)[0].messages.map((message: {ruleId: string}) => message.ruleId)).toEqual(['loaded-label'])
    expect(markers(root)).toEqual([])
  })

  it('the CLI refuses a code config named with --config, in one line', () => {
    const root = hostileRepository()
    const {stderr, status} = slant(['--config', '.slantrc.js', 'docs'], {cwd: root})
    expect(status).toBe(2)
    expect(stderr).toMatch(/^slant: .*\.slantrc\.js: configuration files are data, and slant never runs code from one/)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(markers(root)).toEqual([])
  })

  it('the language server lints its documents without running any of its code', async () => {
    const root = hostileRepository()
    const client = LspClient.stdio()
    await client.initialize({rootPath: root})
    const uri = uriOf(join(root, 'docs/story.md'))
    client.open(uri, 'The despots met.\n')
    expect((await client.diagnostics(uri)).diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['loaded-label'])
    await client.close()
    expect(markers(root)).toEqual([])
  })
})

describe('rule packs from users', () => {
  it.each(['(a+)+$', 'regime|junta', 'desp.*', '[a-z]+', 'tyrant\\b', '^despot'])('rejects the pattern-like term %j with a message', (term) => {
    expect(() => validateRulePack({id: 'house', entries: [{term}]}, 'house.yml')).toThrow(RulePackError)
    expect(() => validateRulePack({id: 'house', entries: [{term}]}, 'house.yml')).toThrow(
      `house.yml: entry 1 (\`${term}\`): \`term\` must be a word or phrase of letters, digits, hyphens and apostrophes`
    )
  })

  it('matches a term that looks like a catastrophic pattern only as literal words', () => {
    const pack = validateRulePack({id: 'house', entries: [{term: 'aaaa aaaa', suggest: ['b']}]}, 'house.yml')
    const text = 'a'.repeat(5000) + '! aaaa aaaa.'
    expect(lint(text, {packs: [pack]}).messages.filter((message) => message.ruleId === 'house').map((message) => message.actual)).toEqual(['aaaa aaaa'])
  })

  it('loads a pack of 10,000 long terms and matches them', () => {
    const word = (index: number, salt: number) => [...String(index * 7919 + salt)].map((digit) => 'bcdfghjklm'[Number(digit)]).join('') + 'ex'
    const entries = Array.from({length: 10_000}, (_, index) => ({term: [1, 2, 3, 4, 5, 6].map((salt) => word(index, salt)).join(' '), suggest: ['plain words']}))
    const pack = validateRulePack({id: 'big-house', entries}, 'big.yml')
    const text = `First ${entries[0].term}. Then ${entries[9_999].term} and ${entries[4_321].term}.`
    const found = lint(text, {packs: [pack]}).messages.filter((message) => message.ruleId === 'big-house')
    expect(found.map((message) => message.actual)).toEqual([entries[0].term, entries[9_999].term, entries[4_321].term])
  })
})
