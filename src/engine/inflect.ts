import pluralize from 'pluralize'
import {irregularVerbs} from './irregular-verbs.js'
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

/** A form a suggestion can take to agree with the word it replaces. */
export type TargetForm = 'plural' | 's' | 'past' | 'participle' | 'ing'

// One vowel and one consonant in a word of one syllable double the consonant: slam, slammed.
const doublesInOneSyllable = /^[^aeiou]*[aeiou][bdgklmnprtvz]$/
// Longer verbs stressed on that last syllable double it too: defer, deferred; admit, admitted.
const stressedOnLast = new Set(['admit', 'commit', 'compel', 'confer', 'control', 'defer', 'deter', 'equip', 'expel', 'incur', 'infer', 'occur', 'omit', 'patrol', 'permit', 'prefer', 'propel', 'rebel', 'recur', 'refer', 'regret', 'submit', 'transfer', 'transmit', 'acquit', 'allot', 'outwit', 'upset'])
const doublesFinalConsonant = (lemma: string) => doublesInOneSyllable.test(lemma) || stressedOnLast.has(lemma)

/** A lemma in the form given: leader → leaders, criticise → criticised, rise → rose, smile → smiling. */
export function inflect(lemma: string, form: TargetForm): string {
  const irregular = irregularVerbs.get(lemma)
  if (form === 'plural') return pluralize.plural(lemma)
  if (form === 's') {
    if (irregular?.s) return irregular.s
    if (sibilant.test(lemma) || /[^aeiou]o$/.test(lemma)) return lemma + 'es'
    return consonantY.test(lemma) ? lemma.slice(0, -1) + 'ies' : lemma + 's'
  }
  if (form === 'ing') {
    if (irregular?.ing) return irregular.ing
    if (lemma.endsWith('ie')) return lemma.slice(0, -2) + 'ying'
    if (/[^eoy]e$/.test(lemma)) return lemma.slice(0, -1) + 'ing'
    return (doublesFinalConsonant(lemma) ? lemma + lemma.at(-1) : lemma) + 'ing'
  }
  if (irregular) return irregular[form][0]
  if (lemma.endsWith('e')) return lemma + 'd'
  if (consonantY.test(lemma)) return lemma.slice(0, -1) + 'ied'
  return (doublesFinalConsonant(lemma) ? lemma + lemma.at(-1) : lemma) + 'ed'
}
