import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {must, repository, run, suiteFolder} from './helpers.js'

interface Step {
  name?: string
  env?: Record<string, string>
  run?: string
}
interface Action {
  inputs: Record<string, {default: string}>
  runs: {steps: Step[]}
}

const action = parse(readFileSync(join(repository, 'action.yml'), 'utf8')) as Action
const step = (name: string) => action.runs.steps.find((candidate) => candidate.name === name)!
// How GitHub runs a step with `shell: bash`.
const bash = (script: string) => ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script]

/** A step's environment with its `${{ inputs.… }}` expressions replaced as GitHub would. */
function stepEnvironment(env: Record<string, string>, inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).map(([name, expression]) => {
      const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(expression)?.[1]
      if (!input || !Object.hasOwn(inputs, input)) throw new Error(`${name}: not an input of the Action: ${expression}`)
      return [name, inputs[input]]
    })
  )
}

// The Action as it runs from a release tag, whose commit carries the build: a checkout of what
// is committed here, with this checkout's build (`npm test` builds first) where the tag has it.
describe('the GitHub Action at a release tag', () => {
  const folder = suiteFolder('action')
  let actionPath: string
  let workspace: string

  beforeAll(() => {
    actionPath = join(folder.path, 'slant')
    must('git', ['clone', '--quiet', repository, actionPath], {cwd: folder.path})
    cpSync(join(repository, 'dist'), join(actionPath, 'dist'), {recursive: true})
    must('bash', bash(step('Install slant').run!), {cwd: actionPath})
    workspace = join(folder.path, 'newsroom')
    mkdirSync(join(workspace, 'docs'), {recursive: true})
    writeFileSync(join(workspace, 'docs/story.md'), 'The despots met.\n')
  }, 300_000)

  it('runs its scripts as written: inputs reach them only through the environment', () => {
    for (const {run} of action.runs.steps) expect(run ?? '').not.toContain('${{')
  })

  it('installs slant’s run-time dependencies and none of its dev dependencies', () => {
    const {dependencies, devDependencies} = JSON.parse(readFileSync(join(repository, 'package.json'), 'utf8')) as Record<string, Record<string, string>>
    const installed = readdirSync(join(actionPath, 'node_modules'))
    expect(installed).toEqual(expect.arrayContaining(Object.keys(dependencies)))
    expect(installed.filter((name) => Object.hasOwn(devDependencies, name))).toEqual([])
    expect(existsSync(join(actionPath, 'node_modules/.bin/tsc'))).toBe(false)
  })

  it('annotates the finding, writes the SARIF report and fails over max-warnings 0', () => {
    const defaults = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default]))
    const inputs: Record<string, string> = {...defaults, files: 'docs/', 'max-warnings': '0'}
    const env = {...stepEnvironment(step('Run slant').env!, inputs), GITHUB_ACTION_PATH: actionPath}
    const result = run('bash', bash(step('Run slant').run!), {cwd: workspace, env})
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/^::warning file=docs\/story\.md,line=1,col=5,endLine=1,endColumn=12,title=slant loaded-label::“despots” is a contentious label/m)
    const sarif = JSON.parse(readFileSync(join(workspace, inputs['sarif-file']), 'utf8')) as {runs: {results: {ruleId: string}[]}[]}
    expect(sarif.runs[0].results.map((result) => result.ruleId)).toEqual(['loaded-label'])
  })
})
