// The second step of scripts/migrate-packs.mjs: examples to flag and to pass for every entry,
// written from sentence frames and kept only when slant, with the migrated packs, flags or passes
// them; then each suggestion that is not a drop-in fix of its flag examples becomes advice.
import {inflect} from '../dist/engine/inflect.js'
import {dropInProblems, entryFindings, headClass} from '../dist/docs/entry-examples.js'
import {termHead} from '../dist/engine/lexicon.js'
import {phraseKeys} from '../dist/engine/tokens.js'

const article = (word) => (/^[aeiou]/i.test(word) ? 'an' : 'a')
const capitalised = (text) => text.charAt(0).toUpperCase() + text.slice(1)
const withoutStop = (sentence) => sentence.replace(/[.!?]$/, '')
const lowerFirst = (sentence) => (/^[A-Z][a-z]/.test(sentence) ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence)

// Frames in the writer's own voice, with no source for the words.
const frames = {
  noun: [
    'The column called the mayor {a} {term}.',
    'The column described the protesters as {a} {term}.',
    'Residents spoke of the {term} on Monday.',
    'The {term} dominated the evening news.',
    'The council faced {a} {term} over the budget.'
  ],
  verb: [
    'The mayor {past} the council over its budget.',
    "The mayor {past} the council's plan on Monday.",
    'The mayor {past} when reporters asked about the budget.',
    "The company's shares {past} on Monday.",
    'The opposition {past} at the plan.'
  ],
  adjective: [
    'The mayor gave {a} {term} speech on Monday.',
    'The column called the plan {term}.',
    'The mayor was {term} in his reply.',
    'The results were {term}.'
  ],
  adverb: ['The mayor {term} rejected the plan.', 'The plan was {term} expensive.', 'The mayor spoke {term} about the plan.'],
  phrase: [
    'The column spoke of {term}.',
    'The mayor called the budget {term}.',
    "The council's plan was {term}.",
    'The column said the council was {term}.',
    'The new stadium is {term}.',
    '{Term}, the plan failed.',
    '{Term} the plan will fail.'
  ]
}

// Frames for the cues of unsupported claims, which need a claim after them.
const claimFrames = {
  'said-synonym': ['The mayor {past} that the plan had failed.', 'The mayor {past} that the budget was sound.'],
  speculation: ['{Term} the mayor will resign next week.', 'The mayor {term} for a better result.', 'The mayor {term} betrayed by the council.', 'The mayor {term} resign next week.', 'The mayor {term} a second term.'],
  'unsupported-superlative': [
    'Prices are higher now {term}.',
    'The flooding was {term}.',
    'It is the {term} result for the team.',
    'This is the {term} that the team has won the cup.',
    '{Term} that the plan will fail.',
    'The plan has raised {term} among residents.',
    'The mayor faces {term} over the plan.',
    'The plan was {term}.',
    'She is {term} players of her time.'
  ],
  'weasel-attribution': ['{Term} say the plan will fail.', '{Term} believe the plan will fail.', '{Term}, the plan will fail.', '{Term} that the plan will fail.', '{Term} say the plan will fail.'],
  'belief-passive': ['The plan is {term} a failure.', 'The plan is {term} fail.', 'It is {term} the plan will fail.', 'The plan is widely {term} a failure.', 'The plan is {term} to be a failure.', 'The plan is {term}.', 'It is {term} that the plan will fail.'],
  'research-backing': ['{Term} that coffee is good for the heart.'],
  editorializing: ['{Term}, the plan failed.', 'The plan {term} failed.', '{Term} that the plan failed.', 'The plan, {term}, failed.'],
  'doubt-marker': ['The {term} expert spoke on Monday.', '{Term} spoke on Monday.', 'The {term} leader of the group spoke.'],
  intensifier: ['The plan was {term} expensive.', 'The plan {term} failed.', 'The result was {term}.']
}

// Sentences where a word of the entry's class is used as a word of another.
const otherClassFrames = {
  noun: ['The village {s} near the river.', 'Prices {past} on Monday.', 'They {term} every morning.'],
  verb: ['The {term} was heard across the street.', 'There was a loud {term} at the door.'],
  adjective: ['The {term} left the hall on Monday.'],
  adverb: []
}

