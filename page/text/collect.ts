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
import { FlatWalk } from './flat-walk';
import type { CollectedText } from './offset-map';
import { RegionWalk } from './region-walk';
import { flatRules, type CollectOptions } from './rules';
import { ShadowHostScan } from './shadow-hosts';
import { TextSink } from './sink';
import { TreeWalk } from './tree-walk';

const ELEMENT_NODE = 1;
const DOCUMENT_NODE = 9;

/** The parent of `node`, stepping from a shadow root to its host. */
export function composedParent(node: Node): Node | null {
  if (node.parentNode !== null) return node.parentNode;
  const host = (node as ShadowRoot).host as Element | undefined;
  return node.nodeType === 11 && host !== undefined ? host : null;
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

/** Collects `root` in one go (the CLI, tests and small mutation re-scans). */
export function collectText(root: Node, options?: CollectOptions): CollectedText {
  const collector = new TextCollector(root, options);
  collector.step();
  return collector.result();
}
