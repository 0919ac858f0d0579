/**
 * Visible-text collection with a TreeWalker, shared by the page adapter and the scan CLI. It uses
 * only standard DOM (createTreeWalker, node types, local names, attributes) and never reads
 * layout or computed style, so it runs unchanged on happy-dom/linkedom documents in Node.
 *
 * What counts as visible is decided by tag name and attributes alone:
 * - skipped with their whole subtree: script, style, noscript, template, head, title, textarea,
 *   input, select, option, datalist, iframe, object, embed, video, audio, canvas, svg, math;
 *   `[hidden]`, `[contenteditable]` with any value but "false" (editors are never touched),
 *   closed `<dialog>`, and whatever `isOwnElement` claims (our sidebar host).
 *   svg and math are skipped because their text is labels and formulas, and highlight painting
 *   inside SVG text is not reliable across browsers; `code`/`pre`/`kbd` are scanned, since a drug
 *   name there is still a drug name (word boundaries keep `upadacitinib_dose` out).
 * - open shadow roots are collected (before the host's light children, as their own block);
 *   closed ones cannot be reached from a content script in Chromium and are skipped.
 * - a `\n` separates blocks (tags in BLOCK_TAGS, line breaks, replaced elements, shadow roots).
 */
import type { CollectedText, TextSegment } from './offset-map';

/** Elements whose subtree is never collected (compared with `localName`). */
// prettier-ignore
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'textarea', 'input', 'select',
  'option', 'datalist', 'iframe', 'object', 'embed', 'video', 'audio', 'canvas', 'svg', 'math',
]);

/** Elements that start and end a line of text, decided by tag name (never computed style). */
// prettier-ignore
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
  // Replaced and embedded content interrupts a line visually even when inline.
  'img', 'input', 'textarea', 'select', 'button', 'iframe', 'object', 'embed', 'video', 'audio',
  'canvas', 'svg', 'math',
]);

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Nodes checked between two `shouldYield` calls (performance.now() is not free). */
const CHECK_EVERY = 256;

export interface CollectOptions {
  /** Our own UI (the sidebar host): skipped like a script. */
  isOwnElement?: (el: Element) => boolean;
  /** Called for each open shadow root collected, so the caller can observe and style it. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

/** Whether an element's subtree is out of bounds (see the module comment for the rules). */
export function isSkippedElement(el: Element, isOwnElement?: (el: Element) => boolean): boolean {
  const tag = el.localName;
  if (SKIP_TAGS.has(tag)) return true;
  if (el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  if (tag === 'dialog' && !el.hasAttribute('open')) return true;
  return isOwnElement !== undefined && isOwnElement(el);
}

/** The parent of `node`, stepping from a shadow root to its host. */
export function composedParent(node: Node): Node | null {
  if (node.parentNode !== null) return node.parentNode;
  const host = (node as ShadowRoot).host as Element | undefined;
  return node.nodeType === 11 && host !== undefined ? host : null;
}

/** Whether `node` or any ancestor (across shadow boundaries) is skipped. */
export function isInSkipZone(node: Node, isOwnElement?: (el: Element) => boolean): boolean {
  for (let n: Node | null = node; n !== null; n = composedParent(n)) {
    if (n.nodeType === ELEMENT_NODE && isSkippedElement(n as Element, isOwnElement)) return true;
  }
  return false;
}

interface WalkFrame {
  walker: TreeWalker;
  root: Node;
}

/**
 * A resumable collection of `root`'s visible text. `step` works until `shouldYield()` says
 * stop (checked every few hundred nodes) and returns true once everything is collected, so the
 * caller can slice a big page into short tasks. Mutations between steps are the caller's
 * business: segments keep the lengths seen when collected.
 */
export class TextCollector {
  private readonly parts: string[] = [];
  private readonly segments: TextSegment[] = [];
  private readonly stack: WalkFrame[] = [];
  /** Nearest block container of each parent seen: one Map hit per text node. */
  private readonly blockOf = new Map<Node, Node>();
  private length = 0;
  private pendingBreak = false;
  private lastBlock: Node | null = null;
  /** Set after skipping a subtree: the next node to visit, already reached by the walker. */
  private pending: Node | null | undefined;

  constructor(
    root: Node,
    private readonly options: CollectOptions = {},
  ) {
    this.push(root);
    // A re-collected host element (say, a widget just added) has its shadow tree read first.
    if (root.nodeType === ELEMENT_NODE) this.enterShadow(root as Element);
  }

  step(shouldYield: () => boolean = () => false): boolean {
    let budget = CHECK_EVERY;
    while (this.stack.length > 0) {
      const frame = this.stack[this.stack.length - 1]!;
      const node = this.pending === undefined ? frame.walker.nextNode() : this.pending;
      this.pending = undefined;
      if (node === null) {
        this.stack.pop();
        this.pendingBreak = true;
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

  result(): CollectedText {
    return { text: this.parts.join(''), segments: this.segments };
  }

  private push(root: Node): void {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    if (doc === null) return;
    this.stack.push({ walker: doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT), root });
  }

  private enterElement(el: Element, frame: WalkFrame): void {
    if (BLOCK_TAGS.has(el.localName)) this.pendingBreak = true;
    if (isSkippedElement(el, this.options.isOwnElement)) {
      this.pending = skipSubtree(frame.walker, el);
      return;
    }
    this.enterShadow(el);
  }

  private enterShadow(el: Element): void {
    const shadow = el.shadowRoot;
    if (shadow === null || shadow === undefined) return;
    this.options.onShadowRoot?.(shadow);
    this.pendingBreak = true;
    this.push(shadow);
  }

  private addText(node: Text, root: Node): void {
    const data = node.data;
    if (data.length === 0) return;
    const block = this.blockContainer(node.parentNode, root);
    if (block !== this.lastBlock) this.pendingBreak = true;
    this.lastBlock = block;
    if (this.pendingBreak && this.length > 0) {
      this.parts.push('\n');
      this.length += 1;
    }
    this.pendingBreak = false;
    this.segments.push({ node, start: this.length, end: this.length + data.length });
    this.parts.push(data);
    this.length += data.length;
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
      if (BLOCK_TAGS.has((n as Element).localName)) {
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

/** Collects `root` in one go (the CLI, tests and small mutation re-scans). */
export function collectText(root: Node, options?: CollectOptions): CollectedText {
  const collector = new TextCollector(root, options);
  collector.step();
  return collector.result();
}
