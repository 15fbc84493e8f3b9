import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Span} from '../source/prose.js'
import {indexProse, type ProseIndex} from './prose-index.js'
import {findQuotations, type Quotation} from './quotations.js'

/** What the markup tells about the prose: quotation elements and citations. */
export interface MarkupHints {
  quoteSpans: Span[]
  citationSpans: Span[]
}

/** The shared analysis of one file's prose, computed once per run. */
export interface Analysis {
  index: ProseIndex
  quotations: Quotation[]
}

declare module 'vfile' {
  interface DataMap {
    slantMarkup: MarkupHints
    slantAnalysis: Analysis
  }
}

export function analysisOf(tree: Root, file: VFile): Analysis {
  let analysis = file.data.slantAnalysis
  if (!analysis) {
    const markup = file.data.slantMarkup
    const index = indexProse(tree, String(file), markup?.citationSpans)
    analysis = {index, quotations: findQuotations(index, markup?.quoteSpans ?? [])}
    file.data.slantAnalysis = analysis
  }
  return analysis
}
