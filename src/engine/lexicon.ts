import {inflections} from './inflect.js'
import {KeyTable} from './key-table.js'
import type {RuleEntry, RulePack} from './rule-pack.js'
import {keyHash, phraseKeys, type Token} from './tokens.js'

/** One entry of one pack, or a term the configuration allows. */
export type Terminal = {kind: 'rule'; pack: RulePack; entry: RuleEntry} | {kind: 'allow'; term: string}

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
        const terminal: Terminal = {kind: 'rule', pack, entry}
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
function surfaceForms(phrase: string, inflect: boolean): string[][] {
  const keys = phraseKeys(phrase)
  if (!inflect || keys.length === 0) return [keys]
  const head = keys.slice(0, -1)
  return inflections(keys[keys.length - 1]).map((last) => [...head, last])
}

// Exception phrases come from packs, so each is split into keys once.
const exceptionKeys = new Map<string, string[]>()

/** Whether a phrase occurs in a token range; used for `unless` exceptions. */
export function containsPhrase(tokens: readonly Token[], from: number, to: number, phrase: string): boolean {
  let keys = exceptionKeys.get(phrase)
  if (!keys) {
    keys = phraseKeys(phrase)
    exceptionKeys.set(phrase, keys)
  }
  const lastStart = Math.min(to, tokens.length) - keys.length
  outer: for (let index = Math.max(0, from); index <= lastStart; index++) {
    for (let offset = 0; offset < keys.length; offset++) {
      if (tokens[index + offset].key !== keys[offset]) continue outer
    }
    return true
  }
  return false
}
