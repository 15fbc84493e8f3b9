// The second step of scripts/migrate-packs.mjs: examples to flag and to pass for every entry,
// written from sentence frames and kept only when slant, with the migrated packs, flags or passes
// them; then each suggestion that is not a drop-in fix of its flag examples becomes advice.
import pluralize from 'pluralize'
// The Node loader gives the engine slant's own packs, which lint() reads.
import '../dist/engine/packs.js'
import {inflect} from '../dist/engine/inflect.js'
import {dropInProblems, entryFindings, headClass} from '../dist/docs/entry-examples.js'
import {termHead} from '../dist/engine/lexicon.js'

// No article before a plural ("paid protesters").
const article = (phrase) => {
  const last = phrase.split(' ').at(-1).toLowerCase()
  if (pluralize.isPlural(last) && !pluralize.isSingular(last)) return ''
  return /^[aeiou]/i.test(phrase) ? 'an' : 'a'
}
const capitalised = (text) => text.charAt(0).toUpperCase() + text.slice(1)
const withoutStop = (sentence) => sentence.replace(/[.!?]$/, '')
const lowerFirst = (sentence) => (/^[A-Z][a-z]/.test(sentence) ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence)

// Frames in the writer's own voice, with no source for the words.
const frames = {
  noun: [
    'The column called the plan {a} {term}.',
    'The column described the group as {a} {term}.',
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

// A label for people is framed as one: "called the mayor a despot", not "called the plan a despot".
const packFrames = {'loaded-label': ['The column called the mayor {a} {term}.']}

// Sentences for the cues no frame fits: each needs its own claim after it.
const ownSentences = {
  'seen as': 'The plan is seen as a failure.',
  'regarded as': 'The plan is regarded as a failure.',
  'hailed as': 'The plan was hailed as a triumph.',
  'considered to be': 'The plan is considered to be a failure.',
  'thought to': 'The plan is thought to have failed.',
  'believed that': 'It is believed that the plan will fail.',
  'described as': 'The plan has been described as a failure.',
  considered: 'The species is considered extinct.',
  'regarded by many as': 'The plan is regarded by many as a failure.',
  'widely believed': 'It is widely believed that the plan will fail.',
  'will be hoping': 'The mayor will be hoping for a better result.',
  'must have felt': 'The mayor must have felt betrayed by the council.',
  'is likely to': 'The mayor is likely to resign next week.',
  'clearly wants': 'The mayor clearly wants a second term.',
  'than at any time': 'Prices are higher now than at any time since the war.',
  unprecedented: 'The flooding was unprecedented.',
  'strongest ever': 'It is the strongest ever storm to hit the coast.',
  'first time ever': 'It is the first time ever that the team has won the cup.',
  'never before': 'Never before has the town seen such a flood.',
  'everyone knows': 'Everyone knows that the plan will fail.',
  'growing concerns': 'The plan has raised growing concerns among residents.',
  'mounting criticism': 'The mayor faces mounting criticism over the plan.',
  'widely condemned': 'The plan was widely condemned.',
  'one of the greatest': 'She is one of the greatest players of her time.',
  'it is said': 'It is said that the plan will fail.',
  'there are those who': 'There are those who say the plan will fail.',
  'according to some': 'According to some, the plan will fail.',
  'the accused': 'The accused spoke to reporters on Monday.',
  'it should be noted': 'It should be noted that the plan failed.',
  admit: 'The mayor admitted that the plan had failed.',
  'painfully obvious': 'The flaws in the plan were painfully obvious.',
  'tsunami of': 'The council faced a tsunami of complaints.'
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
  'belief-passive': ['The plan is {term} fail.', 'The plan is {term} a failure.', 'It is {term} the plan will fail.', 'The plan is widely {term} a failure.', 'The plan is {term} to be a failure.', 'The plan is {term}.', 'It is {term} that the plan will fail.'],
  'research-backing': ['{Term} that coffee is good for the heart.'],
  editorializing: ['{Term}, the plan failed.', 'The plan {term} failed.', '{Term} that the plan failed.', 'The plan, {term}, failed.'],
  'doubt-marker': ['The {term} expert spoke on Monday.', '{Term} spoke on Monday.', 'The {term} leader of the group spoke.'],
  intensifier: ['The plan was {term} expensive.', 'The plan {term} failed.', 'The result was {term}.']
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
    .replaceAll('{a} ', article(term) ? `${article(term)} ` : '')
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

// The tags the term takes in a frame of each class, so that "blatant" is not framed as a noun.
const frameTags = {noun: ['NOUN', 'PROPN'], verb: ['VERB'], adjective: ['ADJ', 'VERB'], adverb: ['ADV']}

// A term of no stated class the tagger reads as an adjective in two frames of its own.
function looksAdjective(term) {
  return ['It was very {term}.', 'They were {term} and loud.'].every((frame) => {
    const sentence = frame.replace('{term}', term)
    const start = sentence.indexOf(term)
    return headClass(sentence, start, start + term.length) === 'ADJ'
  })
}

function flagExample(entry, pack) {
  const classes = entry.pos ? [entry.pos] : looksAdjective(entry.term) ? ['adjective', 'noun', 'verb', 'adverb'] : ['noun', 'adjective', 'verb', 'adverb']
  const candidates = [
    ...(ownSentences[entry.term] ? [[ownSentences[entry.term]]] : []),
    ...(claimFrames[pack.id] ?? []).map((frame) => [frame]),
    ...(packFrames[pack.id] ?? []).map((frame) => [frame, 'noun']),
    ...classes.flatMap((wordClass) => frames[wordClass].map((frame) => [frame, wordClass])),
    ...frames.phrase.map((frame) => [frame])
  ]
  for (const [frame, wordClass] of candidates) {
    const sentence = fill(frame, entry.term, entry.pos)
    const findings = entryFindings(sentence, entry.id, severityOf(entry, pack))
    if (findings.length === 0) continue
    const {column, endColumn} = findings[0]
    if (!wordClass || frameTags[wordClass].includes(headClass(sentence, column - 1, endColumn - 1))) return [sentence]
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
  const candidates = []
  const finding = entryFindings(flagged, entry.id, severityOf(entry, pack))[0]
  const actual = finding?.actual ?? entry.term
  for (const before of entry.unless?.before ?? []) candidates.push(flagged.replace(actual, `${before} ${actual}`))
  for (const after of entry.unless?.after ?? []) candidates.push(flagged.replace(actual, `${actual} ${after}`))
  for (const word of entry.unless?.sentence ?? []) candidates.push(`In the ${word} story, ${lowerFirst(flagged)}`)
  candidates.push(`“${withoutStop(flagged)},” the mayor said.`, `${withoutStop(flagged)}, the mayor said.`)
  for (const sentence of candidates) if (entryFindings(sentence, entry.id, severityOf(entry, pack)).length === 0) return [sentence]
  return []
}
