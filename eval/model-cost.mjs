// The trained judge's cost inside a warm process: CPU time of lint() per 1,000 words over the
// Brown corpus's news and editorial samples, with the model off and on, run alternately, and
// the warnings the model adds there (to read them, as the card says). Run after `npm run build`:
// `node eval/model-cost.mjs`.
import {lint} from '../dist/index.js'
import {brownSamples, countWords, newsCategories, readBrownSample} from '../bench/brown.mjs'

const rounds = 5
const samples = brownSamples()
  .filter(({category}) => newsCategories.has(category))
  .map(({id}) => ({id, text: readBrownSample(id)}))
const words = samples.reduce((sum, {text}) => sum + countWords(text), 0)

function cpuMs(task) {
  const started = process.cpuUsage()
  task()
  const used = process.cpuUsage(started)
  return (used.user + used.system) / 1000
}

const lintAll = (options) => () => {
  for (const {text} of samples) lint(text, options)
}
const off = lintAll({})
const on = lintAll({model: {enabled: true}})
const times = {off: [], on: []}
off()
on()
for (let round = 0; round < rounds; round++) {
  times.off.push(cpuMs(off))
  times.on.push(cpuMs(on))
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1]
const perThousand = (ms) => ((ms / words) * 1000).toFixed(2)
console.log(`${samples.length} samples, ${words} words; CPU ms per 1,000 words, median of ${rounds}:`)
console.log(`  model off ${perThousand(median(times.off))}, model on ${perThousand(median(times.on))} (+${((median(times.on) / median(times.off) - 1) * 100).toFixed(0)}%)`)

const added = []
for (const {id, text} of samples) {
  for (const message of lint(text, {model: {enabled: true}}).messages) {
    if ((message.ruleId === 'subjective-wording' || message.ruleId === 'speculative-claim') && message.severity !== 'info') added.push(`${id} ${message.ruleId} ${message.actual}`)
  }
}
console.log(`${added.length} warnings added by the model:`)
for (const line of added) console.log(`  ${line}`)
