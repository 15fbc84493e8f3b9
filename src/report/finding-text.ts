import type {SlantMessage} from '../engine/slant-message.js'

/** The four colours of the report and the page: slant's rule families, and the equality and profanity checks. */
export const families = [
  {id: 'loaded', label: 'Loaded wording'},
  {id: 'claims', label: 'Unsupported claims'},
  {id: 'context', label: 'Context and framing'},
  {id: 'equality', label: 'Equality and profanity'}
] as const

export type FamilyId = (typeof families)[number]['id']

export function familyOf(message: Pick<SlantMessage, 'family'>): FamilyId {
  return families.some((family) => family.id === message.family) ? (message.family as FamilyId) : 'equality'
}

const entities: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character])
}

const quotationMarks = /^['"‘’“”«»‹›]+|['"‘’“”«»‹›]+$/g

/**
 * What a finding suggests, in words: the replacements, or, when the only replacement is the
 * flagged words without their quotation marks (a scare quote), to drop the marks.
 */
export function suggestionText(message: Pick<SlantMessage, 'actual' | 'expected'>): string | undefined {
  const {actual, expected} = message
  if (expected.length === 0) return undefined
  if (expected.length === 1 && actual.replace(quotationMarks, '') === expected[0] && actual !== expected[0]) return 'Drop the quotation marks.'
  return `Try: ${expected.join(', ')}`
}

/** A citation's sources, each linked when it gives an address (sources are separated by semicolons). */
export function citationHtml(citation: string): string {
  return citation
    .split(/;\s+/)
    .map((source) => {
      const address = source.match(/,?\s*(https?:\/\/\S+)$/)
      if (!address) return escapeHtml(source)
      return `<a href="${escapeHtml(address[1])}" rel="noreferrer">${escapeHtml(source.slice(0, address.index))}</a>`
    })
    .join('; ')
}

export function count(value: number, noun: string): string {
  return `${value.toLocaleString('en')} ${noun}${value === 1 ? '' : 's'}`
}
