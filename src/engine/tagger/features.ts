// The features of the part-of-speech tagger, shared by its training script (train/tagger.mjs)
// and the runtime tagger, so that both read a word alike.

/** A word as the tagger's features see it: lower case, numbers by shape, curly quotes straight. */
export function taggerWord(word: string): string {
  if (/^\d{4}$/.test(word)) return '!year'
  if (/^[\d,.:/-]+$/.test(word) && /\d/.test(word)) return '!number'
  if (word === '“' || word === '”' || word === '``' || word === "''") return '"'
  return word.toLowerCase().replace(/[’‘]/g, "'")
}

// Capitals say most about names when the word does not start a sentence or a quotation.
function shape(word: string, first: boolean): string {
  const capital = word[0] !== word[0].toLowerCase()
  const hyphen = word.includes('-') && word.length > 1
  const digit = /\d/.test(word)
  return `${capital ? (first ? 'C' : 'c') : 'l'}${hyphen ? 'h' : ''}${digit ? 'd' : ''}${word === word.toUpperCase() && word.length > 1 && capital ? 'u' : ''}`
}

const suffix = (word: string, length: number) => word.slice(-length)

/**
 * The features of the word at `index`, given the sentence's words as written, the same words
 * through taggerWord(), and the tags chosen for the two words before it.
 */
export function taggerFeatures(written: readonly string[], words: readonly string[], index: number, previousTag: string, tagBeforeThat: string): string[] {
  const word = words[index]
  const before = index > 0 ? words[index - 1] : '<s>'
  const beforeThat = index > 1 ? words[index - 2] : '<s>'
  const after = index + 1 < words.length ? words[index + 1] : '</s>'
  const afterThat = index + 2 < words.length ? words[index + 2] : '</s>'
  const first = index === 0 || before === '"' || before === '('
  return [
    'bias',
    `w ${word}`,
    `s3 ${suffix(word, 3)}`,
    `s2 ${suffix(word, 2)}`,
    `s1 ${suffix(word, 1)}`,
    `p1 ${word[0]}`,
    `shape ${shape(written[index], first)}`,
    `t-1 ${previousTag}`,
    `t-2 ${previousTag} ${tagBeforeThat}`,
    `t-1 w ${previousTag} ${word}`,
    `w-1 ${before}`,
    `s-1 ${suffix(before, 3)}`,
    `w-2 ${beforeThat}`,
    `w+1 ${after}`,
    `s+1 ${suffix(after, 3)}`,
    `w+2 ${afterThat}`,
    `w-1 w ${before} ${word}`,
    `w w+1 ${word} ${after}`
  ]
}
