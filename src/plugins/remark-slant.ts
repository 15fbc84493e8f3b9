import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {checkedOptions} from '../config/config-options.js'
import {lintSource} from '../lint-source.js'
import type {SlantOptions} from '../options.js'
import {markdownTreeProse} from '../source/markdown.js'

/**
 * slant for remark: reads the prose of the Markdown or MDX tree as the CLI does (code and markup
 * left out, positions in the source, block quotes and links as hints, inline comments applied)
 * and puts slant's findings on the file. The tree is left as it is.
 */
export const remarkSlant: Plugin<[SlantOptions?], Root> = function (options) {
  const checked = checkedOptions(options, 'slant options')
  return (tree, file) => {
    const findings = lintSource(String(file), markdownTreeProse(tree, String(file)), checked, file.path)
    file.messages.push(...findings.file.messages)
  }
}
