// The first step of scripts/migrate-packs.mjs: ids, parts of speech, derived forms and
// suggestions as lemmas. Word classes are read from the tagged Brown corpus's training samples
// (Francis & Kučera 1964/1979; the tagger's held-out samples are not read).
import pluralize from 'pluralize'
import {readTaggedSamples, trainingSamples} from '../train/brown-tags.mjs'
import {inflect, inflections} from '../dist/engine/inflect.js'
import {irregularBase} from '../dist/engine/irregular-verbs.js'
import {lemma} from '../dist/engine/lemma.js'
import {termForms, termHead} from '../dist/engine/lexicon.js'
import {entryIdFor} from '../dist/engine/rule-pack.js'
import {phraseKeys} from '../dist/engine/tokens.js'

const senseConditions = new Set(['as-noun', 'as-label', 'political', 'caused-by-people'])

const classOfTag = {NOUN: 'noun', VERB: 'verb', ADJ: 'adjective', ADV: 'adverb'}
// Packs whose every entry is of one class, whatever else its words can be.
const packClasses = {'said-synonym': 'verb'}
const minimumCount = 4
// The corpus's counts by class, read once the migration starts.
let corpusCounts = new Map()

/** The Brown corpus's counts of each word (lower case) by open word class. */
function classCounts() {
  const counts = new Map()
  for (const sentence of readTaggedSamples(trainingSamples())) {
    for (const {word, tag} of sentence) {
      const wordClass = classOfTag[tag.split(':')[0]]
      if (!wordClass) continue
      const key = word.toLowerCase()
      const byClass = counts.get(key) ?? {}
      byClass[wordClass] = (byClass[wordClass] ?? 0) + 1
      counts.set(key, byClass)
    }
  }
  return counts
}

// Words whose inflections have a sense of their own, so the forms the entry lists are all it matches.
const keepUninflected = new Set([])

const formKey = (keys) => keys.join(' ')
const matchedForms = (entry) => [
  ...termForms({term: entry.term, pos: entry.pos, inflect: entry.inflect ?? true}).map(formKey),
  ...(entry.forms ?? []).map((form) => formKey(phraseKeys(form)))
]

export async function prepareEntries(packs) {
  const packIds = new Set(packs.map((pack) => pack.id))
  const taken = new Set(packs.flatMap((pack) => (pack.entries ?? []).map((entry) => entry.id).filter(Boolean)))
  // Each form an entry matches now, and the entry's term: a derived form must not take another's.
  const owners = new Map()
  for (const pack of packs) for (const entry of pack.entries ?? []) for (const form of matchedForms(entry)) owners.set(form, entry.term)
  corpusCounts = classCounts()
  return {counts: corpusCounts, packIds, taken, owners}
}

const share = (byClass, wordClass) => {
  const total = Object.values(byClass ?? {}).reduce((sum, count) => sum + count, 0)
  return total === 0 ? 0 : (byClass[wordClass] ?? 0) / total
}

const wordClasses = Object.values(classOfTag)
const headWord = (phrase, wordClass) => phraseKeys(phrase)[termHead(phrase, wordClass)]

/**
 * The class of an entry's loaded sense. Its suggestions replace it, so the class most of them
 * take in the corpus is its class, if its term can be a word of that class; otherwise the class
 * the forms it lists show (a verb's past), its ending, or the term's most frequent class.
 */
