import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import ajvDraft04 from 'ajv-draft-04'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {SlantMessage} from '../../src/index.js'
import {describeWithSharedFile, fixture, project, slantInProcess} from '../helpers.js'

const articlePath = 'stories/harbour-summit.txt'
// A CommonJS module: what it exports is the class, which it also keeps as `default`, the one TypeScript knows.
const Ajv = ajvDraft04.default

let root: string
let messages: SlantMessage[]

// The article sits in a project of its own, so report paths are relative to that project's root.
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'slant-formats-'))
  mkdirSync(join(root, 'stories'))
  writeFileSync(join(root, articlePath), fixture('harbour-summit.txt'))
  messages = JSON.parse((await slantInProcess(['-f', 'json', articlePath], {cwd: root})).stdout)[0].messages
  expect(messages.length).toBeGreaterThan(10)
})

afterAll(() => rmSync(root, {recursive: true, force: true}))

async function report(format: string, args: string[] = [articlePath], cwd = root) {
  const run = await slantInProcess(['-f', format, ...args], {cwd})
  expect(run.status).toBe(0)
  return run.stdout
}

describe('--format sarif', () => {
  describeWithSharedFile('schemas/sarif-schema-2.1.0.json', 'the SARIF 2.1.0 schema', (schemaPath) => {
    it('validates the log', async () => {
      const ajv = new Ajv({allErrors: true, strict: false})
      ajv.addFormat('uri', (value: string) => URL.canParse(value))
      ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///root/'))
      ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)))
      const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')))
      const log = JSON.parse(await report('sarif'))
      expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
      expect(log.$schema).toMatch(/sarif-2\.1\.0/)
      expect(log.version).toBe('2.1.0')
    })
  })

  it('describes every rule from the rule packs', async () => {
    const {driver} = JSON.parse(await report('sarif')).runs[0].tool
    expect(driver).toMatchObject({name: 'slant', version: expect.stringMatching(/^\d+\.\d+\.\d+/), informationUri: expect.stringMatching(/^https:/)})
    const ids = driver.rules.map((rule: {id: string}) => rule.id)
    expect(ids).toEqual(expect.arrayContaining(['loaded-label', 'loaded-language', 'puffery', 'scare-quotes']))
    expect(new Set(ids).size).toBe(ids.length)
    const label = driver.rules.find((rule: {id: string}) => rule.id === 'loaded-label')
    expect(label).toMatchObject({
      shortDescription: {text: 'Contentious labels'},
      fullDescription: {text: expect.stringContaining('value-laden labels')},
      helpUri: expect.stringContaining('docs/rules.md#loaded-label'),
      defaultConfiguration: {level: 'warning'}
    })
  })

  it('gives one result per message with its rule, level, text, location and fixes', async () => {
    const {results} = JSON.parse(await report('sarif')).runs[0]
    expect(results).toHaveLength(messages.length)
    results.forEach((result: any, index: number) => {
      const message = messages[index]
      expect(result.ruleId).toBe(message.ruleId)
      expect(result.level).toBe({error: 'error', warning: 'warning', info: 'note'}[message.severity])
      expect(result.message.text).toContain(message.message)
      const {artifactLocation, region} = result.locations[0].physicalLocation
      expect(artifactLocation.uri).toBe(articlePath)
      expect(region).toEqual({startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: message.endColumn})
      expect((result.fixes ?? []).map((fix: any) => fix.artifactChanges[0].replacements[0].insertedContent.text)).toEqual(message.expected)
    })
    const despots = results.find((result: any) => result.message.text.includes('“despots”'))
    expect(despots.fixes[0].artifactChanges[0].replacements[0]).toEqual({
      deletedRegion: {startLine: 11, startColumn: 9, endLine: 11, endColumn: 16},
      insertedContent: {text: 'leader'}
    })
  })

  it('lists the retext-equality and retext-profanities rules that reported', async () => {
    const folder = project({'note.md': 'What a fucking mess.\n'})
    const run = JSON.parse(await report('sarif', ['note.md'], folder)).runs[0]
    expect(run.results.map((result: {ruleId: string}) => result.ruleId)).toEqual(['fucking'])
    expect(run.tool.driver.rules.find((rule: {id: string}) => rule.id === 'fucking')).toMatchObject({
      shortDescription: {text: 'retext-profanities: fucking'},
      helpUri: expect.stringContaining('retext-profanities'),
      defaultConfiguration: {level: 'warning'},
      properties: {family: 'equality'}
    })
  })

  it('describes the rules of a house pack, with its source as help', async () => {
    const folder = project({
      'note.md': 'The senator held a presser.\n',
      '.slantrc.yml': 'packs: [house.yml]\n',
      'house.yml': 'id: house-jargon\ntitle: House jargon\nseverity: error\ndescription: Newsroom slang readers do not know.\nsource: "Desk style guide, https://example.com/style#jargon"\nentries:\n  - term: presser\n    suggest: [news conference]\n'
    })
    const run = JSON.parse((await slantInProcess(['-f', 'sarif', 'note.md'], {cwd: folder})).stdout).runs[0]
    expect(run.tool.driver.rules.find((rule: {id: string}) => rule.id === 'house-jargon')).toMatchObject({
      shortDescription: {text: 'House jargon'},
      fullDescription: {text: 'Newsroom slang readers do not know.'},
      helpUri: 'https://example.com/style#jargon',
      defaultConfiguration: {level: 'error'}
    })
    expect(run.results).toMatchObject([{ruleId: 'house-jargon', level: 'error', fixes: [{artifactChanges: [{replacements: [{insertedContent: {text: 'news conference'}}]}]}]}])
  })
})

