// Migrates the built-in rule packs (rules/*.yml) to the entry schema of docs/rule-packs.md:
// an id for every entry, the part of speech where the word has another sense in another class,
// forms derived from the term rather than listed, drop-in suggestions as lemmas apart from
// other advice, and examples to flag and to pass. Run it after `npm run build`:
//
//   node scripts/migrate-packs.mjs
//
// It is idempotent: a pack it has migrated comes out unchanged, and it keeps every field and
// comment it does not rewrite. It runs in two steps, each in a process of its own, since slant
// reads its packs once per process: the entries first, then their examples and suggestions,
// which are checked by linting them with the migrated packs.
import {execFileSync} from 'node:child_process'
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {parse} from 'yaml'

const rulesFolder = fileURLToPath(new URL('../rules/', import.meta.url))
const packFiles = readdirSync(rulesFolder).filter((name) => name.endsWith('.yml')).sort()

// --- reading and writing a pack, line by line ---

// Keys the migration writes, in the order an entry gives them; other keys keep their text and order.
const leadingKeys = ['id', 'term', 'pos', 'forms', 'inflect', 'suggest', 'advice']
const trailingKeys = ['examples']

/**
 * A pack's text as its header, then per entry the blank lines and comments before it and its
 * keys, each with the lines of text it had (comments inside an entry stay with the next key).
 */
function splitPack(text) {
  const lines = text.split('\n')
  const start = lines.indexOf('entries:')
  if (start < 0) return {header: text, entries: [], footer: ''}
  const entries = []
  let between = []
  let entry
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('  - ') || !/^\s/.test(line)) {
      if (entry?.pending) throw new Error(`a comment ends the entry before ${JSON.stringify(line)}: put it before a key`)
    }
    if (line.startsWith('  - ')) {
      entry = {before: between, keys: []}
      entries.push(entry)
      between = []
      entry.keys.push({key: keyOf(line.slice(4)), lines: ['    ' + line.slice(4)], comments: []})
    } else if (entry && /^    [a-z]+:/.test(line)) {
      entry.keys.push({key: keyOf(line.slice(4)), lines: [line], comments: entry.pending ?? []})
      entry.pending = undefined
    } else if (entry && /^    #/.test(line)) {
      entry.pending = [...(entry.pending ?? []), line]
    } else if (entry && /^    \S|^     /.test(line)) {
      entry.keys.at(-1).lines.push(line)
    } else {
      between.push(line)
    }
  }
  return {header: lines.slice(0, start + 1).join('\n'), entries, footer: between.join('\n')}
}

const keyOf = (line) => /^([a-z]+):/.exec(line)?.[1]

const plain = /^[\p{L}\p{N}][\p{L}\p{N} '’.,/-]*$/u
const yamlWords = /^(?:true|false|yes|no|on|off|null|~|y|n)$/i
function scalar(value) {
  return plain.test(value) && !yamlWords.test(value) && !/^[\d.]+$/.test(value) && !value.includes(', ') ? value : JSON.stringify(value)
}
const flowList = (values) => `[${values.map(scalar).join(', ')}]`

/** The lines of one entry: the migrated keys in order, then the others as they were written. */
function entryLines(entry, data) {
  const kept = entry.keys.filter((chunk) => !leadingKeys.includes(chunk.key) && !trailingKeys.includes(chunk.key))
  const lines = [`    id: ${data.id}`, `    term: ${scalar(data.term)}`]
  if (data.pos) lines.push(`    pos: ${data.pos}`)
  if (data.forms?.length) lines.push(`    forms: ${flowList(data.forms)}`)
  if (data.inflect === false) lines.push('    inflect: false')
  lines.push(`    suggest: ${flowList(data.suggest ?? [])}`)
  if (data.advice?.length) lines.push(`    advice: ${flowList(data.advice)}`)
  for (const chunk of kept) lines.push(...chunk.comments, ...chunk.lines)
  if (data.examples?.flag?.length || data.examples?.pass?.length) {
    lines.push('    examples:')
    for (const kind of ['flag', 'pass']) {
      if (!data.examples[kind]?.length) continue
      lines.push(`      ${kind}:`, ...data.examples[kind].map((sentence) => `        - ${JSON.stringify(sentence)}`))
    }
  }
  lines[0] = '  - ' + lines[0].slice(4)
  return lines
}

/** Rewrite every pack with `migrate(entry, pack)` giving each entry's new data. */
function rewritePacks(migrate) {
  for (const name of packFiles) {
    const path = rulesFolder + name
    const text = readFileSync(path, 'utf8')
    const pack = parse(text)
    if (!pack.entries?.length) continue
    const {header, entries, footer} = splitPack(text)
    const out = [header]
    entries.forEach((entry, index) => out.push(...entry.before, ...entryLines(entry, migrate(pack.entries[index], pack))))
    out.push(footer)
    writeFileSync(path, out.join('\n'))
  }
}

const step = process.argv[2] ?? 'all'
if (step === 'all') {
  execFileSync(process.execPath, [fileURLToPath(import.meta.url), 'entries'], {stdio: 'inherit'})
  execFileSync(process.execPath, [fileURLToPath(import.meta.url), 'examples'], {stdio: 'inherit'})
} else {
  const {migrateEntry, prepareEntries} = await import('./migrate-entries.mjs')
  const {migrateExamples, prepareExamples} = await import('./migrate-examples.mjs')
  if (step === 'entries') {
    const context = await prepareEntries(packFiles.map((name) => parse(readFileSync(rulesFolder + name, 'utf8'))))
    rewritePacks((entry, pack) => migrateEntry(entry, pack, context))
  } else {
    const context = await prepareExamples()
    rewritePacks((entry, pack) => migrateExamples(entry, pack, context))
    context.summary()
  }
}
