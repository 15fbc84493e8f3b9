/** A step of a walk: a node to enter, or the work left once a node's children are done. */
export type WalkStep<Node> = Node | (() => void)

/**
 * Depth-first walk in document order on its own stack, since a document can
 * nest deeper than the call stack allows. `enter` handles a node and pushes
 * what comes after it: its exit work first, then its children (see `pushChildren`).
 */
export function walkTree<Node extends object>(root: Node, enter: (node: Node, stack: Array<WalkStep<Node>>) => void) {
  const stack: Array<WalkStep<Node>> = [root]
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    if (typeof step === 'function') step()
    else enter(step, stack)
  }
}

/** Queue children so the first is entered next. */
export function pushChildren<Node>(children: readonly unknown[], stack: Array<WalkStep<Node>>) {
  for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Node)
}