function classOf(entry, pack, counts) {
  if (packClasses[pack.id]) return packClasses[pack.id]
  // An adjective's or adverb's ending settles a single word's class.
  if (!/[\s-]/.test(entry.term.trim())) {
    for (const [wordClass, ending] of Object.entries(classEndings)) if (ending.test(entry.term.toLowerCase())) return wordClass
  }
  const termCounts = counts.get(headWord(entry.term, 'noun'))
  const votes = {}
  // Advice counts too: the second step moves to it the suggestions that are not drop-ins.
  for (const suggestion of [...(entry.suggest ?? []), ...(entry.advice ?? [])]) {
    // A past ("rose", "criticised") is a verb's whatever else the word can be, and outweighs the
    // suggestions that can be nouns too ("rise", "increase").
    const first = phraseKeys(suggestion)[0]
    if (irregularBase(first, 'past') || (first.endsWith('ed') && share(counts.get(first), 'verb') > 0)) {
      votes.verb = (votes.verb ?? 0) + 3
      continue
    }
    const [best, score] = wordClasses.map((wordClass) => [wordClass, share(counts.get(headWord(suggestion, wordClass)), wordClass)]).sort((a, b) => b[1] - a[1])[0]
    if (score > 0.5) votes[best] = (votes[best] ?? 0) + 1
  }
  const voted = Object.entries(votes).sort((a, b) => b[1] - a[1])
  const termCanBe = (wordClass) => !termCounts || share(counts.get(headWord(entry.term, wordClass)), wordClass) > 0
  if (voted.length > 0 && (voted.length === 1 || voted[0][1] > voted[1][1])) {
    // A sense newer than the corpus ("woke" as an adjective) leaves the class unnamed, unless the
    // forms the entry lists show a verb ("slam", "slammed").
    const [wordClass] = voted[0]
    return termCanBe(wordClass) || (wordClass === 'verb' && listsVerbForms(entry, headWord(entry.term, 'verb'))) ? wordClass : undefined
  }
  if (listsVerbForms(entry, headWord(entry.term, 'verb'))) return 'verb'
  return wordClasses.map((wordClass) => [wordClass, share(counts.get(headWord(entry.term, wordClass)), wordClass)]).sort((a, b) => b[1] - a[1])[0][0]
}

/** Whether the forms an entry lists hold a verb's past or -ing form of `word`, the head of its term. */
function listsVerbForms(entry, word) {
  const termKeys = phraseKeys(entry.term)
  const head = termHead(entry.term, 'verb')
  const isVerbForm = (form) => (form !== word && regularBase(form) === word) || irregularBase(form, 'past') === word
  // "lashed out" for "lash out": the other words of the phrase stay as they are.
  return (entry.forms ?? []).some((form) => {
    const keys = phraseKeys(form)
    return keys.length === termKeys.length && keys.every((key, index) => (index === head ? isVerbForm(key) : key === termKeys[index]))
  })
}

// Endings that make a word an adjective or an adverb whether or not the corpus has it.
const classEndings = {adjective: /(?:ous|ful|less|ive|ic|ical|able|ible|ish|esque)$/, adverb: /ly$/}

/**
 * Whether the corpus, the entry's forms or the word's ending show its class. A compound written
 * as one word ("must-see") takes the class of the whole, not of its last part, so it is left unnamed.
 */
function classIsKnown(entry, wordClass, counts) {
  const keys = phraseKeys(entry.term)
  const head = keys[termHead(entry.term, wordClass)]
  if (wordClass === 'verb' && (listsVerbForms(entry, head) || listsVerbForms(entry, regularBase(head)))) return true
  if (keys.length === 1 && classEndings[wordClass]?.test(head)) return true
  // A phrase is a noun phrase when its head is mostly a noun; a verb phrase shows its forms.
  if (/\s/.test(entry.term.trim())) return wordClass === 'noun' && share(counts.get(head), 'noun') > 0.5
  const compound = keys.length > 1
  const total = Object.values(counts.get(head) ?? {}).reduce((sum, count) => sum + count, 0)
  return !compound && total >= minimumCount
}

const particles = new Set(['to', 'down', 'up', 'out', 'off', 'on', 'in', 'at', 'with', 'for', 'away', 'over', 'through'])

/** A verb's suggestion written as the lemma of its head: "criticised" → "criticise", "rose" → "rise"; a noun's stays as written. */
function asLemma(suggestion, wordClass, termIsGerund) {
  const words = suggestion.split(' ')
  // A verb phrase is a verb and its particle ("defer to"); "armed group" is a noun phrase.
  if (wordClass === 'verb' && (words.length === 1 || (words.length === 2 && particles.has(words[1])))) {
    const first = words[0].toLowerCase()
    // A past is taken back to its base; an -ing form only where the term was one too, since it is
    // often a noun ("warning").
    const inflected = first.endsWith('ed') || (first.endsWith('ing') && termIsGerund)
    const base = irregularBase(first, 'past') ?? irregularBase(first, 'participle') ?? (inflected ? regularBase(first) : first)
    return [base, ...words.slice(1)].join(' ')
  }
  return words.join(' ')
}

// Verbs newer than the corpus, whose base the spelling leaves open.
const basesTheCorpusLacks = {hyped: 'hype', hyping: 'hype'}

