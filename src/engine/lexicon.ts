import {inflections} from './inflect.js'
import {KeyTable} from './key-table.js'
import type {Exceptions, RuleEntry, RulePack} from './rule-pack.js'
import {keyHash, phraseKeys, type Token} from './tokens.js'

/** One entry of one pack, with its exceptions compiled, or a term the configuration allows. */
export type Terminal = {kind: 'rule'; pack: RulePack; entry: RuleEntry; unless?: CompiledExceptions} | {kind: 'allow'; term: string}

/** An entry's `unless` phrases, each kind compiled into a `PhraseSet`. */
export type CompiledExceptions = {[Where in keyof Exceptions]?: PhraseSet}

export interface LexiconHit {
  terminals: Terminal[]
  /** Token indices, end exclusive. */
  start: number
  end: number
  /** The next longest match at the same start, for when this one's terminals all stand down. */
  shorter?: LexiconHit
}

interface TrieNode {
  next: Map<string, TrieNode>
  terminals: Terminal[]
}

const newNode = (): TrieNode => ({next: new Map(), terminals: []})

/**
 * All packs compiled into one token trie, so matching costs the same per word
 * however many entries there are.
 */
export class Lexicon {
  private readonly root = newNode()
  /** The trie's first level, which every word is looked up in. */
  private readonly firstWords: KeyTable<TrieNode>

  constructor(packs: readonly RulePack[], allow: readonly string[] = []) {
    for (const pack of packs) {
      for (const entry of pack.entries) {
        const terminal: Terminal = {kind: 'rule', pack, entry, unless: entry.unless && compileExceptions(entry.unless)}
        for (const keys of surfaceForms(entry.term, entry.inflect)) this.insert(keys, terminal)
        for (const form of entry.forms) for (const keys of surfaceForms(form, false)) this.insert(keys, terminal)
      }
    }
    for (const term of allow) {
      for (const keys of surfaceForms(term, true)) this.insert(keys, {kind: 'allow', term})
    }
    this.firstWords = new KeyTable([...this.root.next].map(([key, node]) => ({key, hash: keyHash(key), value: node})))
  }

  private insert(keys: string[], terminal: Terminal) {
    let node = this.root
    for (const key of keys) {
      let child = node.next.get(key)
      if (!child) {
        child = newNode()
        node.next.set(key, child)
      }
      node = child
    }
    if (!node.terminals.includes(terminal)) node.terminals.push(terminal)
  }

  /** Longest matches, left to right, never overlapping and never crossing a sentence. */
  match(tokens: readonly Token[]): LexiconHit[] {
    const hits: LexiconHit[] = []
    let index = 0
    while (index < tokens.length) {
      const hit = this.longestAt(tokens, index)
      if (hit) {
        hits.push(hit)
        index = hit.end
      } else index++
    }
    return hits
  }

  private longestAt(tokens: readonly Token[], start: number): LexiconHit | undefined {
    let node = this.firstWords.get(tokens[start])
    let best: LexiconHit | undefined
    const sentence = tokens[start].sentence
    // `node` stands for the tokens from `start` to `end`, end exclusive.
    for (let end = start + 1; node; end++) {
      if (node.terminals.length > 0) best = {terminals: node.terminals, start, end, shorter: best}
      if (end >= tokens.length || tokens[end].sentence !== sentence) break
      node = node.next.get(tokens[end].key)
    }
    return best
  }
}

/** The token sequences a term matches: the last word may take its inflections. */
export function surfaceForms(phrase: string, inflect: boolean): string[][] {
  const keys = phraseKeys(phrase)
  if (!inflect || keys.length === 0) return [keys]
  const head = keys.slice(0, -1)
  return inflections(keys[keys.length - 1]).map((last) => [...head, last])
}

function compileExceptions(unless: Exceptions): CompiledExceptions {
  const compiled: CompiledExceptions = {}
  for (const where of ['before', 'after', 'sentence'] as const) {
    const phrases = unless[where]
    if (phrases) compiled[where] = new PhraseSet(phrases)
  }
  return compiled
}

/**
 * Phrases looked for in a range of tokens, each filed under its first word: a
 * range is read once, however many phrases there are.
 */
export class PhraseSet {
  private readonly byFirstWord: KeyTable<string[][]>

  constructor(phrases: readonly string[]) {
    const byFirstWord = new Map<string, string[][]>()
    for (const keys of phrases.map(phraseKeys).filter((keys) => keys.length > 0)) {
      const filed = byFirstWord.get(keys[0])
      if (filed) filed.push(keys)
      else byFirstWord.set(keys[0], [keys])
    }
    this.byFirstWord = new KeyTable([...byFirstWord].map(([key, value]) => ({key, hash: keyHash(key), value})))
  }

  /** Whether one of the phrases lies wholly within the tokens from `from` to `to`, end exclusive. */
  occursIn(tokens: readonly Token[], from: number, to: number): boolean {
    const end = Math.min(to, tokens.length)
    for (let index = Math.max(0, from); index < end; index++) {
      const phrases = this.byFirstWord.get(tokens[index])
      if (phrases?.some((keys) => index + keys.length <= end && keys.every((key, offset) => tokens[index + offset].key === key))) return true
    }
    return false
  }
}
