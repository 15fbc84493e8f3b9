import type {Root} from 'hast'
import type {Plugin} from 'unified'
import {checkedOptions} from '../config/config-options.js'
import {lintSource} from '../lint-source.js'
import type {SlantOptions} from '../options.js'
import {htmlTreeProse} from '../source/html.js'

/**
 * slant for rehype: reads the prose of the HTML tree as the CLI does (scripts, code and markup
 * left out, positions in the source, `<blockquote>`, `<q>` and links as hints, inline comments
 * applied) and puts slant's findings on the file. The tree is left as it is.
 */
export const rehypeSlant: Plugin<[SlantOptions?], Root> = function (options) {
  const checked = checkedOptions(options, 'slant options')
  return (tree, file) => {
    const findings = lintSource(String(file), htmlTreeProse(tree, String(file)), checked, file.path)
    file.messages.push(...findings.file.messages)
  }
}
