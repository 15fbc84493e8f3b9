import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

/** One sentence of an evaluation set with its gold annotation. */
export interface BabeSentence {
  text: string
  /** Lower-cased words the annotators marked as biased. */
  biasedWords: Set<string>
}

export interface WeaselSentence {
  text: string
  weasel: boolean
}

/** The data is kept beside the repository (licences differ from slant's), never inside it. */
export const defaultDataFolder = fileURLToPath(new URL('../../../shared/eval/', import.meta.url))
export const babeFile = 'babe-sg2.csv'
export const weaselFile = 'wiki-weasel-test.csv'

export class MissingDataError extends Error {}

export function readData(folder: string): {babe: BabeSentence[]; weasel: WeaselSentence[]} {
  const read = (name: string) => {
    const file = `${folder.replace(/\/?$/, '/')}${name}`
    if (!existsSync(file)) throw new MissingDataError(`evaluation data not found: ${file} (expected the shared eval folder beside the repository, or pass --data <folder>)`)
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '')
  }
  return {babe: parseBabe(read(babeFile)), weasel: parseWeasel(read(weaselFile))}
}

/** BABE SG2: `;`-separated, quoted fields; `biased_words` is a Python list literal. */
export function parseBabe(csv: string): BabeSentence[] {
  return namedColumns(csv, ';', ['text', 'biased_words']).map(([text, words]) => ({
    text: text.trim(),
    biasedWords: new Set(pythonStrings(words).map(goldWord))
  }))
}

// Annotators sometimes kept the quote marks of a scare-quoted word ('"held"', '"gender'); words are
// compared without them, as the text's words are.
const goldWord = (word: string) => word.toLowerCase().replace(/^["“”‘’']+|["“”‘’']+$/g, '')

/** CoNLL-2010 Wikipedia re-split: `text,label`; undo the treebank bracket and quote tokens. */
export function parseWeasel(csv: string): WeaselSentence[] {
  return namedColumns(csv, ',', ['text', 'label']).map(([text, label]) => ({text: detokenize(text), weasel: label.trim() === '1'}))
}

/** The given columns of every complete row, found by the header's names. */
function namedColumns(csv: string, separator: string, names: string[]): string[][] {
  const [header, ...rows] = parseCsv(csv, separator)
  const columns = names.map((name) => header.indexOf(name))
  const last = Math.max(...columns)
  return rows.filter((row) => row.length > last).map((row) => columns.map((column) => row[column]))
}

const treebankTokens: Record<string, string> = {'-LRB-': '(', '-RRB-': ')', '-LSB-': '[', '-RSB-': ']', '-LCB-': '{', '-RCB-': '}', '``': '"', "''": '"'}

function detokenize(text: string): string {
  return text.replace(/-[LR][RSC]B-|``|''/g, (token) => treebankTokens[token] ?? token).replace(/\s+/g, ' ').trim()
}

/** RFC 4180 records: quoted fields may hold the separator, doubled quotes and line breaks. */
export function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (quoted) {
      if (char !== '"') field += char
      else if (text[index + 1] === '"') field += text[++index]
      else quoted = false
    } else if (char === '"' && field === '') quoted = true
    else if (char === separator) {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += char
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows.filter((cells) => cells.some((cell) => cell !== ''))
}

/** The strings of a Python list literal such as `['bizarre', "don't"]`. */
export function pythonStrings(literal: string): string[] {
  return [...literal.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)].map((match) => (match[1] ?? match[2]).replace(/\\(.)/g, '$1'))
}
