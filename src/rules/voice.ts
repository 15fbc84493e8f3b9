import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {analysisOf} from '../engine/analysis.js'
import {quoted, setSeverity, type SlantVFileMessage} from '../engine/finding.js'
import {quotationAt, type Quotation} from '../engine/quotations.js'
import type {QuoteTreatment, SlantOptions} from '../options.js'

const speakersWords = 'In a quotation attributed to a speaker: the words are theirs, not the writer’s.'
const mentionedWords = 'Quoted as a word, a name or a sign’s text: the writer mentions it rather than uses it.'

// An info, not a finding: the words are news, and a quotation is not reworded, so nothing is suggested.
function markQuotedWord(message: SlantVFileMessage, quotation: Quotation) {
  const [where, why] = quotation.attributed ? ['the speaker’s word, in an attributed quotation', speakersWords] : ['mentioned, not used', mentionedWords]
  setSeverity(message, 'info')
  message.reason = `${quoted(message.actual ?? '')} is ${where}`
  message.message = message.reason
  message.note = message.note ? `${why} ${message.note}` : why
  message.expected = []
}

/**
 * The last step: judge the writer's voice, not the sources'. Findings inside
 * attributed quotations, and words quoted only to mention them, are demoted or
 * dropped, then configured severities apply.
 */
export function retextVoice(options: SlantOptions) {
  const treatment: QuoteTreatment = options.quotes ?? 'info'
  const rules = options.rules ?? {}
  return (tree: Root, file: VFile) => {
    const {quotations} = analysisOf(tree, file)
    const kept: typeof file.messages = []
    for (const message of file.messages as SlantVFileMessage[]) {
      // An entry's own setting comes before its rule's.
      const configured = (message.entry && rules[message.entry]) || (message.ruleId ? rules[message.ruleId] : undefined)
      if (configured === 'off') continue
      if (configured) setSeverity(message, configured)
      const offset = message.place && 'start' in message.place ? message.place.start.offset : undefined
      const quotation = offset === undefined || message.ruleId === 'scare-quotes' ? undefined : quotationAt(quotations, offset)
      if (quotation && message.fatal !== undefined && treatment !== 'warning' && (quotation.mention || quotation.attributed)) {
        if (treatment === 'ignore') continue
        markQuotedWord(message, quotation)
      }
      kept.push(message)
    }
    file.messages = kept
  }
}
