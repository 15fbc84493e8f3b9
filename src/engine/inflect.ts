const sibilant = /(s|x|z|ch|sh)$/
const consonantY = /[^aeiou]y$/
// A word ending in one vowel and a consonant may double it: slam, slammed; admit, admitted.
// Both spellings are produced, since only a stressed last syllable doubles (visit, visited).
const doublesFinal = /(^|[^aeiou])[aeiou][bdglmnprt]$/

/**
 * Regular English inflections of a word: plural or third person, past, and
 * present participle. Over-generating is harmless: forms that are not words
 * never occur in prose.
 */
export function inflections(word: string): string[] {
  const forms = new Set<string>([word])
  if (sibilant.test(word)) forms.add(word + 'es')
  else if (consonantY.test(word)) forms.add(word.slice(0, -1) + 'ies')
  else forms.add(word + 's')

  if (word.endsWith('e')) {
    forms.add(word + 'd')
    if (!word.endsWith('ee')) forms.add(word.slice(0, -1) + 'ing')
  } else if (consonantY.test(word)) {
    forms.add(word.slice(0, -1) + 'ied')
    forms.add(word + 'ing')
  } else {
    forms.add(word + 'ed')
    forms.add(word + 'ing')
    if (doublesFinal.test(word)) {
      const last = word.at(-1)
      forms.add(word + last + 'ed')
      forms.add(word + last + 'ing')
    }
  }
  return [...forms]
}