describe('--format github', () => {
  it('writes one workflow command per message', async () => {
    const lines = (await report('github')).trimEnd().split('\n')
    expect(lines).toHaveLength(messages.length)
    lines.forEach((line, index) => {
      const message = messages[index]
      const command = {error: 'error', warning: 'warning', info: 'notice'}[message.severity]
      expect(line).toMatch(new RegExp(`^::${command} file=stories/harbour-summit\\.txt,line=${message.line},col=${message.column},endLine=${message.endLine},endColumn=${message.endColumn},title=slant ${message.ruleId}::`))
      expect(line).not.toMatch(/[\r\n]/)
    })
    expect(lines.find((line) => line.includes('“despots”'))).toMatch(/::“despots” is a contentious label; consider “leader”, “ruler” or “head of state”%0ACondemns/)
  })

  it('escapes %, CR and LF in the message, and : and , as well in properties', async () => {
    const folder = project({'a,b:c%.txt': 'The despots met.\n'})
    const [line] = (await report('github', ['a,b:c%.txt'], folder)).trimEnd().split('\n')
    expect(line).toMatch(/^::warning file=a%2Cb%3Ac%25\.txt,line=1,col=5,endLine=1,endColumn=12,title=slant loaded-label::“despots” is a contentious label; consider “leader”, “ruler” or “head of state”%0A/)
  })
})

describe('--format gitlab', () => {
  it('writes a code quality issue per message with a unique fingerprint', async () => {
    const issues = JSON.parse(await report('gitlab'))
    expect(issues).toHaveLength(messages.length)
    issues.forEach((issue: any, index: number) => {
      const message = messages[index]
      expect(issue).toMatchObject({
        check_name: message.ruleId,
        description: message.message,
        severity: {error: 'major', warning: 'minor', info: 'info'}[message.severity],
        location: {path: articlePath, positions: {begin: {line: message.line, column: message.column}}}
      })
    })
    expect(new Set(issues.map((issue: {fingerprint: string}) => issue.fingerprint)).size).toBe(issues.length)
  })
})

describe('--format html', () => {
  it('marks every message once, by family, and escapes the draft', async () => {
    const html = await report('html')
    expect(html.match(/<mark [^>]*data-rule=/g)).toHaveLength(messages.length)
    expect(html).toContain('class="f-context s-warning"')
    const folder = project({'x.md': 'The <b>despots</b> & the "regime".\n'})
    const page = await report('html', ['x.md'], folder)
    expect(page).toContain('The <code class="markup">&lt;b&gt;</code><mark')
    expect(page).toMatch(/&amp; the <mark [^>]*data-rule="scare-quotes"[^>]*>&quot;<mark [^>]*data-rule="loaded-label"/)
    expect(page).not.toContain('<b>despots')
  })

  it('writes a self-contained page with no external resources', async () => {
    const html = await report('html')
    expect(html).not.toMatch(/<(link|script|img)[^>]+(src|href)=/)
  })
})
