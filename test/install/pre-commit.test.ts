import {spawnSync} from 'node:child_process'
import {cpSync, mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {must, repository, run, suiteFolder} from './helpers.js'

// Debian's pre-commit, installed by .ci/run. Without it the hook cannot be tried: a developer
// is told so, and CI fails.
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0
if (!hasPreCommit) {
  if (process.env.CI === 'true') throw new Error('pre-commit is missing; .ci/run installs it (apt-get install pre-commit)')
  console.warn('test/install/pre-commit.test.ts skipped: pre-commit is not installed (apt-get install pre-commit)')
}

describe.skipIf(!hasPreCommit)('the pre-commit hook, from a git repository at a tag', () => {
  const folder = suiteFolder('pre-commit')
  let content: string
  // pre-commit keeps the environments it installs here, so each run installs the hook anew.
  let env: Record<string, string>
  const git = (args: string[], cwd = content) => must('git', ['-c', 'user.name=Newsroom', '-c', 'user.email=desk@example.com', ...args], {cwd})
  const stage = (text: string) => {
    writeFileSync(join(content, 'story.md'), text)
    git(['add', '.'])
  }

  beforeAll(() => {
    // What has been committed here, tagged as a release is (CONTRIBUTING.md): the tag's commit
    // carries the build, this checkout's (`npm test` builds first), so `prepare` finds it current.
    const hookRepository = join(folder.path, 'slant')
    must('git', ['clone', '--quiet', repository, hookRepository], {cwd: folder.path})
    cpSync(join(repository, 'dist'), join(hookRepository, 'dist'), {recursive: true})
    git(['add', '--force', 'dist'], hookRepository)
    git(['commit', '--quiet', '-m', 'Build of 0.1.0'], hookRepository)
    git(['tag', 'v0.1.0'], hookRepository)
    content = join(folder.path, 'newsroom')
    // npm may answer from its cache, which the suite's own install has just filled.
    env = {PRE_COMMIT_HOME: join(folder.path, 'cache'), npm_config_prefer_offline: 'true'}
    mkdirSync(content)
    git(['init', '--quiet'])
    const config = ['repos:', `  - repo: ${hookRepository}`, '    rev: v0.1.0', '    hooks:', '      - id: slant', "        args: [--max-warnings, '0']", '']
    writeFileSync(join(content, '.pre-commit-config.yaml'), config.join('\n'))
  })

  it('installs and fails on a loaded word, with slant’s finding in its output', () => {
    stage('The despots met.\n')
    const result = run('pre-commit', ['run', '--all-files'], {cwd: content, env})
    expect(result.status, result.stderr).toBe(1)
    expect(result.stdout).toMatch(/^slant\.+Failed$/m)
    expect(result.stdout).toMatch(/^story\.md\n1:5-1:12 +warning +“despots” is a contentious label.* loaded-label +slant$/m)
    expect(result.stdout).toContain('slant: 1 warning, more than --max-warnings 0')
  }, 600_000)

  it('passes clean prose', () => {
    stage('The leaders met.\n')
    const result = run('pre-commit', ['run', '--all-files'], {cwd: content, env})
    expect(result.stdout).toMatch(/^slant\.+Passed$/m)
    expect(result.status).toBe(0)
  }, 600_000)
})
