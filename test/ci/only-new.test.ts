import {execFileSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {project, slantInProcess} from '../helpers.js'

function gitRepo(files: Record<string, string>): {root: string; git: (...args: string[]) => string} {
  const root = project(files)
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Desk', '-c', 'user.email=desk@example.com', ...args], {cwd: root, encoding: 'utf8'})
  git('init', '-q', '-b', 'main')
  git('add', '.')
  git('commit', '-q', '-m', 'First draft')
  return {root, git}
}

/** What was reported, as `line:term`, in order. */
async function reported(args: string[], cwd: string): Promise<string[]> {
  const run = await slantInProcess(['-f', 'json', ...args], {cwd})
  expect(run.stderr).toBe('')
  return JSON.parse(run.stdout).flatMap((file: any) => file.messages.map((message: any) => `${file.path}:${message.line}:${message.actual}`))
}

const draft = 'The despots met in the capital.\n\nLater the regime held a parade.\n'

describe('--changed-since', () => {
  it('reports only lines added or changed since the commit, committed, staged or not', async () => {
    const {root, git} = gitRepo({'story.md': draft, 'other.md': 'A tyrant spoke.\n'})
    expect(await reported(['--changed-since', 'HEAD', '.'], root)).toEqual([])

    // A paragraph above shifts every old finding down; only the new line counts.
    writeFileSync(join(root, 'story.md'), 'Hordes gathered early.\n\n' + draft)
    expect(await reported(['--changed-since', 'HEAD', '.'], root)).toEqual(['story.md:1:Hordes'])

    git('add', 'story.md')
    writeFileSync(join(root, 'other.md'), 'A tyrant spoke.\nThe gaggle listened.\n')
    writeFileSync(join(root, 'new.md'), 'The despots left.\n')
    expect(await reported(['--changed-since', 'HEAD', '.'], root)).toEqual(['new.md:1:despots', 'other.md:2:gaggle', 'story.md:1:Hordes'])

    git('add', '.')
    git('commit', '-q', '-m', 'Second draft')
    expect(await reported(['--changed-since', 'HEAD', '.'], root)).toEqual([])
    expect(await reported(['--changed-since', 'HEAD~1', '.'], root)).toEqual(['new.md:1:despots', 'other.md:2:gaggle', 'story.md:1:Hordes'])
    expect(await reported(['.'], root)).toHaveLength(6)
  })

  it('counts from where the branch left the base, so what the base gained since is not new', async () => {
    const {root, git} = gitRepo({'story.md': draft, 'other.md': 'A tyrant spoke.\n'})
    git('checkout', '-q', '-b', 'rewrite')
    writeFileSync(join(root, 'story.md'), 'Hordes gathered early.\n\n' + draft)
    git('commit', '-q', '-am', 'A new opening')

    // main moves on: it rewords lines the branch never touched, which the branch still has as they were.
    git('checkout', '-q', 'main')
    writeFileSync(join(root, 'story.md'), draft.replace('regime', 'government'))
    writeFileSync(join(root, 'other.md'), 'A leader spoke.\n')
    git('commit', '-q', '-am', 'Neutral wording')
    git('checkout', '-q', 'rewrite')
    writeFileSync(join(root, 'other.md'), 'A tyrant spoke.\nThe gaggle listened.\n')

    expect(await reported(['--changed-since', 'main', '.'], root)).toEqual(['other.md:2:gaggle', 'story.md:1:Hordes'])
    expect(await reported(['.'], root)).toEqual(['other.md:1:tyrant', 'other.md:2:gaggle', 'story.md:1:Hordes', 'story.md:3:despots', 'story.md:5:regime'])
  })

  it('is a usage error outside git, with a bad commit, or on stdin', async () => {
    const outside = project({'story.md': draft})
    expect(await slantInProcess(['--changed-since', 'HEAD', 'story.md'], {cwd: outside})).toMatchObject({status: 2, stdout: '', stderr: expect.stringMatching(/^slant: --changed-since: .* is not inside a git work tree\n$/)})
    const {root} = gitRepo({'story.md': draft})
    expect(await slantInProcess(['--changed-since', 'no-such-branch', 'story.md'], {cwd: root})).toMatchObject({status: 2, stderr: 'slant: --changed-since: "no-such-branch" is not a commit in this repository\n'})
    expect(await slantInProcess(['--changed-since', 'HEAD'], {cwd: root, input: draft})).toMatchObject({status: 2, stderr: 'slant: --changed-since needs files to compare, not stdin\n'})
  })

  it('is a usage error when the branch shares no commit with the base', async () => {
    const {root, git} = gitRepo({'story.md': draft})
    git('checkout', '-q', '--orphan', 'unrelated')
    git('commit', '-q', '-m', 'A history of its own')
    expect(await slantInProcess(['--changed-since', 'main', 'story.md'], {cwd: root})).toMatchObject({status: 2, stdout: '', stderr: 'slant: --changed-since: "main" and HEAD have no commit in common\n'})
  })

  it('says so when a shallow clone lacks the history to reach the merge base', async () => {
    const {root, git} = gitRepo({'story.md': draft})
    git('checkout', '-q', '-b', 'rewrite')
    git('commit', '-q', '--allow-empty', '-m', 'Branch work')
    git('checkout', '-q', 'main')
    git('commit', '-q', '--allow-empty', '-m', 'Base work')
    const clone = join(root, 'clone')
    git('clone', '-q', '--depth', '1', '--branch', 'rewrite', `file://${root}`, clone)
    execFileSync('git', ['fetch', '-q', '--depth', '1', 'origin', 'main:refs/remotes/origin/main'], {cwd: clone})
    expect(await slantInProcess(['--changed-since', 'origin/main', 'story.md'], {cwd: clone})).toMatchObject({
      status: 2,
      stderr: 'slant: --changed-since: "origin/main" and HEAD have no commit in common in this shallow clone (fetch more history, such as with git fetch --unshallow)\n'
    })
  })
})

describe('baselines', () => {
  const repeated = 'Aides said the regime and the regime press agreed.\n'

  it('record current findings and report only new ones after lines shift', async () => {
    const {root} = gitRepo({'story.md': draft + '\n' + repeated})
    expect(await slantInProcess(['--write-baseline', 'slant-baseline.json', '.'], {cwd: root})).toMatchObject({status: 0, stdout: 'Recorded 4 findings in slant-baseline.json.\n'})
    const baseline = readFileSync(join(root, 'slant-baseline.json'), 'utf8')
    expect(JSON.parse(baseline).findings).toEqual([
      {file: 'story.md', ruleId: 'loaded-label', actual: 'despots', context: 'The despots met in the capital', count: 1},
      {file: 'story.md', ruleId: 'loaded-label', actual: 'regime', context: 'Aides said the regime and the regime press agreed', count: 2},
      {file: 'story.md', ruleId: 'loaded-label', actual: 'regime', context: 'Later the regime held a parade', count: 1}
    ])
    expect(await reported(['--baseline', 'slant-baseline.json', '.'], root)).toEqual([])

    // New paragraphs above shift every known finding; a rewrapped sentence is the same sentence.
    const edited = 'A new opening paragraph.\n\nAnd a second one.\n\nThe despots met\nin the capital.\n\nLater the regime held a parade.\n\n' + repeated + '\nThe despots returned.\n'
    writeFileSync(join(root, 'story.md'), edited)
    expect(await reported(['--baseline', 'slant-baseline.json', '.'], root)).toEqual(['story.md:12:despots'])

    // The sentence once more: the baseline forgives two of its findings, the copy's two are new.
    writeFileSync(join(root, 'story.md'), edited + repeated)
    expect(await reported(['--baseline', 'slant-baseline.json', '.'], root)).toEqual(['story.md:12:despots', 'story.md:13:regime', 'story.md:13:regime'])
  })

  it('gates the exit code on new findings only', async () => {
    const {root} = gitRepo({'story.md': draft})
    await slantInProcess(['--write-baseline', 'base.json', 'story.md'], {cwd: root})
    expect((await slantInProcess(['--max-warnings', '0', '--baseline', 'base.json', 'story.md'], {cwd: root})).status).toBe(0)
    writeFileSync(join(root, 'story.md'), draft + '\nA tyrant spoke.\n')
    expect(await slantInProcess(['--max-warnings', '0', '--baseline', 'base.json', 'story.md'], {cwd: root})).toMatchObject({status: 1, stderr: 'slant: 1 warning, more than --max-warnings 0\n'})
  })

  it('a missing or foreign baseline is a usage error', async () => {
    const root = project({'story.md': draft, 'other.json': '{"a": 1}'})
    expect(await slantInProcess(['--baseline', 'none.json', 'story.md'], {cwd: root})).toMatchObject({status: 2, stderr: 'slant: --baseline: none.json: no such file\n'})
    expect(await slantInProcess(['--baseline', 'other.json', 'story.md'], {cwd: root})).toMatchObject({status: 2, stderr: expect.stringMatching(/^slant: --baseline: other\.json: not a slant baseline/)})
  })
})

describe('--max-density', () => {
  it('fails the run when a file has more warnings per 1,000 words than allowed', async () => {
    const root = project({'dense.md': 'The despots met the regime.\n', 'calm.md': 'The leaders met the government. '.repeat(100)})
    const run = await slantInProcess(['--max-density', '50', '.'], {cwd: root})
    expect(run.status).toBe(1)
    expect(run.stderr).toBe('slant: dense.md: 400.0 warnings per 1,000 words, more than --max-density 50\n')
    expect((await slantInProcess(['--max-density', '50', 'calm.md'], {cwd: root})).status).toBe(0)
    expect(await slantInProcess(['--max-density', 'lots', 'calm.md'], {cwd: root})).toMatchObject({status: 2, stderr: 'slant: --max-density: expected a number, got "lots"\n'})
  })
})
