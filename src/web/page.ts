import {draftSection, filterControls} from '../report/draft-section.js'
import {pageBehaviour} from '../report/page-behaviour.js'
import {count, escapeHtml} from '../report/finding-text.js'
import {formatOf, type Format} from '../source/extensions.js'
import {lint} from './slant-browser.js'

// The editor's page. The same script runs twice: on the page, and as a worker made from its own
// text, which lints and draws the draft so that typing never waits for slant.

interface LintRequest {
  serial: number
  text: string
  format: Format
  heading: string
}

interface LintReply {
  serial: number
  section: string
  filters: string
  findings: number
  words: number
  milliseconds: number
}

function drawn({serial, text, format, heading}: LintRequest): LintReply {
  const started = performance.now()
  let result
  try {
    result = lint(text, {format})
  } catch (error) {
    const section = `<p class="intro">slant could not check this draft: ${escapeHtml(String(error))}</p>`
    return {serial, section, filters: '', findings: 0, words: 0, milliseconds: Math.round(performance.now() - started)}
  }
  return {
    serial,
    section: draftSection(result, {heading, format, key: 'draft'}),
    filters: filterControls(result.messages),
    findings: result.messages.length,
    words: result.stats.words,
    milliseconds: Math.round(performance.now() - started)
  }
}

// Typing pauses this long before a lint starts; a lint under way is never interrupted, and only
// the newest text is linted after it.
const pause = 150

function editorPage() {
  const input = document.getElementById('slant-input') as HTMLTextAreaElement
  const formatChoice = document.getElementById('slant-format') as HTMLSelectElement
  const fileChoice = document.getElementById('slant-file') as HTMLInputElement
  const output = document.getElementById('slant-output')!
  const filters = document.getElementById('slant-filters')!
  const status = document.getElementById('slant-status')!
  let heading = 'Draft'
  let serial = 0
  let busy = false
  let waiting: LintRequest | undefined
  let timer: ReturnType<typeof setTimeout> | undefined

  const show = (reply: LintReply, request: LintRequest) => {
    output.innerHTML = reply.section
    filters.innerHTML = reply.filters
    for (const box of filters.querySelectorAll<HTMLInputElement>('input[data-filter]')) box.checked = !document.body.classList.contains('hide-' + box.dataset.filter)
    status.textContent = `${count(reply.findings, 'finding')} · ${count(reply.words, 'word')} · checked in ${reply.milliseconds} ms`
    output.dataset.chars = String(request.text.length)
    output.dataset.serial = String(reply.serial)
  }

  let worker = startWorker()
  output.dataset.engine = worker ? 'worker' : 'page'
  const sent = new Map<number, LintRequest>()
  // A browser that refuses the worker's script leaves the lint to the page itself.
  worker?.addEventListener('error', () => {
    worker = undefined
    output.dataset.engine = 'page'
    const lost = [...sent.values()].at(-1)
    sent.clear()
    busy = false
    if (lost) run(lost)
  })

  const run = (request: LintRequest) => {
    busy = true
    if (worker) {
      sent.set(request.serial, request)
      worker.postMessage(request)
      return
    }
    show(drawn(request), request)
    finished()
  }
  const finished = () => {
    busy = false
    if (waiting) {
      const next = waiting
      waiting = undefined
      run(next)
    }
  }
  worker?.addEventListener('message', (event: MessageEvent<LintReply>) => {
    const request = sent.get(event.data.serial)
    if (!request) return
    sent.delete(event.data.serial)
    if (event.data.serial === serial) show(event.data, request)
    finished()
  })

  // The first lint compiles slant's rules; an empty draft does it while the page waits for one.
  worker?.postMessage({serial: 0, text: '', format: 'text', heading} satisfies LintRequest)

  const schedule = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      const request = {serial: ++serial, text: input.value, format: formatChoice.value as Format, heading}
      if (busy) waiting = request
      else run(request)
    }, pause)
  }

  // Typed or pasted text is a draft of its own, no longer the file that was opened.
  input.addEventListener('input', () => {
    heading = 'Draft'
    fileChoice.value = ''
    schedule()
  })
  formatChoice.addEventListener('change', schedule)
  fileChoice.addEventListener('change', async () => {
    const file = fileChoice.files?.[0]
    if (!file) return
    heading = file.name
    formatChoice.value = formatOf(file.name)
    input.value = await file.text()
    schedule()
  })
  pageBehaviour(document)
}

// A worker from the page's own script, as a blob: a page opened from disk may load no other file.
function startWorker(): Worker | undefined {
  try {
    const script = document.getElementById('slant-page')!.textContent!
    return new Worker(URL.createObjectURL(new Blob([script], {type: 'text/javascript'})))
  } catch {
    return undefined
  }
}

function lintWorker() {
  self.addEventListener('message', (event: MessageEvent<LintRequest>) => self.postMessage(drawn(event.data)))
}

if (typeof document === 'undefined') lintWorker()
else editorPage()
