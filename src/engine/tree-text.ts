import type {Root} from 'nlcst'
import {walkTree, pushChildren} from '../source/walk.js'

/**
 * The prose of a tree that another pipeline made (remark-retext, rehype-retext), as long as the
 * file it points into: the words and marks of the tree at their own offsets, and blanks
 * everywhere else, so quote marks in code or markup are never read as quotations. Line breaks
 * are kept, and paragraphs are kept apart by a blank line where there is room for one.
 */
export function treeText(tree: Root, source: string): string {
  const chars: string[] = Array.from({length: source.length}, (_, offset) => (source[offset] === '\n' ? '\n' : ' '))
  walkTree<Root | Root['children'][number]>(tree, (node, stack) => {
    if ('children' in node) {
      pushChildren(node.children, stack)
      return
    }
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    // Inline code comes as a source node: not prose.
    if (node.type === 'SourceNode' || start === undefined || end === undefined) return
    // A value decoded from an entity or escape is not as long as its source: it fills what it can.
    for (let index = 0; index < end - start; index++) chars[start + index] = node.value[index] ?? ' '
  })
  for (let index = 1; index < tree.children.length; index++) {
    const end = tree.children[index - 1].position?.end.offset
    const next = tree.children[index].position?.start.offset
    if (end !== undefined && next !== undefined && next - end >= 2 && !chars.slice(end, next).join('').includes('\n\n')) {
      chars[end] = '\n'
      chars[end + 1] = '\n'
    }
  }
  return chars.join('')
}
