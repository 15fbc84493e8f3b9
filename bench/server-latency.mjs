// Language server latency on the Putin–Kim article (about 4,500 words), measured over stdio:
// didOpen to its first diagnostics, and the last edit of a burst of 20 to the diagnostics for
// that last version. Target: 300 ms each. Run `npm run build` first; then
// `node bench/server-latency.mjs [--rounds 5]`.
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {cpus, loadavg} from 'node:os'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {createProtocolConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-languageserver/node'

const server = fileURLToPath(new URL('../dist/server/main.js', import.meta.url))
const article = readFileSync(new URL('../../shared/fixtures/putin-kim-visit.txt', import.meta.url), 'utf8')
const {values: flags} = parseArgs({options: {rounds: {type: 'string', default: '5'}}})
const rounds = Number(flags.rounds)
const target = 300

const child = spawn(process.execPath, [server, '--stdio'], {stdio: ['pipe', 'pipe', 'inherit']})
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
const published = new Map()
connection.onNotification('textDocument/publishDiagnostics', (params) => {
  published.get(`${params.uri}@${params.version}`)?.(performance.now())
})
connection.listen()

/** Resolves with the time the diagnostics for this version of the document arrive. */
const diagnosticsFor = (uri, version) => new Promise((resolve) => published.set(`${uri}@${version}`, resolve))

const startup = performance.now()
await connection.sendRequest('initialize', {processId: process.pid, rootUri: null, capabilities: {}})
const initializeMs = performance.now() - startup
await connection.sendNotification('initialized', {})

const openMs = []
const burstMs = []
for (let round = 0; round < rounds; round++) {
  const uri = pathToFileURL(`/bench/putin-kim-${round}.txt`).href
  const opened = diagnosticsFor(uri, 1)
  const openedAt = performance.now()
  await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text: article}})
  openMs.push((await opened) - openedAt)

  // Twenty keystrokes as fast as the client sends them: typing " tyrant" and more at the end of line 3.
  const typed = ' the tyrant smiled at the hordes'
  const last = diagnosticsFor(uri, 21)
  let lastEditAt = 0
  for (let version = 2; version <= 21; version++) {
    const character = 200 + version
    await connection.sendNotification('textDocument/didChange', {
      textDocument: {uri, version},
      contentChanges: [{range: {start: {line: 2, character}, end: {line: 2, character}}, text: typed[version - 2]}]
    })
    lastEditAt = performance.now()
  }
  burstMs.push((await last) - lastEditAt)
  await connection.sendNotification('textDocument/didClose', {textDocument: {uri}})
}

await connection.sendRequest('shutdown')
await connection.sendNotification('exit')
connection.dispose()

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const row = (name, values) => `| ${name} | ${median(values).toFixed(0)} | ${Math.min(...values).toFixed(0)} | ${Math.max(...values).toFixed(0)} | ${median(values) <= target ? 'yes' : 'no'} |`
console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load ${loadavg()[0].toFixed(1)}; ${rounds} rounds; initialize (with warm-up) ${initializeMs.toFixed(0)} ms`)
console.log('')
console.log(`| measure (ms) | median | min | max | within ${target} ms |`)
console.log('| --- | --- | --- | --- | --- |')
console.log(row('didOpen → first diagnostics', openMs))
console.log(row('last of 20 edits → its diagnostics', burstMs))
