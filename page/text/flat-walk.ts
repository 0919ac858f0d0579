/**
 * The fast text collection for subtrees without open shadow roots (almost every page): a
 * TreeWalker over text nodes only, no `acceptNode`. On a 200,000-text-node page the element-and-
 * text walk it replaces visited 400,000 nodes and made several DOM calls per element; this one
 * makes about three per text node (nextNode, parentNode, data) and decides skip zones and blocks
 * once per parent element (memoised), so inline wrappers cost one Map hit.
 *
 * It reproduces the element walk's separators exactly: an element walk also sees elements with
 * no text inside (`<br>`, `<img>`, an empty `<div>`, a skipped `<textarea>`), so those are fetched
 * up front with one native `querySelectorAll(':empty')` and merged in document order, each
 * treated like a text node of length zero. Skipped text is treated the same way: it breaks the
 * line when the outermost skipped element is a block or sits in another block.
 */
import type { FlatRules } from './rules';
import type { TextSink } from './sink';

const SHOW_TEXT = 0x4;
const ELEMENT_NODE = 1;
const FOLLOWING = 4;
/** Text nodes between two `shouldYield` calls. */
const CHECK_EVERY = 256;

/** Where content inside an element lands: its block container, and whether it is skipped. */
interface Zone {
  container: Node;
  skipped: boolean;
}

export class FlatWalk {
  private readonly walker: TreeWalker;
  private readonly empties: ArrayLike<Element>;
  private nextEmpty = 0;
  private readonly zones = new Map<Node, Zone>();
  private readonly rootZone: Zone;
  private lastParent: Node | null = null;
  private lastZone: Zone;
  private lastBlock: Node | null = null;
  private readonly chain: Element[] = [];

  constructor(
    private readonly root: Element | Document,
    private readonly rules: FlatRules,
    private readonly sink: TextSink,
  ) {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
    this.walker = doc.createTreeWalker(root, SHOW_TEXT);
    this.empties = root.querySelectorAll(':empty');
    this.rootZone = this.lastZone = { container: root, skipped: false };
  }

  /** Collects until `shouldYield()` (checked every few hundred nodes); true when done. */
  step(shouldYield: () => boolean): boolean {
    const { walker, sink } = this;
    let budget = CHECK_EVERY;
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const data = (node as Text).data;
      if (this.nextEmpty < this.empties.length) this.passEmpties(node);
      const parent = node.parentNode!;
      const zone = parent === this.lastParent ? this.lastZone : this.zoneOf(parent);
      this.lastParent = parent;
      this.lastZone = zone;
      if (zone.container !== this.lastBlock) sink.pendingBreak = true;
      if (!zone.skipped && data.length > 0) {
        this.lastBlock = zone.container;
        sink.add(node as Text, data);
      }
      if (--budget === 0) {
        budget = CHECK_EVERY;
        if (shouldYield()) return false;
      }
    }
    return true;
  }

  /** Element-only content before `node` (a `<br>`, an empty block) may break the line. */
  private passEmpties(node: Node): void {
    const empties = this.empties;
    while (this.nextEmpty < empties.length) {
      const el = empties[this.nextEmpty]!;
      if ((el.compareDocumentPosition(node) & FOLLOWING) === 0) return;
      this.nextEmpty++;
      if (this.zoneOf(el).container !== this.lastBlock) this.sink.pendingBreak = true;
    }
  }

  /**
   * The zone of content inside `el`, memoised for `el` and the ancestors walked. Iterative: a
   * page can nest inline elements thousands deep.
   */
  private zoneOf(el: Node): Zone {
    const chain = this.chain;
    chain.length = 0;
    let n: Node | null = el;
    let zone: Zone = this.rootZone;
    while (n !== null && n !== this.root && n.nodeType === ELEMENT_NODE) {
      const known = this.zones.get(n);
      if (known !== undefined) {
        zone = known;
        break;
      }
      chain.push(n as Element);
      n = n.parentNode;
    }
    if (n !== null && n !== this.root && n.nodeType !== ELEMENT_NODE) {
      zone = { container: n, skipped: false };
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const child = chain[i]!;
      if (!zone.skipped) {
        const block = this.rules.isBlock(child);
        if (this.rules.isSkipped(child)) {
          zone = { container: block ? child : zone.container, skipped: true };
        } else if (block) zone = { container: child, skipped: false };
      }
      this.zones.set(child, zone);
    }
    return zone;
  }
}