// -ed and -ing forms of regular verbs; anything else is taken as a base already. Of the bases that
// give the word back (agreed: agree, not agre), one the corpus has is taken.
function regularBase(word) {
  const ending = ['ed', 'ing'].find((each) => word.endsWith(each) && word.length > each.length + 2)
  if (!ending) return word
  const form = ending === 'ed' ? 'past' : 'ing'
  const stem = word.slice(0, -ending.length)
  const candidates = [lemma(word, ending === 'ed' ? 'VERB:past' : 'VERB:ing'), stem + 'e', stem, stem.slice(0, -1)]
  const fitting = candidates.filter((candidate) => candidate.length > 1 && (inflect(candidate, form) === word || inflections(candidate).includes(word)))
  return basesTheCorpusLacks[word] ?? fitting.find((candidate) => corpusCounts.has(candidate)) ?? fitting[0] ?? word
}

/**
 * The term with its head as a lemma, so that every form comes from it: mocked → mock, lies →
 * lie. A lemma stays as written, and so does a word whose lemma is not attested or would not
 * give it back.
 */
function termAsLemma(entry, pos, counts) {
  const {term} = entry
  if (pos !== 'noun' && pos !== 'verb') return term
  const words = term.split(' ')
  const head = termHead(term, pos)
  if (words.length !== phraseKeys(term).length) return term
  const word = words[head].toLowerCase()
  let base = word
  if (pos === 'noun' && pluralize.isPlural(word) && !pluralize.isSingular(word)) base = pluralize.singular(word)
  if (pos === 'verb') base = irregularBase(word, 'past') ?? irregularBase(word, 'participle') ?? regularBase(word)
  const gives = termForms({term: base, pos, inflect: true}).some((keys) => keys[0] === word)
  // A participle is often an adjective of its own ("celebrated", "distinguished"): it is taken
  // as the verb only when the entry lists the verb's other forms.
  const attested = pos === 'noun' ? counts.has(base) : listsVerbForms(entry, base)
  if (base === word || !gives || !attested) return term
  return words.map((each, index) => (index === head ? base : each)).join(' ')
}

export function migrateEntry(original, pack, {counts, packIds, taken, owners}) {
  const wordClass = original.pos ?? classOf(original, pack, counts)
  // A claim's cue is a fixed phrase of function words ("it is said", "no doubt"): it keeps its words.
  const fixedPhrase = pack.family === 'claims' && !packClasses[pack.id]
  // A word names its class, so that it takes only its own inflections ("nanny states", not
  // "nanny stated"), and is not matched as a word of another ("the answer lies elsewhere").
  // An entry whose sense is read from its sentence's structure (`when: [as-noun]`) names no class:
  // the structure decides it, and the tagger reads some of its uses as another class.
  const readBySense = (original.when ?? []).some((condition) => senseConditions.has(condition))
  const pos = original.pos ?? (!fixedPhrase && !readBySense && classIsKnown(original, wordClass, counts) ? wordClass : undefined)
  const term = termAsLemma(original, pos, counts)
  const entry = {...original, term, forms: term === original.term ? original.forms : [original.term, ...(original.forms ?? [])]}
  let id = entry.id
  if (!id) {
    id = entryIdFor(entry.term)
    // An entry's id must not read as a pack's, nor as another entry's.
    if (packIds.has(id) || taken.has(id)) id = `${id}-${pack.id}`
    taken.add(id)
  }
  const derived = termForms({term: entry.term, pos, inflect: true}).map(formKey)
  // The term inflects unless one of its inflections is another entry's or has a sense of its own.
  const inflects = pos
    ? !keepUninflected.has(entry.term) && derived.every((form) => (owners.get(form) ?? original.term) === original.term)
    : entry.inflect !== false
  // Derived forms are matched as the term's inflections: the list keeps the others.
  const forms = (entry.forms ?? []).filter((form) => !inflects || !derived.includes(formKey(phraseKeys(form))))
  const termIsGerund = phraseKeys(original.term)[termHead(original.term, 'verb')].endsWith('ing') && term !== original.term
  const suggest = [...new Set((entry.suggest ?? []).map((suggestion) => asLemma(suggestion, wordClass, termIsGerund)))]
  // An adjective or adverb derives nothing, so it needs no `inflect: false`.
  const keepsWords = !inflects && pos !== 'adjective' && pos !== 'adverb'
  return {...entry, id, pos, forms, inflect: keepsWords ? false : undefined, suggest}
}
