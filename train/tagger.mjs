// Trains slant's part-of-speech tagger, an averaged perceptron, on the tagged Brown corpus less
// its held-out samples, and writes src/engine/tagger/model.json. Deterministic: the order of
// the sentences comes from a seeded generator, so the same corpus gives the same file, byte
// for byte. Run with `npm run train:tagger` (it builds first: the features are the runtime's).
import {writeFileSync} from 'node:fs'
import {taggerFeatures, taggerWord} from '../dist/engine/tagger/features.js'
import {packedTaggerModel, Tagger} from '../dist/engine/tagger/tagger.js'
import {heldOutSamples, readTaggedSamples, trainingSamples} from './brown-tags.mjs'
import {generator, shuffle} from './seeded-shuffle.mjs'

const iterations = 6
const seed = 16
// A word is tagged from this table without features when it is this frequent and this unambiguous.
const tableMinCount = 20
const tableMinShare = 0.97
// Averaged weights below this size are dropped (0.1 points of accuracy for a quarter of the
// size), and the rest stored as integers of this many steps per unit.
const minWeight = 1.5
const weightSteps = 2

const modelFile = new URL('../src/engine/tagger/model.json', import.meta.url)

function wordTable(sentences, tags) {
  const counts = new Map()
  for (const sentence of sentences)
    for (const {word, tag} of sentence) {
      const key = taggerWord(word)
      const byTag = counts.get(key) ?? new Map()
      byTag.set(tag, (byTag.get(tag) ?? 0) + 1)
      counts.set(key, byTag)
    }
  const table = {}
  for (const [word, byTag] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const total = [...byTag.values()].reduce((sum, count) => sum + count, 0)
    const [tag, count] = [...byTag].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]
    if (total >= tableMinCount && count / total >= tableMinShare) table[word] = tags.indexOf(tag)
  }
  return table
}

/** The perceptron's weights with the running sums that averaging needs, one slot per feature and tag. */
class AveragedWeights {
  slots = new Map()
  weight = []
  total = []
  since = []
  instances = 0

  scores(features, tagCount) {
    const scores = new Float64Array(tagCount)
    for (const feature of features) {
      const pairs = this.slots.get(feature)
      if (!pairs) continue
      for (let pair = 0; pair < pairs.length; pair += 2) scores[pairs[pair]] += this.weight[pairs[pair + 1]]
    }
    return scores
  }

  update(features, tag, change) {
    for (const feature of features) {
      let pairs = this.slots.get(feature)
      if (!pairs) this.slots.set(feature, (pairs = []))
      let slot = -1
      for (let pair = 0; pair < pairs.length; pair += 2) if (pairs[pair] === tag) slot = pairs[pair + 1]
      if (slot < 0) {
        slot = this.weight.push(0) - 1
        this.total.push(0)
        this.since.push(this.instances)
        pairs.push(tag, slot)
      }
      this.total[slot] += (this.instances - this.since[slot]) * this.weight[slot]
      this.since[slot] = this.instances
      this.weight[slot] += change
    }
  }

  /** Averaged weights as integers, features in sorted order, the small ones left out. */
  averaged() {
    const weights = {}
    for (const feature of [...this.slots.keys()].sort()) {
      const pairs = this.slots.get(feature)
      const kept = []
      for (let pair = 0; pair < pairs.length; pair += 2) {
        const slot = pairs[pair + 1]
        const mean = (this.total[slot] + (this.instances - this.since[slot]) * this.weight[slot]) / this.instances
        if (Math.abs(mean) >= minWeight) kept.push([pairs[pair], Math.round(mean * weightSteps)])
      }
      if (kept.length > 0) weights[feature] = kept.sort((a, b) => a[0] - b[0]).flat()
    }
    return weights
  }
}

function train(sentences) {
  const tags = [...new Set(sentences.flatMap((sentence) => sentence.map(({tag}) => tag)))].sort()
  const words = wordTable(sentences, tags)
  const weights = new AveragedWeights()
  const random = generator(seed)
  const order = [...sentences]
  for (let iteration = 0; iteration < iterations; iteration++) {
    shuffle(order, random)
    let correct = 0
    let seen = 0
    for (const sentence of order) {
      const written = sentence.map(({word}) => word)
      const normalised = written.map(taggerWord)
      const chosen = []
      for (let index = 0; index < sentence.length; index++) {
        const truth = tags.indexOf(sentence[index].tag)
        let guess = words[normalised[index]]
        if (guess === undefined) {
          const features = taggerFeatures(written, normalised, index, chosen[index - 1] ?? '<s>', chosen[index - 2] ?? '<s>')
          const scores = weights.scores(features, tags.length)
          guess = 0
          for (let tag = 1; tag < scores.length; tag++) if (scores[tag] > scores[guess]) guess = tag
          weights.instances++
          if (guess !== truth) {
            weights.update(features, truth, 1)
            weights.update(features, guess, -1)
          }
        }
        chosen.push(tags[guess])
        seen++
        if (guess === truth) correct++
      }
    }
    console.log(`iteration ${iteration + 1}: ${((100 * correct) / seen).toFixed(2)}% of training words`)
  }
  return {tags, words, weights: weights.averaged()}
}

/** Share of held-out words tagged right, in full and by word class alone. */
export function heldOutAccuracy(tagger, sentences) {
  let words = 0
  let exact = 0
  let classes = 0
  for (const sentence of sentences) {
    const tags = tagger.tag(sentence.map(({word}) => word))
    sentence.forEach(({tag}, index) => {
      words++
      if (tags[index] === tag) exact++
      if (tags[index].split(':')[0] === tag.split(':')[0]) classes++
    })
  }
  return {words, exact: exact / words, classes: classes / words}
}

const trained = train(readTaggedSamples(trainingSamples()))
const model = packedTaggerModel(trained)
const json = JSON.stringify(model)
writeFileSync(modelFile, json + '\n')
const accuracy = heldOutAccuracy(new Tagger(model), readTaggedSamples(heldOutSamples()))
console.log(
  `${Object.keys(trained.weights).length} features, ${Object.keys(trained.words).length} table words, ${(json.length / 1e6).toFixed(2)} MB; ` +
    `held out (${accuracy.words} words): ${(100 * accuracy.exact).toFixed(2)}% exact, ${(100 * accuracy.classes).toFixed(2)}% by word class`
)
