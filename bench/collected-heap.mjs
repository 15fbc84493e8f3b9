// Preloaded into the language server by bench/server-memory.mjs (`node --expose-gc --import`):
// on each message over the IPC channel, collect garbage and answer with the memory still in use.
// The server itself has no such hook; only a process started this way answers.
import {setTimeout as settle} from 'node:timers/promises'

if (process.send && globalThis.gc) {
  process.on('message', async () => {
    // V8 hands freed pages back once its sweepers are done: collecting again after them
    // leaves the resident figure at what is live rather than at what was last allocated.
    globalThis.gc()
    await settle(300)
    globalThis.gc()
    const {heapUsed, rss} = process.memoryUsage()
    process.send({heapUsed, rss})
  })
}