/** The sentence a frame gives for an entry's term. */
function fill(frame, term, pos) {
  const keys = term.split(' ')
  // A compound written as one word ("sugar-coat") inflects as a whole.
  const head = keys.length > 1 ? termHead(term, pos ?? 'verb') : 0
  const inHead = (form) => keys.map((word, index) => (index === head ? inflect(word.toLowerCase(), form) : word)).join(' ')
  return frame
    .replaceAll('{Term}', capitalised(term))
    .replaceAll('{term}', term)
    .replaceAll('{past}', inHead('past'))
    .replaceAll('{s}', inHead('s'))
    .replaceAll('{a}', article(term))
}

export async function prepareExamples() {
  const missing = []
  return {
    missing,
    summary() {
      if (missing.length > 0) console.log(`No sentence found for ${missing.length} examples:\n${missing.join('\n')}`)
    }
  }
}

const severityOf = (entry, pack) => entry.severity ?? pack.severity ?? 'warning'
const needsPass = (entry, pack) => Boolean(entry.pos || entry.unless || entry.when || pack.when?.length)

export function migrateExamples(entry, pack, {missing}) {
  const flag = entry.examples?.flag?.length ? entry.examples.flag : flagExample(entry, pack)
  if (flag.length === 0) missing.push(`${pack.id}/${entry.id}: flag`)
  let {suggest = [], advice = []} = entry
  // Suggestions are sorted once, when the entry gets its first examples.
  if (!entry.examples && flag.length > 0) ({suggest, advice} = sortSuggestions(entry, pack, flag[0], advice))
  let pass = entry.examples?.pass ?? []
  if (pass.length === 0 && needsPass(entry, pack) && flag.length > 0) {
    pass = passExample(entry, pack, flag[0])
    if (pass.length === 0) missing.push(`${pack.id}/${entry.id}: pass`)
  }
  return {...entry, suggest, advice, examples: {flag, pass}}
}

function flagExample(entry, pack) {
  const candidates = [...(claimFrames[pack.id] ?? []), ...(entry.pos ? frames[entry.pos] : []), ...Object.values(frames).flat()]
  for (const frame of new Set(candidates)) {
    const sentence = fill(frame, entry.term, entry.pos)
    if (entryFindings(sentence, entry.id, severityOf(entry, pack)).length > 0) return [sentence]
  }
  return []
}

/** Drop-ins stay suggestions; one that does not fit where the entry's words stood becomes advice. */
function sortSuggestions(entry, pack, sentence, advice) {
  const misfits = new Set(dropInProblems(sentence, entry.id, severityOf(entry, pack)).map(({suggestion}) => suggestion))
  const suggest = entry.suggest ?? []
  return {suggest: suggest.filter((_, index) => !misfits.has(index)), advice: [...advice, ...suggest.filter((_, index) => misfits.has(index))]}
}

function passExample(entry, pack, flagged) {
  const term = entry.term
  const candidates = []
  const finding = entryFindings(flagged, entry.id, severityOf(entry, pack))[0]
  const actual = finding?.actual ?? term
  for (const before of entry.unless?.before ?? []) candidates.push(flagged.replace(actual, `${before} ${actual}`))
  for (const after of entry.unless?.after ?? []) candidates.push(flagged.replace(actual, `${actual} ${after}`))
  for (const word of entry.unless?.sentence ?? []) candidates.push(`In the ${word} story, ${lowerFirst(flagged)}`)
  if (entry.pos) {
    for (const frame of otherClassFrames[entry.pos]) {
      const sentence = fill(frame, term, entry.pos === 'noun' ? 'verb' : 'noun')
      const start = sentence.toLowerCase().indexOf(phraseKeys(term)[0].slice(0, 3))
      if (start >= 0 && !classMatches(headClass(sentence, start, start + term.length), entry.pos)) candidates.push(sentence)
    }
  }
  candidates.push(`“${withoutStop(flagged)},” the mayor said.`, `${withoutStop(flagged)}, the mayor said.`)
  for (const sentence of candidates) if (entryFindings(sentence, entry.id, severityOf(entry, pack)).length === 0) return [sentence]
  return []
}

const classNames = {noun: 'NOUN', verb: 'VERB', adjective: 'ADJ', adverb: 'ADV'}
const classMatches = (tagClass, pos) => tagClass === classNames[pos]
