// Language server memory over a long session, over stdio: the Putin–Kim article opened as
// Markdown, then 10,000 edits, words typed and taken out again across the text, loaded ones among
// them. The writer stops every 20 to 60 keystrokes, mid-word or not, until the diagnostics come;
// at the start and every 1,000 edits the server collects garbage and reports its memory.
// Target: flat from the 1,000th edit to the last. Run `npm run build` first; then
// `node bench/server-memory.mjs [--edits 10000] [--every 1000] [--json]`.
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {cpus, loadavg} from 'node:os'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {createProtocolConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-languageserver/node'
import {TextDocument} from 'vscode-languageserver-textdocument'

const server = fileURLToPath(new URL('../dist/server/main.js', import.meta.url))
const collectedHeap = new URL('collected-heap.mjs', import.meta.url).href
const article = readFileSync(new URL('../../shared/fixtures/putin-kim-visit.txt', import.meta.url), 'utf8')
const {values: flags} = parseArgs({
  options: {edits: {type: 'string', default: '10000'}, every: {type: 'string', default: '1000'}, json: {type: 'boolean', default: false}}
})
const edits = Number(flags.edits)
const sampleEvery = Number(flags.every)
/** Flat: from the first sample after warm-up to the last, the collected heap grows by under 10 % and the resident memory by under 20 MB. */
const flatLimits = {heapGrowth: 0.1, rssGrowthBytes: 20 * 2 ** 20}
const target = `flat: heap after collection under +${flatLimits.heapGrowth * 100} %, resident under +${flatLimits.rssGrowthBytes / 2 ** 20} MB`
const runLimitMs = 10 * 60_000
const waitLimitMs = 30_000

// Typed one letter at a time; pasted words come in one change.
const words = ['despots ', 'the regime ', 'brutal ', 'talks ', 'so-called ', 'leaders ', 'notorious ', 'visit ', 'hordes ', 'agreed ', 'tyrant ', 'on Tuesday ']

const child = spawn(process.execPath, ['--expose-gc', '--import', collectedHeap, server, '--stdio'], {stdio: ['pipe', 'pipe', 'inherit', 'ipc']})
const runLimit = setTimeout(() => {
  console.error(`server-memory: the run took over ${runLimitMs / 60_000} minutes`)
  child.kill()
  process.exit(1)
}, runLimitMs)
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
const published = new Map()
connection.onNotification('textDocument/publishDiagnostics', (params) => published.get(params.version)?.())
connection.listen()

/** Resolves when the diagnostics for this version of the document arrive. */
function diagnosticsFor(version) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version} within ${waitLimitMs} ms`)), waitLimitMs)
    published.set(version, () => {
      clearTimeout(timer)
      published.delete(version)
      resolve()
    })
  })
}

/** The server's heap after a full collection, and its resident memory, in bytes. */
function memory() {
  return new Promise((resolve) => {
    child.once('message', resolve)
    child.send('collect')
  })
}

// A fixed seed, so every run types the same keystrokes.
let seed = 20_240_619
const random = (below) => {
  seed ^= seed << 13
  seed ^= seed >>> 17
  seed ^= seed << 5
  return (seed >>> 0) % below
}

await connection.sendRequest('initialize', {processId: process.pid, rootUri: null, capabilities: {}})
await connection.sendNotification('initialized', {})
const uri = pathToFileURL('/bench/putin-kim-visit.md').href
let document = TextDocument.create(uri, 'markdown', 1, article)
const opened = diagnosticsFor(1)
await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text: article}})
await opened
const samples = [{edits: 0, ...(await memory())}]

let sent = 0
let cursor = 0
let keystrokesToPause = 40
const startedAt = performance.now()

async function change(range, text) {
  if (sent === edits) return
  const version = document.version + 1
  document = TextDocument.update(document, [{range, text}], version)
  await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{range, text}]})
  sent++
  if (sent % sampleEvery === 0) await sample()
  else if (--keystrokesToPause <= 0) await pause()
}

async function sample() {
  await pause()
  samples.push({edits: sent, ...(await memory())})
}

/** The writer stops: the diagnostics arrive, and the editor asks for quick fixes at the cursor. */
async function pause() {
  keystrokesToPause = 20 + random(41)
  const position = document.positionAt(cursor)
  await diagnosticsFor(document.version)
  await connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range: {start: position, end: position}, context: {diagnostics: []}})
}

const insertAt = (offset, text) => change({start: document.positionAt(offset), end: document.positionAt(offset)}, text)
const deleteBack = (offset, length) => change({start: document.positionAt(offset - length), end: document.positionAt(offset)}, '')

// Words go in after spaces across the text and each comes out again three words later, so the
// text stays within a few words of the article's size and any growth is the session's.
const wordsKept = 3
/** The words typed and not yet taken out, oldest first. */
const typedWords = []
const shiftWordsAfter = (offset, delta) => {
  for (const typed of typedWords) if (typed.start >= offset) typed.start += delta
}
/** After a space, and not in or at the end of a typed word. */
function placeToType() {
  const text = document.getText()
  for (;;) {
    const place = text.indexOf(' ', random(text.length)) + 1
    if (place > 0 && !typedWords.some(({start, length}) => place >= start && place <= start + length)) return place
  }
}

while (sent < edits) {
  const word = words[random(words.length)]
  const start = placeToType()
  cursor = start
  if (random(5) === 0) {
    await insertAt(cursor, word)
    cursor += word.length
  } else for (const letter of word) await insertAt(cursor++, letter)
  shiftWordsAfter(start, word.length)
  typedWords.push({start, length: word.length})
  if (typedWords.length > wordsKept) {
    const oldest = typedWords.shift()
    cursor = oldest.start + oldest.length
    // Cut as a selection now and then; otherwise backspaced.
    if (random(5) === 0) await deleteBack(cursor, oldest.length)
    else while (cursor > oldest.start) await deleteBack(cursor--, 1)
    shiftWordsAfter(oldest.start, -oldest.length)
  }
}
if (samples.at(-1).edits !== sent) await sample()
const sessionMs = performance.now() - startedAt

await connection.sendRequest('shutdown')
await connection.sendNotification('exit')
connection.dispose()
clearTimeout(runLimit)

const afterWarmUp = samples.find((sample) => sample.edits >= sampleEvery) ?? samples[0]
const last = samples.at(-1)
const heapGrowth = (last.heapUsed - afterWarmUp.heapUsed) / afterWarmUp.heapUsed
const rssGrowthBytes = last.rss - afterWarmUp.rss
const flat = heapGrowth < flatLimits.heapGrowth && rssGrowthBytes < flatLimits.rssGrowthBytes

const mb = (bytes) => (bytes / 2 ** 20).toFixed(1)
if (flags.json) console.log(JSON.stringify({edits: sent, sessionMs, samples, from: afterWarmUp, to: last, target, flat}))
else {
  console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load ${loadavg()[0].toFixed(1)}; ${sent.toLocaleString('en')} edits in ${(sessionMs / 1000).toFixed(0)} s`)
  console.log('')
  console.log('| edits | heap after collection (MB) | resident (MB) |')
  console.log('| --- | --- | --- |')
  for (const sample of samples) console.log(`| ${sample.edits.toLocaleString('en')} | ${mb(sample.heapUsed)} | ${mb(sample.rss)} |`)
  console.log('')
  const growth = `heap ${(heapGrowth * 100).toFixed(1)} %, resident ${mb(rssGrowthBytes)} MB`
  console.log(`From ${afterWarmUp.edits.toLocaleString('en')} to ${sent.toLocaleString('en')} edits: ${growth}. Target ${target}: ${flat ? 'met' : 'missed'}`)
}
