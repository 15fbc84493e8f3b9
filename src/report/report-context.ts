import {relative, resolve, sep} from 'node:path'
import type {RulePack} from '../engine/rule-pack.js'
import type {LintResult} from '../lint.js'

/** What reports for CI need beyond the results: where paths start, the version, the rules. */
export interface ReportContext {
  /** The directory the results' paths are relative to. */
  cwd: string
  /** Paths in CI reports are relative to this: the git work tree's top, else `cwd`. */
  root: string
  version: string
  /** Every rule pack the run used, for the rule metadata of SARIF; read only when a report needs it. */
  packs: () => readonly RulePack[]
}

export const stdinName = '<stdin>'

/** The result's path relative to the root, with `/` separators, as CI systems expect. */
export function rootRelativePath(context: Pick<ReportContext, 'cwd' | 'root'>, path: string | undefined): string {
  if (path === undefined) return stdinName
  return relative(context.root, resolve(context.cwd, path)).split(sep).join('/')
}

export function resultPath(context: Pick<ReportContext, 'cwd' | 'root'>, result: LintResult): string {
  return rootRelativePath(context, result.file.path)
}
