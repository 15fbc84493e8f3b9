import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {analysisOf} from '../engine/analysis.js'
import {quoted, report} from '../engine/finding.js'
import {sentenceAt, type ProseIndex} from '../engine/prose-index.js'
import {followsSoCalled} from '../engine/quotations.js'
import type {RulePack} from '../engine/rule-pack.js'
import type {Span} from '../source/prose.js'

const maxWords = 4

// "Lord of the Rings", 'Planet Killer': a title or nickname in title case, not doubt.
function isTitle(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => word.length > 3)
  return words.length > 0 && words.every((word) => /^\p{Lu}/u.test(word))
}

// A quotation that is its whole sentence (“Get much mileage?”) is speech, as in dialogue: scare
// quotes mark a phrase inside the writer's own sentence.
function isWholeSentence(index: ProseIndex, quotation: Span): boolean {
  const sentence = index.sentences[sentenceAt(index, quotation.start)]
  const before = index.text.slice(sentence.start, quotation.start)
  const after = index.text.slice(quotation.end, sentence.end)
  return before.trim() === '' && /^[\s.?!…]*$/.test(after)
}

/** Short quoted phrases with no speaker: the writer's irony or doubt. */
export function retextScareQuotes(pack: RulePack) {
  return (tree: Root, file: VFile) => {
    const {index, quotations} = analysisOf(tree, file)
    for (const quotation of quotations) {
      // A mark never closed is a stray or a quotation going on in the next paragraph, not a scare quote.
      if (quotation.mention || quotation.markup || !quotation.closed) continue
      if (quotation.words === 0 || quotation.words > maxWords) continue
      // "the so-called “reform”" is one doubt, reported once, by the doubt-marker rule.
      if (followsSoCalled(index.text, quotation.start) || isWholeSentence(index, quotation)) continue
      const actual = index.text.slice(quotation.start, quotation.end)
      const inner = actual.replace(/^["“‘'«„]|["”’'»]$/g, '')
      // The speaker last: finding one reads the sentences around.
      if (isTitle(inner) || quotation.attributed) continue
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
