import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {analyse} from './engine/analysis.js'
import {partLength, treeParts} from './engine/english-parser.js'
import {ProseIndexer} from './engine/prose-index.js'
import type {Linter} from './pipeline.js'

const englishParser = unified().use(retextEnglish).freeze()
const parse = (text: string) => englishParser.parse(text) as Root

/**
 * Run slant's rules on a file of prose. Long prose is read a part of the tree at a time, and
 * each part is let go before the next is parsed, so memory holds the index of the words but
 * never the whole tree: the paragraph checks run on each part as it is parsed, and the rules
 * that read the analysis run once it is complete. The findings are those of the whole tree,
 * in the same order.
 */
export function lintProse(file: VFile, linter: Linter) {
  const text = String(file)
  if (text.length <= partLength) {
    linter.processor.runSync(linter.processor.parse(file), file)
    return
  }
  const {analysed, perParagraph, filters} = linter.steps
  const indexer = new ProseIndexer(text, file.data.slantMarkup?.citationSpans, new Map())
  // The paragraph checks' findings come after those of the analysed rules, as in one pass.
  const paragraphFindings: Array<typeof file.messages> = perParagraph.map(() => [])
  for (const {children, continuesParagraph} of treeParts(text, parse)) {
    indexer.add(children, continuesParagraph)
    const part: Root = {type: 'RootNode', children}
    perParagraph.forEach((step, index) => {
      const before = file.messages.length
      step(part, file)
      for (const message of file.messages.splice(before)) {
        // The nodes a finding was made in would keep the part's tree alive.
        message.ancestors = undefined
        paragraphFindings[index].push(message)
      }
    })
  }
  analyse(file, indexer.index)
  const noTree: Root = {type: 'RootNode', children: []}
  for (const step of analysed) step(noTree, file)
  for (const findings of paragraphFindings) for (const message of findings) file.messages.push(message)
  for (const step of filters) step(noTree, file)
}
