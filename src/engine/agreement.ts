import {inflect, type TargetForm} from './inflect.js'
import {irregularVerbs} from './irregular-verbs.js'
import {headOf} from './lexicon.js'

/** What the words around a matched word say of its form. */
export interface FormContext {
  /** The word is a verb, not a noun: "slams" is its -s form, not a plural. */
  verb: boolean
  /** A form of "have" or "be" comes before it: "skyrocketed" is a participle, not a past. */
  afterAuxiliary: boolean
}

/**
 * The form a word takes against its lemma, as a suggestion must take it to replace the word:
 * slams → `s`, slammed → `past`, smirking → `ing`, hordes → `plural`; none for the lemma itself.
 */
export function formAgainstLemma(word: string, lemma: string, {verb, afterAuxiliary}: FormContext): TargetForm | undefined {
  if (word === lemma) return undefined
  const pastOrParticiple = afterAuxiliary ? 'participle' : 'past'
  const irregular = irregularVerbs.get(lemma)
  if (irregular) {
    const past = irregular.past.includes(word)
    const participle = irregular.participle.includes(word)
    if (past && participle) return pastOrParticiple
    if (past) return 'past'
    if (participle) return 'participle'
  }
  if (word.endsWith('ing')) return 'ing'
  if (word.endsWith('ed')) return pastOrParticiple
  if (word.endsWith('s')) return verb ? 's' : 'plural'
  return undefined
}

/**
 * A drop-in suggestion, written as a lemma, in the form of the words it replaces: the head of a
 * verb phrase ("play down" → "played down", "not attend" → "not attending") or of a noun phrase
 * ("head of state" → "heads of state").
 */
export function agreeingSuggestion(suggestion: string, form: TargetForm | undefined): string {
  if (!form) return suggestion
  const words = suggestion.split(' ')
  // A negation takes "do" in the past and the -s form: "not attend" → "did not attend", "does not attend".
  if (words[0] === 'not' && (form === 'past' || form === 's')) return `${form === 'past' ? 'did' : 'does'} ${suggestion}`
  const head = words[0] === 'not' ? 1 : headOf(words, form === 'plural' ? 'noun' : 'verb')
  return words.map((word, index) => (index === head ? inflect(word, form) : word)).join(' ')
}
