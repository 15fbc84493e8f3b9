import {Worker} from 'node:worker_threads'
import type {SlantOptions} from '../options.js'
import type {LintOutcome} from './restore-result.js'

export interface LintTask {
  path?: string
  text: string
  options: SlantOptions
  /** The hash of `options`, so each worker receives a configuration once. */
  optionsKey: string
}

export interface LintRequest {
  id: number
  path?: string
  text: string
  optionsKey: string
  options?: SlantOptions
}

export type LintReply = {id: number; outcome: LintOutcome; error?: undefined} | {id: number; error: string}

const workerScript = new URL('./lint-worker.js', import.meta.url)

/**
 * Lint on `threads` worker threads, each taking the next file when it is done
 * with one; outcomes come back in task order whatever order they finish in.
 */
export async function lintOnWorkers(tasks: readonly LintTask[], threads: number): Promise<LintOutcome[]> {
  const outcomes: LintOutcome[] = new Array(tasks.length)
  const workers = Array.from({length: Math.min(threads, tasks.length)}, () => new Worker(workerScript))
  let next = 0
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const sentOptions = new Set<string>()
            const sendNext = () => {
              if (next >= tasks.length) return resolve()
              const id = next++
              const task = tasks[id]
              const firstTime = !sentOptions.has(task.optionsKey)
              sentOptions.add(task.optionsKey)
              const request: LintRequest = {id, path: task.path, text: task.text, optionsKey: task.optionsKey, options: firstTime ? task.options : undefined}
              worker.postMessage(request)
            }
            worker.on('message', (reply: LintReply) => {
              if (reply.error !== undefined) return reject(new Error(`linting ${tasks[reply.id].path ?? 'stdin'} failed in a worker: ${reply.error}`))
              outcomes[reply.id] = reply.outcome
              sendNext()
            })
            worker.on('error', reject)
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`a lint worker stopped with exit code ${code}`))
            })
            sendNext()
          })
      )
    )
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  return outcomes
}
