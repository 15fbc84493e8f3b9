import {parentPort} from 'node:worker_threads'
import '../engine/packs.js'
import {lint} from '../lint.js'
import type {SlantOptions} from '../options.js'
import {outcomeOf} from './restore-result.js'
import type {LintRequest, LintReply} from './lint-pool.js'

// Options arrive once per configuration and are kept by their hash, so the
// same objects reach lint() again and its processor cache keeps working.
const optionsByKey = new Map<string, SlantOptions>()

parentPort!.on('message', (request: LintRequest) => {
  if (request.options) optionsByKey.set(request.optionsKey, request.options)
  let reply: LintReply
  try {
    const options = optionsByKey.get(request.optionsKey)!
    reply = {id: request.id, outcome: outcomeOf(lint(request.text, {...options, path: request.path}))}
  } catch (error) {
    reply = {id: request.id, error: (error as Error).stack ?? String(error)}
  }
  parentPort!.postMessage(reply)
})
