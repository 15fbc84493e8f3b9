import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Span} from '../source/prose.js'
import {indexProse, type ProseIndex} from './prose-index.js'
import {findQuotations, type Quotation} from './quotations.js'
import {treeText} from './tree-text.js'

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

/**
 * The analysis of the file's prose. A file that slant read itself holds the prose as its value,
 * with the markup's hints; any other (plain text, or a tree from remark-retext or rehype-retext)
 * is read only where its tree has words.
 */
export function analysisOf(tree: Root, file: VFile): Analysis {
  if (file.data.slantAnalysis) return file.data.slantAnalysis
  const text = file.data.slantMarkup ? String(file) : treeText(tree, String(file))
  return analyse(file, indexProse(tree, text, file.data.slantMarkup?.citationSpans))
}

/** Complete the analysis from an index of the whole prose, built a part of the tree at a time. */
export function analyse(file: VFile, index: ProseIndex): Analysis {
  const analysis = {index, quotations: findQuotations(index, file.data.slantMarkup?.quoteSpans ?? [])}
  file.data.slantAnalysis = analysis
  return analysis
}
