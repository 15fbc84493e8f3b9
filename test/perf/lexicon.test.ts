import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {Lexicon, PhraseSet, termForms, type LexiconHit, type Terminal} from '../../src/engine/lexicon.js'
import {builtinPacks} from '../../src/engine/packs.js'
import {indexProse} from '../../src/engine/prose-index.js'
import type {RulePack} from '../../src/engine/rule-pack.js'
import {phraseKeys, type Token} from '../../src/engine/tokens.js'
import {comparisonTexts} from '../helpers.js'

const texts = comparisonTexts()
const parser = unified().use(retextEnglish)
const allowed = ['regime change', 'critics']

// The straightforward matcher: every surface form of every entry as a string of keys, and at
// each word the longest form that starts there, within the sentence.
function straightforwardMatcher(packs: readonly RulePack[], allow: readonly string[]) {
  const forms = new Map<string, string[]>()
  const add = (keys: string[], terminal: string) => {
    const phrase = keys.join(' ')
    if (!forms.has(phrase)) forms.set(phrase, [])
    if (!forms.get(phrase)!.includes(terminal)) forms.get(phrase)!.push(terminal)
  }
  for (const pack of packs) {
    for (const entry of pack.entries) {
      // An allowed entry id turns the entry off.
      if (allow.includes(entry.id)) continue
      const terminal = `${pack.id}: ${entry.term}`
      for (const keys of termForms(entry)) add(keys, terminal)
      for (const form of entry.forms) add(phraseKeys(form), terminal)
    }
  }
  for (const term of allow) for (const keys of termForms({term, inflect: true})) add(keys, `allow: ${term}`)
  const longest = Math.max(...[...forms.keys()].map((phrase) => phrase.split(' ').length))

  return (tokens: readonly Token[]) => {
    const hits: Array<{start: number; ends: number[]; terminals: string[][]}> = []
    for (let start = 0; start < tokens.length; ) {
      const found: Array<{end: number; terminals: string[]}> = []
      for (let end = start + 1; end <= Math.min(tokens.length, start + longest) && tokens[end - 1].sentence === tokens[start].sentence; end++) {
        const terminals = forms.get(tokens.slice(start, end).map(({key}) => key).join(' '))
        if (terminals) found.unshift({end, terminals})
      }
      if (found.length === 0) {
        start++
        continue
      }
      hits.push({start, ends: found.map(({end}) => end), terminals: found.map(({terminals}) => terminals)})
      start = found[0].end
    }
    return hits
  }
}

const describeTerminal = (terminal: Terminal) => (terminal.kind === 'allow' ? `allow: ${terminal.term}` : `${terminal.pack.id}: ${terminal.entry.term}`)

function described(hits: LexiconHit[]) {
  return hits.map((hit) => {
    const chain: LexiconHit[] = []
    for (let at: LexiconHit | undefined = hit; at; at = at.shorter) chain.push(at)
    return {start: hit.start, ends: chain.map(({end}) => end), terminals: chain.map(({terminals}) => terminals.map(describeTerminal))}
  })
}

describe('the lexicon', () => {
  const packs = builtinPacks()
  const lexicon = new Lexicon(packs, allowed)
  const straightforward = straightforwardMatcher(packs, allowed)

  for (const [name, text] of Object.entries(texts)) {
    it(`finds the matches a straightforward search of every form finds, in ${name}`, () => {
      const {tokens} = indexProse(parser.parse(text) as Root, text)
      const hits = lexicon.match(tokens)
      expect(described(hits)).toEqual(straightforward(tokens))
      expect(hits.length).toBeGreaterThan(0)
    })
  }

  it('has phrases, shorter matches and allowed terms to compare', () => {
    const text = 'Critics say the regime change was a pariah state move; it was claimed that they claimed that.'
    const {tokens} = indexProse(parser.parse(text) as Root, text)
    const hits = described(lexicon.match(tokens))
    expect(hits).toEqual(straightforward(tokens))
    expect(hits.some(({ends}) => ends.length > 1)).toBe(true)
    expect(hits.flatMap(({terminals}) => terminals.flat())).toEqual(expect.arrayContaining(['allow: critics', 'allow: regime change']))
  })
})

describe('exception phrases', () => {
  // Each kind of exception of each built-in entry, as a compiled set and as its phrases' keys
  // in a string, to be looked for in a range's keys the straightforward way.
  const lists = builtinPacks().flatMap((pack) =>
    pack.entries.flatMap((entry) =>
      Object.values(entry.unless ?? {}).map((phrases: string[]) => ({set: new PhraseSet(phrases), phrases: phrases.map((phrase) => ` ${phraseKeys(phrase).join(' ')} `)}))
    )
  )

  for (const [name, text] of Object.entries(texts)) {
    it(`are found in each sentence, and in its first and last words, as a straightforward search finds them, in ${name}`, () => {
      const {tokens, sentences} = indexProse(parser.parse(text) as Root, text)
      let found = 0
      const differences: string[] = []
      for (const {firstToken, endToken} of sentences) {
        const ranges = [[firstToken, endToken], [firstToken, firstToken + 3], [endToken - 3, endToken]].map(([from, to]) => {
          const [start, end] = [Math.max(from, firstToken), Math.min(to, endToken)]
          return {start, end, keys: ` ${tokens.slice(start, end).map(({key}) => key).join(' ')} `}
        })
        for (const {set, phrases} of lists) {
          for (const {start, end, keys} of ranges) {
            const expected = phrases.some((phrase) => keys.includes(phrase))
            if (set.occursIn(tokens, start, end) !== expected) differences.push(`${phrases.join('|')} in${keys}`)
            if (expected) found++
          }
        }
      }
      expect(differences).toEqual([])
      expect(found).toBeGreaterThan(0)
    })
  }
})
