import type {Analysis} from '../../engine/analysis.js'
import {claimHasAttribution, isReportedSpeech, type TokenRange} from '../../engine/attribution.js'
import {quotationAt} from '../../engine/quotations.js'
import type {Condition} from '../../engine/rule-pack.js'
import {causedByPeople, isNounSense, labels, namesGovernment} from '../../engine/senses/senses.js'
import {crowdSpeaks} from './crowd-speaks.js'
import {introducesSpeech} from './introduces-speech.js'
import {isPassive} from './passive.js'

type Test = (analysis: Analysis, match: TokenRange) => boolean

const tests: Record<Condition, Test> = {
  unattributed: ({index}, match) => !claimHasAttribution(index, match),
  'outside-quotes': ({index, quotations}, match) => !quotationAt(quotations, index.tokens[match.start].start),
  'crowd-speaks': ({index}, match) => crowdSpeaks(index, match),
  passive: ({index}, match) => isPassive(index, match),
  'introduces-speech': ({index}, match) => introducesSpeech(index, match),
  'as-noun': ({index}, match) => isNounSense(index, match),
  'as-label': ({index}, match) => labels(index, match),
  political: ({index}, match) => namesGovernment(index, match),
  'caused-by-people': ({index}, match) => causedByPeople(index, match),
  unreported: ({index}, match) => !isReportedSpeech(index, match)
}

/** Whether a match meets every condition of its entry or pack. */
export function meetsConditions(conditions: readonly Condition[], analysis: Analysis, match: TokenRange): boolean {
  return conditions.every((condition) => tests[condition](analysis, match))
}
