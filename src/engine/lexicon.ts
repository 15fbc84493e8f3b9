import pluralize from 'pluralize'
import {inflect, inflections} from './inflect.js'
import {irregularVerbs} from './irregular-verbs.js'
import {KeyTable} from './key-table.js'
import type {Exceptions, PartOfSpeech, RuleEntry, RulePack} from './rule-pack.js'
import {keyHash, phraseKeys, type Token} from './tokens.js'

/**
 * One entry of one pack, with its exceptions compiled, or a term the configuration allows. A
 * rule's `inflected` says the words matched are the term or one of its inflections, which its
 * drop-in suggestions can replace; a listed form (tyrannical for tyrant) takes advice only.
 */
export type Terminal =
  | {kind: 'rule'; pack: RulePack; entry: RuleEntry; inflected: boolean; unless?: CompiledExceptions}
  | {kind: 'allow'; term: string}

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

  /** `allow` lists terms to leave alone, and entry ids to turn off. */
  constructor(packs: readonly RulePack[], allow: readonly string[] = []) {
    const allowed = new Set(allow)
    for (const pack of packs) {
      for (const entry of pack.entries) {
        if (allowed.has(entry.id)) continue
        const unless = entry.unless && compileExceptions(entry.unless)
        const ofTerm: Terminal = {kind: 'rule', pack, entry, inflected: true, unless}
        const listed: Terminal = {...ofTerm, inflected: false}
        for (const keys of termForms(entry)) this.insert(keys, ofTerm)
        for (const form of entry.forms) this.insert(phraseKeys(form), listed)
      }
    }
    for (const term of allow) {
      for (const keys of termForms({term, inflect: true})) this.insert(keys, {kind: 'allow', term})
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
    // A form listed that the term's inflections already give is matched once, as an inflection.
    const sameEntry = (other: Terminal) => other === terminal || (other.kind === 'rule' && terminal.kind === 'rule' && other.entry === terminal.entry)
    if (!node.terminals.some(sameEntry)) node.terminals.push(terminal)
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

/** Every token sequence an entry matches: its term's forms, then the forms it lists. */
export function entryForms(entry: RuleEntry): string[][] {
  return [...termForms(entry), ...entry.forms.map(phraseKeys)]
}

// Words after which a noun phrase's head is done: "head of state", "country under sanctions".
const postmodifierStarts = new Set(['of', 'for', 'under', 'in', 'on', 'with', 'without', 'from', 'to', 'at', 'by', 'backed'])

/**
 * The word of a phrase that takes its inflections: a verb's first ("point out", "pointed out"),
 * a noun's last before a preposition ("heads of state"); for a term of no stated class, the last.
 */
export function headOf(keys: readonly string[], pos: PartOfSpeech | undefined): number {
  if (pos === 'verb') return 0
  const postmodifier = pos === 'noun' ? keys.findIndex((key, index) => index > 0 && postmodifierStarts.has(key)) : -1
  return postmodifier > 0 ? postmodifier - 1 : keys.length - 1
}

/** The word of a term that inflects: a compound written as one word ("cherry-pick") inflects its last part. */
export function termHead(term: string, pos: PartOfSpeech | undefined): number {
  const keys = phraseKeys(term)
  return /\s/.test(term.trim()) ? headOf(keys, pos) : keys.length - 1
}

/**
 * The token sequences an entry's term matches: the term with its head in each inflection of its
 * class (a noun's plural; a verb's -s, past, participle and -ing, irregular ones included; none
 * for an adjective or adverb), or the regular ones of any class when the entry names none.
 */
export function termForms({term, pos, inflect: inflects}: Pick<RuleEntry, 'term' | 'pos' | 'inflect'>): string[][] {
  const keys = phraseKeys(term)
  if (!inflects || keys.length === 0 || pos === 'adjective' || pos === 'adverb') return [keys]
  const head = termHead(term, pos)
  // Irregular forms only for a verb: "lay" and "lain" are forms of "lie" the verb, not of "lie" the noun.
  const words = new Set<string>(pos === 'noun' ? [keys[head]] : inflections(keys[head]))
  if (pos === 'verb') for (const form of irregularForms(keys[head])) words.add(form)
  if (pos === 'noun') words.add(pluralize.plural(keys[head]))
  return [...words].map((word) => keys.map((key, index) => (index === head ? word : key)))
}

function irregularForms(verb: string): string[] {
  const irregular = irregularVerbs.get(verb)
  if (!irregular) return []
  return [inflect(verb, 's'), inflect(verb, 'ing'), ...irregular.past, ...irregular.participle]
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
