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
import { FlatWalk, type FlatRules } from './flat-walk';
import type { CollectedText } from './offset-map';
import { RegionWalk } from './region-walk';
import { ShadowHostScan } from './shadow-hosts';
import { TextSink } from './sink';
import { TreeWalk } from './tree-walk';

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

const ELEMENT_NODE = 1;
const DOCUMENT_NODE = 9;

export interface CollectOptions {
  /** Our own UI (the sidebar host): skipped like a script. */
  isOwnElement?: (el: Element) => boolean;
  /** Called for each open shadow root collected, so the caller can observe and style it. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /**
   * The initial page scan's filter (see `region-walk.ts`): when given, blocks whose text fails
   * it are not collected. Only the mentions found are guaranteed, not the rest of the text.
   */
  mightContain?: (text: string) => boolean;
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

/**
 * A resumable collection of `root`'s visible text. `step` works until `shouldYield()` says
 * stop (checked every few hundred nodes) and returns true once everything is collected, so the
 * caller can slice a big page into short tasks. Mutations between steps are the caller's
 * business: segments keep the lengths seen when collected.
 *
 * First it looks for open shadow roots (one tight loop over `getElementsByTagName('*')`). Without
 * any, the text-only {@link FlatWalk} collects; with some, the element walk ({@link TreeWalk}),
 * which places each shadow tree before its host's light children. Both give the same text.
 */
export class TextCollector {
  private readonly sink = new TextSink();
  private walk: { step(shouldYield: () => boolean): boolean } | null = null;
  private readonly hosts: ShadowHostScan | null;

  constructor(
    private readonly root: Node,
    private readonly options: CollectOptions = {},
  ) {
    const flat = root.nodeType === ELEMENT_NODE || root.nodeType === DOCUMENT_NODE;
    this.hosts = flat ? new ShadowHostScan(root as Element | Document, options.isOwnElement) : null;
  }

  step(shouldYield: () => boolean = () => false): boolean {
    if (this.walk === null) {
      const found = this.hosts === null ? true : this.hostsFound(shouldYield);
      if (found === undefined) return false;
      this.walk = found ? null : this.flatWalk();
      this.walk ??= new TreeWalk(this.root, this.options, flatRules(this.options), this.sink);
    }
    return this.walk.step(shouldYield);
  }

  /**
   * The host search; a DOM whose selector engine recurses (happy-dom on a 10,000-deep page)
   * can throw a RangeError here, and the element walk, which never recurses, takes over.
   */
  private hostsFound(shouldYield: () => boolean): boolean | undefined {
    try {
      return this.hosts!.step(shouldYield);
    } catch {
      return true;
    }
  }

  private flatWalk(): FlatWalk | RegionWalk | null {
    const { root, options, sink } = this;
    const rules = flatRules(options);
    if (options.mightContain && root.nodeType === ELEMENT_NODE) {
      return new RegionWalk(root as Element, rules, sink, options.mightContain);
    }
    try {
      return new FlatWalk(root as Element | Document, rules, sink);
    } catch {
      return null;
    }
  }

  result(): CollectedText {
    return this.sink.result();
  }
}

function flatRules(options: CollectOptions): FlatRules {
  return {
    isBlock: (el) => BLOCK_TAGS.has(el.localName),
    isSkipped: (el) => isSkippedElement(el, options.isOwnElement),
  };
}

/** Collects `root` in one go (the CLI, tests and small mutation re-scans). */
export function collectText(root: Node, options?: CollectOptions): CollectedText {
  const collector = new TextCollector(root, options);
  collector.step();
  return collector.result();
}
