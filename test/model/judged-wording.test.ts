import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {resolveConfig} from '../../src/config/resolve-config.js'
import {lint, type SlantOptions} from '../../src/index.js'
import {judgedSentence, Judge, englishJudge, provideJudgeModel, type JudgeModel} from '../../src/model/judge.js'
import {readJudgeModelFile} from '../../src/model/judge-model-file.js'
import model from '../../src/model/judge-model.json' with {type: 'json'}
import {project} from '../helpers.js'

const modelOn: SlantOptions = {model: {enabled: true}}
const found = (text: string, options: SlantOptions = modelOn, path?: string) =>
  lint(text, {...options, ...(path ? {path} : {})}).messages.map((message) => `${message.ruleId}:${message.severity}:${message.actual}`)

const praise = 'He was an extremely talented and prolific author.'
const hedged = 'The scheme is reportedly a fraud.'

describe('the judge’s findings', () => {
  it('are off unless the configuration turns the model on', () => {
    expect(found(praise, {})).toEqual([])
    expect(found(praise)).toEqual(['subjective-wording:warning:extremely talented'])
  })

  it('explain themselves: the words, a reason, the entries they read like, the score and what to do', () => {
    const [message] = lint(praise, modelOn).messages
    expect(message).toMatchObject({ruleId: 'subjective-wording', family: 'loaded', actual: 'extremely talented', expected: []})
    expect(message.message).toMatch(/^“extremely talented”: the wording judges rather than reports; reads like “[^”]+” and “[^”]+” \(score 0\.\d\d\); say what happened in plain terms/)
    expect(message.note).toMatch(/trained model/)
  })

  it('report a hedge that no source stands behind, and not one that a source does', () => {
    expect(found(hedged)).toEqual(['speculative-claim:warning:reportedly'])
    expect(found('The scheme is reportedly a fraud, the minister said.')).toEqual([])
    expect(found('Critics believe the plan will fail.')).not.toContain('speculative-claim:warning:believe')
  })

  it('leave the speaker’s words in an attributed quotation quiet, as every rule does', () => {
    expect(found(`“${praise.slice(0, -1)},” his publisher said.`)).toEqual(['subjective-wording:info:extremely talented'])
    expect(found(`“${praise.slice(0, -1)},” his publisher said.`, {...modelOn, quotes: 'ignore'})).toEqual([])
    expect(found(`“${hedged.slice(0, -1)},” the minister said.`)).toEqual([])
  })

  it('leave a judgement that a named source is reported to have made to the source, as puffery entries do', () => {
    expect(found('The coroner said the death was a tragic accident.')).toEqual([])
    expect(found('The death was a tragic accident.')).toEqual(['subjective-wording:warning:tragic'])
    expect(found('His publisher said he was an extremely talented and prolific author.')).toEqual([])
  })

  it('leave a word an entry reports to the entry, and names alone, whatever the threshold', () => {
    const low: SlantOptions = {model: {enabled: true, threshold: 0.05}}
    const slammed = found('The minister slammed the plan.', low)
    expect(slammed).toContain('loaded-language:warning:slammed')
    expect(slammed.filter((finding) => finding.endsWith(':slammed'))).toHaveLength(1)
    expect(found('The talks between Smith and Jones ended.', low).filter((finding) => /Smith|Jones/.test(finding))).toEqual([])
  })

  it('follow the threshold, rule severities and disable comments', () => {
    expect(found(praise, {model: {enabled: true, threshold: 0.99}})).toEqual([])
    expect(found(praise, {...modelOn, rules: {'subjective-wording': 'error'}})).toEqual(['subjective-wording:error:extremely talented'])
    expect(found(hedged, {...modelOn, rules: {'speculative-claim': 'off'}})).toEqual([])
    expect(found(`<!-- slant-disable-next-line subjective-wording -->\n${praise}\n`, modelOn, 'draft.md')).toEqual([])
  })

  it('are the same on every run', () => {
    const text = `${praise} ${hedged}`
    expect(lint(text, modelOn).messages).toEqual(lint(text, modelOn).messages)
    const words = praise.slice(0, -1).split(' ')
    const sentence = judgedSentence(words, words.map((word) => word.toLowerCase()))
    const fresh = new Judge(model as JudgeModel)
    for (let index = 0; index < words.length; index++) expect(fresh.score('loaded', sentence, index)).toBe(englishJudge().score('loaded', sentence, index))
  })
})

describe('the model setting', () => {
  function optionsFrom(config: string): SlantOptions {
    const root = project({'.slantrc.yml': config})
    return resolveConfig(join(root, 'draft.md')).options
  }

  it('takes on, off or a mapping of enabled and threshold, and the judge’s rule ids', () => {
    expect(optionsFrom('model: on\n').model).toEqual({enabled: true})
    expect(optionsFrom('model:\n  enabled: true\n  threshold: 0.8\n').model).toEqual({enabled: true, threshold: 0.8})
    expect(optionsFrom('rules:\n  subjective-wording: info\n  speculative-claim: off\n').rules).toEqual({'subjective-wording': 'info', 'speculative-claim': 'off'})
  })

  it.each([
    [{threshold: 2}, /model\.threshold: expected a number between 0 and 1/],
    [{threshold: 'high'}, /model\.threshold: expected a number between 0 and 1/],
    [{enable: true}, /unknown key "model\.enable".*enabled/],
    [{enabled: 'yes'}, /model\.enabled: expected on or off/],
    ['sometimes', /model: expected on, off or a mapping/]
  ])('rejects %j, naming the key', (value, error) => {
    expect(() => lint(praise, {model: value as SlantOptions['model']})).toThrow(error)
  })

  it('reads the model from disk only when the options turn the judge on, and once', () => {
    // Linters are cached by their options, so these are options no other test gives.
    const fresh: SlantOptions = {...modelOn, allow: ['a term of this test only']}
    let reads = 0
    provideJudgeModel(() => (reads++, readJudgeModelFile()))
    try {
      lint(praise)
      lint(praise, {model: {enabled: false}})
      expect(reads).toBe(0)
      expect(found(praise, fresh)).toEqual(['subjective-wording:warning:extremely talented'])
      expect(found(hedged, fresh)).toEqual(['speculative-claim:warning:reportedly'])
      expect(reads).toBe(1)
    } finally {
      provideJudgeModel(readJudgeModelFile)
    }
  })
})
