import {describe, expect, it} from 'vitest'
import {scoreBabe} from '../../eval/babe.js'
import {parseBabe, parseCsv, parseWeasel, pythonStrings} from '../../eval/data.js'
import type {Finding} from '../../eval/findings.js'
import type {Linter} from '../../eval/linters.js'
import {judgeGold, type Gold} from '../../eval/putin-kim-gold.js'
import {Counts, wordsOf} from '../../eval/scores.js'
import {thresholdTable} from '../../eval/report.js'
import {scoreWeasel} from '../../eval/weasel.js'

// A linter that flags every occurrence of the given words, as the loaded family.
function flagging(...words: string[]): Linter {
  return {
    name: 'test',
    hasFamilies: true,
    run: (text) =>
      wordsOf(text)
        .filter((word) => words.includes(word.text))
        .map((word): Finding => ({start: word.start, end: word.end, family: word.text === 'many' ? 'claims' : 'loaded', ruleId: 'test'}))
  }
}

describe('reading the data', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks', () => {
    expect(parseCsv('a;b\n"x;""y""\nz";2\n', ';')).toEqual([['a', 'b'], ['x;"y"\nz', '2']])
  })

  it('reads Python list literals', () => {
    expect(pythonStrings(`['bizarre', "don't", 'anti-white']`)).toEqual(['bizarre', "don't", 'anti-white'])
    expect(pythonStrings('[]')).toEqual([])
  })

  it('reads BABE rows by column name and lower-cases the biased words', () => {
    const [sentence] = parseBabe('text;outlet;biased_words\n"A ""bizarre"" plan.";Fox;[\'Bizarre\']\n')
    expect(sentence.text).toBe('A "bizarre" plan.')
    expect([...sentence.biasedWords]).toEqual(['bizarre'])
  })

  it('compares marked words without the quote marks some annotators kept', () => {
    const [sentence] = parseBabe(`text;biased_words
"Areas ""held"" by gangs, the ""gender identity"" law.";['"held"', '"gender', 'identity"', "don't"]
`)
    expect([...sentence.biasedWords]).toEqual(['held', 'gender', 'identity', "don't"])
  })

  it('turns treebank tokens back into brackets and quotes', () => {
    const [sentence] = parseWeasel('text,label\n"It is -LRB- said -RRB- that ``many\'\' agree.\n",1\n')
    expect(sentence).toEqual({text: 'It is ( said ) that "many" agree.', weasel: true})
  })
})

describe('scores', () => {
  it('computes precision, recall and F1 from the counts', () => {
    const counts = Object.assign(new Counts(), {tp: 3, fp: 1, fn: 3})
    expect(counts.precision).toBe(0.75)
    expect(counts.recall).toBe(0.5)
    expect(counts.f1).toBeCloseTo(0.6)
  })

  it('keeps hyphenated words whole, as BABE annotates them', () => {
    expect(wordsOf('An anti-police, pro-criminal rant.').map((word) => word.text)).toEqual(['an', 'anti-police', 'pro-criminal', 'rant'])
  })

  it('scores BABE per word: each covered word once per sentence', () => {
    const babe = [
      {text: 'A bizarre, bizarre plan by radicals.', biasedWords: new Set(['bizarre', 'plan'])},
      {text: 'Nothing here.', biasedWords: new Set(['here'])}
    ]
    const score = scoreBabe(babe, flagging('bizarre', 'radicals'))
    expect([score.counts.tp, score.counts.fp, score.counts.fn]).toEqual([1, 1, 2])
    expect(score.families.get('loaded')).toEqual({flagged: 2, found: 1})
    expect(score.falsePositives.top(5)).toEqual([['radicals (test)', 1]])
    expect(score.falseNegatives.top(5)).toEqual([['here', 1], ['plan', 1]])
  })

  it('scores weasel sentences by any rule and by claims rules alone', () => {
    const weasel = [
      {text: 'Many believe it.', weasel: true},
      {text: 'A bizarre plan.', weasel: true},
      {text: 'A bizarre day.', weasel: false},
      {text: 'Some say so.', weasel: true}
    ]
    const score = scoreWeasel(weasel, flagging('many', 'bizarre'))
    expect([score.counts.tp, score.counts.fp, score.counts.fn]).toEqual([2, 1, 1])
    expect([score.claimsOnly.tp, score.claimsOnly.fp, score.claimsOnly.fn]).toEqual([1, 0, 2])
    expect(score.falsePositives.top(5)).toEqual([['bizarre (test)', 1]])
  })
})

describe('judging a gold list', () => {
  const article = "The despots met. 'Lonely bromance', Kuleba said. Regime change."
  const gold: Gold = {
    article: 'article.txt',
    maxWarningsAndErrors: 45,
    items: [
      {text: 'despots', family: 'loaded', expect: 'flag'},
      {text: 'lonely bromance', family: 'context', expect: 'quiet'},
      {text: 'regime', family: 'loaded', expect: 'flag'},
      {text: 'tyrant', family: 'loaded', expect: 'flag'}
    ]
  }
  const at = (phrase: string, family: string): Finding => {
    const start = article.toLowerCase().indexOf(phrase)
    return {start, end: start + phrase.length, family, ruleId: 'test'}
  }

  it('passes a flag only from the item’s family, and a quiet item only when nothing covers it', () => {
    const results = judgeGold(article, gold, [at('despots', 'loaded'), at('bromance', 'context'), at('regime', 'claims')])
    expect(results.map((result) => [result.item.text, result.passed])).toEqual([
      ['despots', true],
      ['lonely bromance', false],
      ['regime', false],
      ['tyrant', false]
    ])
    expect(results[2].flagged).toBe(true)
    expect(results[3].present).toBe(false)
  })

  it('counts any finding as a flag for a linter without families', () => {
    const results = judgeGold(article, gold, [at('regime', 'alex')], false)
    expect(results[2].passed).toBe(true)
  })
})

describe('the model at other thresholds', () => {
  const counts = (tp: number, fp: number, fn: number) => Object.assign(new Counts(), {tp, fp, fn})

  it('prints a row per threshold with BABE and CoNLL figures', () => {
    const printed = thresholdTable([
      {threshold: 0.5, babe: counts(1, 1, 2), weasel: counts(3, 1, 0)},
      {threshold: 0.8, babe: counts(0, 0, 3), weasel: counts(1, 0, 2)}
    ])
    expect(printed.split('\n').slice(2)).toEqual(['| 0.5 | 0.50 | 0.33 | 0.40 | 0.75 | 1.00 | 0.86 |', '| 0.8 | 0.00 | 0.00 | 0.00 | 1.00 | 0.33 | 0.50 |'])
  })
})
