import {entryForms} from './lexicon.js'

export type Severity = 'error' | 'warning' | 'info'
export type Family = 'loaded' | 'claims' | 'context'

/**
 * When a match counts, beyond the words themselves. A pack's `when` applies to
 * all its entries; an entry's `when` replaces it.
 */
export type Condition =
  | 'unattributed'
  | 'outside-quotes'
  | 'crowd-speaks'
  | 'passive'
  | 'introduces-speech'
  | 'as-noun'
  | 'as-label'
  | 'political'
  | 'caused-by-people'
  | 'unreported'

export const severities: readonly Severity[] = ['error', 'warning', 'info']
export const families: readonly Family[] = ['loaded', 'claims', 'context']
/** What each condition asks of a match, for error messages and the rule catalogue. */
export const conditionMeanings: Readonly<Record<Condition, string>> = {
  unattributed:
    'the sentence names no source for the claim: no named speaker, no “according to” a name, no link, footnote or citation',
  'outside-quotes': 'the words are outside any quotation',
  'crowd-speaks': 'the words are the subject of a verb of saying or believing (“critics say”) or the agent of a passive (“praised by critics”)',
  passive: 'a form of “be” comes before the words (“is seen as”)',
  'introduces-speech': 'the verb introduces a that-clause, a quotation or a colon, or tags a quotation (“…,” she insisted)',
  'as-noun': 'the word is a noun (“told lies”), not a verb whose subject is a thing (“the answer lies elsewhere”)',
  'as-label': 'the word labels people, a group or their ideas (“a radical cleric”, “radicals”, “radical ideas”), not the size of a change (“radical cuts”)',
  political: 'the word names a government (“the Assad regime”), not the rules of a field that a noun before it names (“the bail regime”)',
  'caused-by-people': 'the disorder is not caused by weather or a machine (“the storm caused havoc”, “the havoc caused by the floods”)',
  unreported: 'the words are not reported from a named source (“the retailer said sales were remarkable”, “…, according to the ministry”)'
}
export const conditions = Object.keys(conditionMeanings) as readonly Condition[]

/** Words around a match that show the neutral sense of an entry. */
export interface Exceptions {
  before?: string[]
  after?: string[]
  sentence?: string[]
}

/** The word class of an entry's term, as a pack names it. */
export type PartOfSpeech = 'noun' | 'verb' | 'adjective' | 'adverb'
export const partsOfSpeech: readonly PartOfSpeech[] = ['noun', 'verb', 'adjective', 'adverb']

/** Sentences an entry must flag, and sentences it must pass, run by the rule examples test. */
export interface EntryExamples {
  flag: string[]
  pass: string[]
}

export interface RuleEntry {
  /** Unique across packs: reported with each finding, and named by allow-lists and disable comments. */
  id: string
  term: string
  /** Only a word of this class is matched, and the term's forms are those of this class. */
  pos?: PartOfSpeech
  forms: string[]
  inflect: boolean
  /** Drop-in replacements, written as lemmas and put in the form of the words they replace. */
  suggest: string[]
  /** Other wordings to consider, which are not drop-in replacements. */
  advice: string[]
  examples: EntryExamples
  note?: string
  source?: string
  unless?: Exceptions
  /** Overrides the pack's severity, e.g. a word often required by law reported as info. */
  severity?: Severity
  /** Overrides the pack's conditions. */
  when?: Condition[]
}

export interface RulePack {
  id: string
  title: string
  family: Family
  severity: Severity
  description: string
  message?: string
  source?: string
  /** Conditions every entry must meet to be reported (none by default). */
  when: Condition[]
  entries: RuleEntry[]
  /** Where the pack was read from, for error messages. */
  file: string
}

/** A rule pack that is malformed: the message names the file and the entry. */
export class RulePackError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string
  ) {
    super(`${file}: ${detail}`)
    this.name = 'RulePackError'
  }
}

