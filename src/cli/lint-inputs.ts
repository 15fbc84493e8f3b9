import type {LintResult} from '../lint.js'
import type {SlantOptions} from '../options.js'
import {contentHash, type LintCache} from './lint-cache.js'
import {lintOnWorkers, type LintTask} from './lint-pool.js'
import {optionsHash} from './options-hash.js'
import {outcomeOf, restoreResult} from './restore-result.js'

export interface LintInput {
  path?: string
  text: string
  options: SlantOptions
}

export interface LintSettings {
  /** Threads to lint on; 1 lints in this thread. */
  jobs: number
  cache?: LintCache
}

// Starting a worker costs about as much as linting a few long articles, so
// short runs stay in this thread.
const filesPerWorker = 4

/** Lint every input, from the cache where it can, in parallel where it pays; results in input order. */
export async function lintInputs(inputs: readonly LintInput[], settings: LintSettings): Promise<LintResult[]> {
  const results: LintResult[] = new Array(inputs.length)
  const pending: {index: number; task: LintTask; content?: string}[] = []
  inputs.forEach((input, index) => {
    const task = {path: input.path, text: input.text, options: input.options, optionsKey: optionsHash(input.options)}
    const content = settings.cache && input.path !== undefined ? contentHash(input.text) : undefined
    const cached = content && settings.cache!.get(input.path!, content, task.optionsKey)
    if (cached) results[index] = restoreResult(input.path, input.text, cached)
    else pending.push({index, task, content})
  })

  const threads = Math.min(settings.jobs, Math.floor(pending.length / filesPerWorker))
  if (threads > 1) {
    const outcomes = await lintOnWorkers(
      pending.map(({task}) => task),
      threads
    )
    pending.forEach(({index, task}, position) => (results[index] = restoreResult(task.path, task.text, outcomes[position])))
  } else if (pending.length > 0) {
    // Loaded on demand: a run served from the cache needs no parser and no rules.
    const {lint} = await import('../lint.js')
    for (const {index, task} of pending) results[index] = lint(task.text, {...task.options, path: task.path})
  }

  if (settings.cache) {
    for (const {index, task, content} of pending) {
      if (content) settings.cache.set(task.path!, content, task.optionsKey, outcomeOf(results[index]))
    }
    settings.cache.save()
  }
  return results
}
