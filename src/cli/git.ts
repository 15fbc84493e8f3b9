import {spawnSync} from 'node:child_process'
import {join, resolve} from 'node:path'
import {UsageError} from './usage-error.js'

function git(args: string[], cwd: string) {
  const run = spawnSync('git', args, {cwd, encoding: 'utf8', maxBuffer: 1 << 30})
  return {ok: run.status === 0, stdout: run.stdout ?? '', stderr: run.stderr ?? ''}
}

/** The top directory of the git work tree holding `cwd`, if there is one. */
export function gitTopLevel(cwd: string): string | undefined {
  const run = git(['rev-parse', '--show-toplevel'], cwd)
  return run.ok ? resolve(run.stdout.trim()) : undefined
}

/** Lines added or changed since a commit, by absolute path; `all` for a file git does not track yet. */
export type ChangedLines = Map<string, Set<number> | 'all'>

/**
 * What changed in the work tree holding `cwd` since it left `ref`, committed
 * or not: `git diff -U0` from `git merge-base <ref> HEAD` to the working tree,
 * plus untracked files. Counting from the merge base keeps what `ref` gained
 * after the branch was made from looking like the branch's own lines.
 */
export function changedLinesSince(ref: string, cwd: string): ChangedLines {
  const root = gitTopLevel(cwd)
  if (root === undefined) throw new UsageError(`--changed-since: ${cwd} is not inside a git work tree`)
  if (!git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root).ok) {
    throw new UsageError(`--changed-since: ${JSON.stringify(ref)} is not a commit in this repository`)
  }
  const mergeBase = git(['merge-base', '--end-of-options', ref, 'HEAD'], root)
  if (!mergeBase.ok) {
    // A shallow clone (CI's default) may hold too little history to reach the commit they share.
    const shallow = git(['rev-parse', '--is-shallow-repository'], root).stdout.trim() === 'true'
    const hint = shallow ? ' in this shallow clone (fetch more history, such as with git fetch --unshallow)' : ''
    throw new UsageError(`--changed-since: ${JSON.stringify(ref)} and HEAD have no commit in common${hint}`)
  }
  const base = mergeBase.stdout.trim()
  const diff = git(['-c', 'core.quotePath=false', 'diff', '-U0', '--no-color', '--no-ext-diff', '--find-renames', '--src-prefix=a/', '--dst-prefix=b/', base, '--'], root)
  if (!diff.ok) throw new UsageError(`--changed-since: git diff failed: ${diff.stderr.trim().split('\n')[0]}`)
  const changed: ChangedLines = new Map()
  let lines: Set<number> | undefined
  for (const line of diff.stdout.split('\n')) {
    if (line.startsWith('+++ ')) {
      const path = line.slice(4)
      lines = path === '/dev/null' ? undefined : new Set()
      if (lines) changed.set(join(root, unquote(path).slice('b/'.length)), lines)
      continue
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line)
    if (hunk && lines) {
      const start = Number(hunk[1])
      const count = hunk[2] === undefined ? 1 : Number(hunk[2])
      for (let added = start; added < start + count; added++) lines.add(added)
    }
  }
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z'], root)
  for (const path of untracked.stdout.split('\0')) if (path) changed.set(join(root, path), 'all')
  return changed
}

const escapes: Record<string, string> = {n: '\n', t: '\t', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', r: '\r', v: '\v'}

// git wraps a path holding quotes, backslashes or control characters in C-style quotes.
function unquote(path: string): string {
  if (!path.startsWith('"')) return path
  const characters = [...path.slice(1, -1)]
  const bytes: number[] = []
  for (let index = 0; index < characters.length; index++) {
    const character = characters[index]
    const next = characters[index + 1]
    if (character !== '\\') {
      bytes.push(...Buffer.from(character))
    } else if (/[0-7]/.test(next)) {
      bytes.push(parseInt(characters.slice(index + 1, index + 4).join(''), 8))
      index += 3
    } else {
      bytes.push(...Buffer.from(escapes[next] ?? next))
      index += 1
    }
  }
  return Buffer.from(bytes).toString('utf8')
}
