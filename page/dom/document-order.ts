/**
 * Document order across open shadow roots, matching the collector's order: a shadow tree comes
 * right where its host is, before the host's light children. `compareDocumentPosition` alone
 * answers "disconnected" for nodes in different trees.
 */

const FOLLOWING = 4;

/** `node`, then the host of its tree, the host of that host's tree, … up to the document. */
function liftChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); root.nodeType === 11;) {
    const host = (root as ShadowRoot).host as Element | undefined;
    if (host === undefined) break;
    chain.push(host);
    root = host.getRootNode();
  }
  return chain;
}

/** Negative if `a` comes first, positive if `b` does, 0 if they are the same node. */
export function compareNodes(a: Node, b: Node): number {
  if (a === b) return 0;
  if (a.getRootNode() === b.getRootNode()) return sameTree(a, b);
  const chainA = liftChain(a);
  const chainB = liftChain(b);
  for (let i = 0; i < chainA.length; i++) {
    const x = chainA[i]!;
    const root = x.getRootNode();
    const j = chainB.findIndex((y) => y.getRootNode() === root);
    if (j < 0) continue;
    const y = chainB[j]!;
    // One of them is the host of the other's tree: the host comes first.
    if (x === y) return i === 0 ? -1 : 1;
    return sameTree(x, y);
  }
  return 0;
}

function sameTree(a: Node, b: Node): number {
  return a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1;
}
