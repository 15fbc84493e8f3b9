import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {slant} from '../helpers.js'
import {codes, LspClient, uriOf} from '../server/lsp-client.js'
import {must, repository, run, suiteFolder, userEnvironment} from './helpers.js'

// The package as `npm pack` makes it from this checkout's build (`npm test` builds first),
// installed once, without dev dependencies, into a content repository as a newsroom keeps one.
const folder = suiteFolder('packed')
let content: string
const pages: Record<string, string> = {
  'docs/index.md': '# Election night\n\nThe despots met in Pyongyang.\n',
  'docs/reports/summit.md': 'The ministers met in Pyongyang on Tuesday.\n',
  'docs/reports/agenda.md': '- Trade\n- Transport\n'
}
let packed: string[]

beforeAll(() => {
  content = join(folder.path, 'newsroom')
  const [tarball] = JSON.parse(must('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', folder.path], {cwd: repository})) as [{filename: string; files: {path: string}[]}]
  packed = tarball.files.map((file) => file.path)
  for (const [path, text] of Object.entries(pages)) {
    mkdirSync(join(content, path, '..'), {recursive: true})
    writeFileSync(join(content, path), text)
  }
  const manifest = {name: 'newsroom', private: true, slant: {rules: {'loaded-label': 'error'}}}
  writeFileSync(join(content, 'package.json'), JSON.stringify(manifest, null, 2))
  must('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline', join(folder.path, tarball.filename)], {cwd: content})
}, 300_000)

describe('the packed package', () => {
  it('holds the build, the rule packs parsed and as YAML, the judge’s model, and the rules reference, and nothing else', () => {
    const packs = readdirSync(join(repository, 'rules')).map((name) => `rules/${name}`)
    expect(packed).toEqual(expect.arrayContaining(['dist/cli/main.js', 'dist/server/main.js', 'dist/index.js', 'dist/engine/builtin-packs.json', 'dist/model/judge-model.json', 'docs/rules.md', ...packs]))
    expect(packed.filter((path) => !/^(dist\/(?!docs\/)|rules\/|docs\/)|^(package\.json|README\.md|LICENSE)$/.test(path))).toEqual([])
  })

  it('installs no dev dependency', () => {
    const installed = readdirSync(join(content, 'node_modules'))
    const {devDependencies} = JSON.parse(readFileSync(join(repository, 'package.json'), 'utf8')) as {devDependencies: Record<string, string>}
    expect(installed.filter((name) => Object.hasOwn(devDependencies, name))).toEqual([])
    expect(existsSync(join(content, 'node_modules/slant/dist/engine/builtin-packs.json'))).toBe(true)
  })

  it('npx slant docs/ reports the finding and exits 1, as the checkout’s build does', () => {
    const installed = run('npx', ['slant', 'docs/'], {cwd: content})
    expect(installed.stderr).toBe('')
    expect(installed.status).toBe(1)
    expect(installed.stdout).toMatch(/^docs\/index\.md\n3:5-3:12 +error +“despots” is a contentious label.* loaded-label +slant$/m)
    expect(installed.stdout).not.toContain('summit.md')
    expect(installed).toEqual({...slant(['docs/'], {cwd: content}), stderr: ''})
  })

  it('npx slant passes clean prose with exit code 0', () => {
    expect(run('npx', ['slant', 'docs/reports/'], {cwd: content})).toEqual({status: 0, stdout: '', stderr: ''})
  })

  it('imports as a module: lint() finds the word', () => {
    const script = "const {lint} = await import('slant'); console.log(lint('The despots met.').messages.map((message) => message.actual).join())"
    expect(must('node', ['--input-type=module', '-e', script], {cwd: content})).toBe('despots\n')
  })

  it('reads the judge’s model it ships when the options turn the judge on', () => {
    const script = "const {lint} = await import('slant'); console.log(lint('He was an extremely talented author.', {model: {enabled: true}}).messages.map((message) => message.ruleId).join())"
    expect(must('node', ['--input-type=module', '-e', script], {cwd: content})).toBe('subjective-wording\n')
  })

  it('npx slant-language-server --stdio starts and publishes the finding for an open document', async () => {
    const client = LspClient.stdio({}, {command: 'npx', args: ['slant-language-server', '--stdio'], cwd: content, env: userEnvironment})
    try {
      const {capabilities} = await client.initialize({rootPath: content})
      expect(capabilities.textDocumentSync).toBeDefined()
      const uri = uriOf(join(content, 'docs/index.md'))
      client.open(uri, pages['docs/index.md'])
      expect(codes((await client.diagnostics(uri)).diagnostics)).toEqual(['loaded-label'])
      await client.request('shutdown')
      client.notify('exit')
      expect(await client.exited).toBe(0)
    } finally {
      await client.close()
    }
  })
})
