import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {analysisOf} from '../engine/analysis.js'
import {quoted, report} from '../engine/finding.js'
import {followsSoCalled} from '../engine/quotations.js'
import type {RulePack} from '../engine/rule-pack.js'

const maxWords = 4
// Quote marks after these words mention a term, a title, a translation, a sign or a label people
// give themselves rather than doubt it.
const mention =
  /\b(?:word|words|term|phrase|slogan|motto|headline|title|titled|entitled|known as|nickname|nicknamed|euphemisms? (?:like|such as)|the song|the film|the book|the album|the show|the series|hashtag|meaning|means|translated as|translates as|read|reads|reading|marked|stamped|spelled|spelt|pronounced|identify as|identifies as|identified as)\s*[,:]?\s*$/i

// "Lord of the Rings", 'Planet Killer': a title or nickname in title case, not doubt.
function isTitle(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => word.length > 3)
  return words.length > 0 && words.every((word) => /^\p{Lu}/u.test(word))
}

/** Short quoted phrases with no speaker: the writer's irony or doubt. */
export function retextScareQuotes(pack: RulePack) {
  return (tree: Root, file: VFile) => {
    const {index, quotations} = analysisOf(tree, file)
    for (const quotation of quotations) {
      // A mark never closed is a stray or a quotation going on in the next paragraph, not a scare quote.
      if (quotation.attributed || quotation.markup || !quotation.closed || quotation.words === 0 || quotation.words > maxWords) continue
      const lead = index.text.slice(Math.max(0, quotation.start - 24), quotation.start)
      // "the so-called “reform”" is one doubt, reported once, by the doubt-marker rule.
      if (mention.test(lead) || followsSoCalled(index.text, quotation.start)) continue
      const actual = index.text.slice(quotation.start, quotation.end)
      const inner = actual.replace(/^["“‘'«„]|["”’'»]$/g, '')
      if (isTitle(inner)) continue
      report(file, {
        ruleId: pack.id,
        family: pack.family,
        severity: pack.severity,
        reason: (pack.message ?? '{actual}').replaceAll('{actual}', quoted(inner)),
        start: quotation.start,
        end: quotation.end,
        actual,
        suggest: [inner],
        note: pack.description,
        citation: pack.source
      })
    }
  }
}
