/**
 * The element-and-text walk, used when the subtree holds open shadow roots: it sees every
 * element, so it can read each shadow tree (as its own block) before the host's light children.
 * Slower than `flat-walk.ts` (a DOM visit and several calls per element), and needed rarely.
 */
import type { CollectOptions, FlatRules } from './rules';
import type { TextSink } from './sink';

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Nodes checked between two `shouldYield` calls (performance.now() is not free). */
const CHECK_EVERY = 256;

interface WalkFrame {
  walker: TreeWalker;
  root: Node;
}

export class TreeWalk {
  private readonly stack: WalkFrame[] = [];
  /** Nearest block container of each parent seen: one Map hit per text node. */
  private readonly blockOf = new Map<Node, Node>();
  private lastBlock: Node | null = null;
  /** Set after skipping a subtree: the next node to visit, already reached by the walker. */
  private pending: Node | null | undefined;

  constructor(
    root: Node,
    private readonly options: CollectOptions,
    private readonly rules: FlatRules,
    private readonly sink: TextSink,
  ) {
    this.push(root);
    // A re-collected host element (say, a widget just added) has its shadow tree read first.
    if (root.nodeType === ELEMENT_NODE) this.enterShadow(root as Element);
  }

  step(shouldYield: () => boolean): boolean {
    let budget = CHECK_EVERY;
    while (this.stack.length > 0) {
      const frame = this.stack[this.stack.length - 1]!;
      const node = this.pending === undefined ? frame.walker.nextNode() : this.pending;
      this.pending = undefined;
      if (node === null) {
        this.stack.pop();
        this.sink.pendingBreak = true;
        continue;
      }
      if (node.nodeType === TEXT_NODE) this.addText(node as Text, frame.root);
      else this.enterElement(node as Element, frame);
      if (--budget === 0) {
        budget = CHECK_EVERY;
        if (shouldYield()) return this.stack.length === 0;
      }
    }
    return true;
  }

  private push(root: Node): void {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    if (doc === null) return;
    this.stack.push({ walker: doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT), root });
  }

  private enterElement(el: Element, frame: WalkFrame): void {
    if (this.rules.isBlock(el)) this.sink.pendingBreak = true;
    if (this.rules.isSkipped(el)) {
      this.pending = skipSubtree(frame.walker, el);
      return;
    }
    this.enterShadow(el);
  }

  private enterShadow(el: Element): void {
    const shadow = el.shadowRoot;
    if (shadow === null || shadow === undefined) return;
    this.options.onShadowRoot?.(shadow);
    this.sink.pendingBreak = true;
    this.push(shadow);
  }

  private addText(node: Text, root: Node): void {
    const data = node.data;
    if (data.length === 0) return;
    const block = this.blockContainer(node.parentNode, root);
    if (block !== this.lastBlock) this.sink.pendingBreak = true;
    this.lastBlock = block;
    this.sink.add(node, data);
  }

  /**
   * Iterative, not recursive: a page can nest inline elements thousands deep, and a recursive
   * walk up that chain would overflow the stack.
   */
  private blockContainer(parent: Node | null, root: Node): Node {
    const chain: Node[] = [];
    let n = parent;
    let block: Node;
    for (;;) {
      if (n === null || n === root || n.nodeType !== ELEMENT_NODE) {
        block = n ?? root;
        break;
      }
      const known = this.blockOf.get(n);
      if (known !== undefined) {
        block = known;
        break;
      }
      if (this.rules.isBlock(n as Element)) {
        block = n;
        this.blockOf.set(n, n);
        break;
      }
      chain.push(n);
      n = n.parentNode;
    }
    for (const el of chain) this.blockOf.set(el, block);
    return block;
  }
}

/**
 * The node after `el`'s subtree, with the walker moved onto it (null: the walk is over). Cheaper
 * than an acceptNode callback, which would cost a call per node. Sibling steps rather than
 * parking on the last descendant: happy-dom exposes `<template>` content as its children.
 */
function skipSubtree(walker: TreeWalker, el: Element): Node | null {
  walker.currentNode = el;
  for (;;) {
    const next = walker.nextSibling();
    if (next !== null) return next;
    if (walker.parentNode() === null) return null;
  }
}