const packKeys = new Set(['id', 'title', 'family', 'severity', 'description', 'message', 'source', 'when', 'entries'])
const entryKeys = new Set(['id', 'term', 'pos', 'forms', 'inflect', 'suggest', 'advice', 'note', 'source', 'unless', 'severity', 'when', 'examples'])
const exampleKeys = new Set(['flag', 'pass'])
const exceptionKeys = new Set(['before', 'after', 'sentence'])
const idPattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/
// Terms are literal words: letters, digits, apostrophes, hyphens and spaces only.
const termPattern = /^[\p{L}\p{N}'’][\p{L}\p{N}'’ -]*$/u

export interface PackRequirements {
  /** slant's own plugin rules keep their metadata in a pack with no entries. */
  entriesOptional?: boolean
}

/**
 * Check a parsed pack against the schema. User packs need only `id` and each
 * entry's `term`; everything else has a default.
 */
export function validateRulePack(data: unknown, file: string, requirements: PackRequirements = {}): RulePack {
  const fail = (detail: string): never => {
    throw new RulePackError(file, detail)
  }
  if (!isRecord(data)) fail('a rule pack must be a mapping with `id` and `entries`')
  const pack = data as Record<string, unknown>
  for (const key of Object.keys(pack)) {
    if (!packKeys.has(key)) fail(`unknown key \`${key}\` (expected one of ${[...packKeys].join(', ')})`)
  }
  const id = pack.id
  if (typeof id !== 'string' || !idPattern.test(id)) {
    fail(`\`id\` must be a kebab-case rule id, got ${JSON.stringify(id)}`)
  }
  const severity = validSeverity(pack.severity ?? 'warning', '', fail)
  const when = validConditions(pack.when, '', fail) ?? []
  const family = pack.family ?? 'loaded'
  if (!families.includes(family as Family)) {
    fail(`\`family\` must be one of ${families.join(', ')}, got ${JSON.stringify(family)}`)
  }
  for (const key of ['title', 'description', 'message', 'source'] as const) {
    if (pack[key] !== undefined && typeof pack[key] !== 'string') fail(`\`${key}\` must be a string`)
  }
  const rawEntries = pack.entries ?? (requirements.entriesOptional ? [] : undefined)
  if (!Array.isArray(rawEntries) || (rawEntries.length === 0 && !requirements.entriesOptional)) {
    fail('`entries` must be a non-empty list')
  }
  const entries = (rawEntries as unknown[]).map((entry, index) => validateEntry(entry, index, fail))
  rejectSharedIds(entries, fail)
  rejectSharedForms(entries, fail)
  return {
    id: id as string,
    title: (pack.title as string | undefined) ?? (id as string),
    family: family as Family,
    severity,
    description: (pack.description as string | undefined) ?? '',
    message: pack.message as string | undefined,
    source: pack.source as string | undefined,
    when,
    entries,
    file
  }
}

