import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {analysisOf} from '../engine/analysis.js'
import {isSourcesWording} from '../engine/attribution.js'
import {quoted, setSeverity, type SlantVFileMessage} from '../engine/finding.js'
import {firstTokenFrom, type ProseIndex} from '../engine/prose-index.js'
import {quotationAt, type Quotation} from '../engine/quotations.js'
import type {QuoteTreatment, SlantOptions} from '../options.js'

const speakersWords = 'In a quotation attributed to a speaker: the words are theirs, not the writer’s.'
const reportedWords = 'In words reported from a named source: the judgement is the source’s, not the writer’s.'
const mentionedWords = 'Quoted as a word, a name or a sign’s text: the writer mentions it rather than uses it.'

type Voice = 'quoted' | 'mentioned' | 'reported'

const voices: Record<Voice, [where: string, why: string]> = {
  quoted: ['the speaker’s word, in an attributed quotation', speakersWords],
  mentioned: ['mentioned, not used', mentionedWords],
  reported: ['the source’s word, in reported speech', reportedWords]
}

// An info, not a finding: the words are news, and a quotation is not reworded, so nothing is suggested.
function markSourcesWord(message: SlantVFileMessage, voice: Voice) {
  const [where, why] = voices[voice]
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
    const {index, quotations} = analysisOf(tree, file)
    const kept: typeof file.messages = []
    for (const message of file.messages as SlantVFileMessage[]) {
      const configured = message.ruleId ? rules[message.ruleId] : undefined
      if (configured === 'off') continue
      if (configured) setSeverity(message, configured)
      const voice = message.fatal !== undefined && treatment !== 'warning' ? sourcesVoice(message, index, quotations) : undefined
      if (voice) {
        if (treatment === 'ignore') continue
        markSourcesWord(message, voice)
      }
      kept.push(message)
    }
    file.messages = kept
  }
}

/** Whose words a finding is in, when they are not the writer's. */
function sourcesVoice(message: SlantVFileMessage, index: ProseIndex, quotations: readonly Quotation[]): Voice | undefined {
  const place = message.place && 'start' in message.place ? message.place : undefined
  if (place?.start.offset === undefined || message.ruleId === 'scare-quotes') return undefined
  const quotation = quotationAt(quotations, place.start.offset)
  if (quotation?.attributed) return 'quoted'
  if (quotation?.mention) return 'mentioned'
  const start = firstTokenFrom(index, place.start.offset)
  const end = firstTokenFrom(index, place.end.offset ?? place.start.offset + 1)
  return start < end && isSourcesWording(index, {start, end}) ? 'reported' : undefined
}
