import type {Paragraph, Parents, Root, RootContent, SentenceContent, Word} from 'nlcst'
import {isLiteral} from 'nlcst-is-literal'
import {toString} from 'nlcst-to-string'

/**
 * The phrase search of retext-equality and retext-profanities (nlcst-search),
 * with its phrase table built once per configuration instead of once per
 * search, over the words of a tree collected in one walk. It finds the same
 * matches, in the same order:
 * - words compare lower-cased, with curly apostrophes straightened and
 *   dashes dropped; apostrophes are dropped too unless the phrase keeps them;
 * - a phrase's words follow each other with only white space between;
 * - `*` stands for any word;
 * - a word set off as a literal ("the word “foo”") never starts a match.
 */

/** One word of the tree, where nlcst-search would visit it. */
export interface WordSlot {
  node: Word
  parent: Parents
  position: number
  /** The outermost paragraph holding the word, which retext-equality searches one at a time. */
  paragraph?: Paragraph
  /** Lower case, straight apostrophes, no dashes: the normal form that keeps apostrophes. */
  folded: string
  /** The normal form without apostrophes. */
  key: string
}

/** A phrase search's handler, as nlcst-search calls it. */
export type PhraseHandler = (match: SentenceContent[], position: number, parent: Parents, phrase: string) => void

// The last tree's words, for the checks that run on it one after the other. Not a WeakMap: its
// entries kept each tree alive through V8's minor collections, so every part of a long text read
// a part at a time reached the old generation and waited there for a full collection.
let lastTree: {tree: Root; slots: WordSlot[]} | undefined

/** Every word of the tree in document order, collected once for the checks that run on it in turn. */
export function wordSlotsOf(tree: Root): WordSlot[] {
  if (lastTree?.tree !== tree) {
    const slots: WordSlot[] = []
    collect(tree, undefined, slots)
    lastTree = {tree, slots}
  }
  return lastTree.slots
}

function collect(parent: Parents, paragraph: Paragraph | undefined, slots: WordSlot[]) {
  const children = parent.children as RootContent[]
  for (let position = 0; position < children.length; position++) {
    const child = children[position]
    if (child.type === 'WordNode') {
      const folded = fold(wordText(child))
      slots.push({node: child, parent, position, paragraph, folded, key: folded.includes("'") ? folded.replace(/'/g, '') : folded})
    }
    if ('children' in child) collect(child, paragraph ?? (child.type === 'ParagraphNode' ? child : undefined), slots)
  }
}

// Most words are one run of text; the rest are joined as nlcst-to-string joins them.
function wordText(word: Word): string {
  const [only] = word.children
  return word.children.length === 1 && 'value' in only ? only.value : toString(word)
}

function fold(value: string): string {
  const lower = value.toLowerCase()
  return foldable.test(lower) ? lower.replace(/’/g, "'").replace(/-/g, '') : lower
}

const foldable = /[’-]/

function normalForm(value: string, keepApostrophes: boolean): string {
  const folded = fold(value)
  return keepApostrophes ? folded : folded.replace(/'/g, '')
}

interface CompiledPhrase {
  phrase: string
  /** Normal forms of the words after the first; `*` matches any word. */
  rest: string[]
}

/** A list of phrases compiled for search, keyed by their first word's normal form. */
export class PhraseIndex {
  private readonly anyFirstWord: CompiledPhrase[] = []
  // A word written `*` gets the wildcard phrases twice, as in nlcst-search.
  private readonly byFirstWord = new Map<string, CompiledPhrase[]>([['*', this.anyFirstWord]])

  constructor(
    phrases: readonly string[],
    private readonly keepApostrophes = false
  ) {
    for (const phrase of phrases) {
      const [first, ...rest] = phrase.split(' ')
      const compiled = {phrase, rest: rest.map((word) => (word === '*' ? word : normalForm(word, keepApostrophes)))}
      const key = normalForm(first, keepApostrophes)
      const list = this.byFirstWord.get(key)
      if (list) list.push(compiled)
      else this.byFirstWord.set(key, [compiled])
    }
  }

  /** Calls `handler` for every match starting at one of `slots`, in order. */
  search(slots: readonly WordSlot[], handler: PhraseHandler) {
    for (const slot of slots) {
      const keyed = this.byFirstWord.get(this.keepApostrophes ? slot.folded : slot.key)
      if (!keyed && this.anyFirstWord.length === 0) continue
      if (isLiteral(slot.parent, slot.position)) continue
      for (const compiled of keyed ? [...this.anyFirstWord, ...keyed] : this.anyFirstWord) {
        const match = this.matchAt(compiled, slot)
        if (match) handler(match, slot.position, slot.parent, compiled.phrase)
      }
    }
  }

  private matchAt({rest}: CompiledPhrase, {parent, position: start}: WordSlot): SentenceContent[] | undefined {
    const siblings = parent.children as SentenceContent[]
    let position = start + 1
    for (const expected of rest) {
      while (position < siblings.length && siblings[position].type === 'WhiteSpaceNode') position++
      const sibling = siblings[position]
      if (!sibling || sibling.type !== 'WordNode') return undefined
      if (expected !== '*' && expected !== normalForm(toString(sibling), this.keepApostrophes)) return undefined
      position++
    }
    return siblings.slice(start, position)
  }
}

/** The words of each paragraph, in document order. */
export function slotsByParagraph(slots: readonly WordSlot[]): WordSlot[][] {
  const groups: WordSlot[][] = []
  let current: Paragraph | undefined
  for (const slot of slots) {
    if (!slot.paragraph) continue
    if (slot.paragraph !== current) {
      current = slot.paragraph
      groups.push([])
    }
    groups[groups.length - 1].push(slot)
  }
  return groups
}

/** A message's place from the first and last node of a match, as the plugins give it. */
export function placeOf(nodes: readonly SentenceContent[]) {
  const start = nodes[0]?.position?.start
  const end = nodes[nodes.length - 1]?.position?.end
  if (!start || !end || !(start.line > 0 && start.column > 0 && end.line > 0 && end.column > 0)) return undefined
  const point = ({line, column, offset}: typeof start) => ({line, column, offset: typeof offset === 'number' && offset > -1 ? offset : undefined})
  return {start: point(start), end: point(end)}
}

/** A term wrapped in backticks, as the plugins quote it. */
export const backticked = (value: string) => '`' + value + '`'