function validateEntry(data: unknown, index: number, fail: (detail: string) => never): RuleEntry {
  const where = `entry ${index + 1}`
  if (!isRecord(data)) fail(`${where}: an entry must be a mapping with a \`term\``)
  const entry = data as Record<string, unknown>
  const term = entry.term
  const named = typeof term === 'string' ? `${where} (\`${term}\`)` : where
  for (const key of Object.keys(entry)) {
    if (!entryKeys.has(key)) fail(`${named}: unknown key \`${key}\``)
  }
  if (typeof term !== 'string' || !termPattern.test(term.trim())) {
    fail(`${named}: \`term\` must be a word or phrase of letters, digits, hyphens and apostrophes`)
  }
  const words = (key: string, value: unknown): string[] => {
    if (value === undefined) return []
    const list = typeof value === 'string' ? [value] : value
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item.trim() !== '')) {
      fail(`${named}: \`${key}\` must be a list of words or phrases`)
    }
    return (list as string[]).map((item) => item.trim())
  }
  const entryId = entry.id ?? entryIdFor(term as string)
  if (typeof entryId !== 'string' || !idPattern.test(entryId)) fail(`${named}: \`id\` must be a kebab-case id, got ${JSON.stringify(entry.id)}`)
  if (entry.pos !== undefined && !partsOfSpeech.includes(entry.pos as PartOfSpeech)) {
    fail(`${named}: \`pos\` must be one of ${partsOfSpeech.join(', ')}, got ${JSON.stringify(entry.pos)}`)
  }
  const forms = words('forms', entry.forms)
  for (const form of forms) {
    if (!termPattern.test(form)) fail(`${named}: form ${JSON.stringify(form)} is not a literal word or phrase`)
  }
  if (entry.inflect !== undefined && typeof entry.inflect !== 'boolean') fail(`${named}: \`inflect\` must be true or false`)
  for (const key of ['note', 'source'] as const) {
    if (entry[key] !== undefined && typeof entry[key] !== 'string') fail(`${named}: \`${key}\` must be a string`)
  }
  let unless: Exceptions | undefined
  if (entry.unless !== undefined) {
    if (!isRecord(entry.unless)) fail(`${named}: \`unless\` must be a mapping of before, after or sentence`)
    const raw = entry.unless as Record<string, unknown>
    unless = {}
    for (const key of Object.keys(raw)) {
      if (!exceptionKeys.has(key)) fail(`${named}: unknown exception \`${key}\` (expected before, after or sentence)`)
      unless[key as keyof Exceptions] = words(`unless.${key}`, raw[key])
    }
  }
  let examples: EntryExamples = {flag: [], pass: []}
  if (entry.examples !== undefined) {
    if (!isRecord(entry.examples)) fail(`${named}: \`examples\` must be a mapping of flag and pass`)
    const raw = entry.examples as Record<string, unknown>
    for (const key of Object.keys(raw)) {
      if (!exampleKeys.has(key)) fail(`${named}: unknown examples key \`${key}\` (expected flag or pass)`)
    }
    examples = {flag: words('examples.flag', raw.flag), pass: words('examples.pass', raw.pass)}
  }
  const severity = entry.severity === undefined ? undefined : validSeverity(entry.severity, `${named}: `, fail)
  const when = validConditions(entry.when, `${named}: `, fail)
  return {
    id: entryId as string,
    term: (term as string).trim(),
    ...(entry.pos !== undefined && {pos: entry.pos as PartOfSpeech}),
    forms,
    inflect: (entry.inflect as boolean | undefined) ?? true,
    suggest: words('suggest', entry.suggest),
    advice: words('advice', entry.advice),
    examples,
    note: entry.note as string | undefined,
    source: entry.source as string | undefined,
    unless,
    ...(severity && {severity}),
    ...(when && {when})
  }
}

/** The id an entry without one takes: its term in kebab case ("rogue state" → `rogue-state`). */
export function entryIdFor(term: string): string {
  return term
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

function rejectSharedIds(entries: readonly RuleEntry[], fail: (detail: string) => never) {
  const seen = new Set<string>()
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) fail(`entry ${index + 1} (\`${entry.term}\`): id \`${entry.id}\` is already another entry's`)
    seen.add(entry.id)
  })
}

// Two entries matching one form would report the same words twice, each with its own advice.
function rejectSharedForms(entries: readonly RuleEntry[], fail: (detail: string) => never) {
  const claimed = new Map<string, number>()
  entries.forEach((entry, index) => {
    const forms = entryForms(entry)
    for (const form of new Set(forms.map((keys) => keys.join(' ')))) {
      const owner = claimed.get(form)
      if (owner !== undefined && owner !== index) {
        fail(`entry ${index + 1} (\`${entry.term}\`): “${form}” is already a form of entry ${owner + 1} (\`${entries[owner].term}\`)`)
      }
      claimed.set(form, index)
    }
  })
}

function validSeverity(value: unknown, where: string, fail: (detail: string) => never): Severity {
  if (!severities.includes(value as Severity)) {
    fail(`${where}\`severity\` must be one of ${severities.join(', ')}, got ${JSON.stringify(value)}`)
  }
  return value as Severity
}

function validConditions(value: unknown, where: string, fail: (detail: string) => never): Condition[] | undefined {
  if (value === undefined) return undefined
  const list = typeof value === 'string' ? [value] : value
  if (!Array.isArray(list) || !list.every((item) => conditions.includes(item as Condition))) {
    fail(`${where}\`when\` must list conditions from ${conditions.join(', ')}, got ${JSON.stringify(value)}`)
  }
  return list as Condition[]
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
