/**
 * The page adapter: finds drug names in the live page, paints them, keeps up with changes and
 * answers "which mention is under the pointer" and "show me mention n of drug d". DOM only, no
 * `browser.*`; `content/index.ts` wires it to settings, the sidebar and messages.
 *
 * Cost model: a page-level pre-check first (most pages stop there), then text collection in
 * ~8 ms slices, one matcher pass, highlights through `CSS.highlights`. Layout is never read on
 * the scan path and the page DOM is never changed.
 */
import { mightContainName, mightMention } from '@/core/matcher';
import type { MatchOptions } from '@/core/matcher/types';
import type { PageReport } from '@/core/report';
import { collectText, composedParent, TextCollector } from './text/collect';
import { BLOCK_TAGS, isSkippedElement, type CollectOptions } from './text/rules';
import { caretFromPoint, pointOnRecord, textCaret } from './mentions/hit-test';
import { createHighlightPainter } from './paint/css-highlights';
import type { HighlightPainter, HighlightStyle } from './paint/types';
import {
  MentionIndex,
  recordsFromText,
  recordsFromTextSliced,
  type MentionHit,
  type MentionRecord,
} from './mentions/mention-index';
import {
  createMutationQueue,
  type MutationBatch,
  type MutationQueue,
} from './watch/mutation-queue';
import { subtreeMightMention } from './text/precheck';
import { runSliced, sliceDeadline, yieldToMain } from './dom/slicing';
import { watchUrl, type UrlWatch } from './watch/url-watch';

export type { HighlightStyle } from './paint/types';
export type { MentionHit } from './mentions/mention-index';

export interface ScannerOptions {
  document: Document;
  /** Elements to skip (our sidebar host). */
  isOwnElement: (el: Element) => boolean;
  /** Settings' group switches; disabled drugs are neither painted nor reported. */
  isDrugEnabled: (drugId: string) => boolean;
  highlightStyle: HighlightStyle;
  /** Called after the initial scan and after each change that alters the report. */
  onReport: (report: PageReport) => void;
  /** Most mentions kept and painted (document order); beyond it the report says `capped`. */
  maxHighlights?: number;
  /**
   * The "fuzzy matching" setting: misspellings one edit from a long name count too (painted
   * dotted, their hit carries the form they are close to). On unless turned off.
   */
  fuzzyMatching?: boolean;
}

export interface PageScanner {
  /** Pre-check, sliced initial scan, then observe mutations and SPA navigations. */
  start(): void;
  /** Disconnects the observer, removes highlights and our stylesheet, cancels pending work. */
  stop(): void;
  /** The mention under a viewport point; `index` = n-th mention of that drug in document order. */
  mentionAt(x: number, y: number): MentionHit | null;
  /** The mention at a caret position (a text node and offset, or an element and child index). */
  mentionFromNode(node: Node, offset: number): MentionHit | null;
  /** Scrolls mention `index` of `drugId` into view and flashes it; false if there is none. */
  scrollToMention(drugId: string, index: number): boolean;
  setHighlightStyle(style: HighlightStyle): void;
  /** Applies a new drug filter to what was already found, without collecting text again. */
  setDrugFilter(isDrugEnabled: (drugId: string) => boolean): void;
  /** Puts our highlights and stylesheet back if the page removed them (cheap; rate-limited). */
  ensureRegistered(): void;
}

export const DEFAULT_MAX_HIGHLIGHTS = 5000;
/** More added nodes than this in one batch: one sliced rescan beats many small collections. */
export const RESCAN_ADDED_NODES = 1000;
/** Shortest gap between two updates (repaint, report) while the page keeps changing. */
export const PUBLISH_INTERVAL_MS = 300;

export function createPageScanner(options: ScannerOptions): PageScanner {
  const doc = options.document;
  const win = doc.defaultView ?? (globalThis as unknown as Window);
  const cap = options.maxHighlights ?? DEFAULT_MAX_HIGHLIGHTS;
  const match: MatchOptions = { fuzzy: options.fuzzyMatching ?? true };
  const mightContain = (text: string) => mightContainName(text, match);
  const isOwnElement = options.isOwnElement;
  const index = new MentionIndex(cap);
  const shadowRoots = new Set<ShadowRoot>();
  let isDrugEnabled = options.isDrugEnabled;
  let style = options.highlightStyle;
  let painter: HighlightPainter | null = null;
  let queue: MutationQueue | null = null;
  let urls: UrlWatch | null = null;
  /** Bumped by every rescan and stop: async work from an older generation gives up. */
  let generation = 0;
  let running = false;
  let lastReport: string | null = null;
  let publishTimer: ReturnType<typeof setTimeout> | undefined;
  let lastPublish = -Infinity;

  const collectOptions: CollectOptions = {
    isOwnElement,
    onShadowRoot(root) {
      if (shadowRoots.has(root)) return;
      shadowRoots.add(root);
      queue?.observe(root);
      painter?.addRoot(root);
    },
  };

  function getPainter(): HighlightPainter {
    if (painter === null) {
      painter = createHighlightPainter(doc, style);
      for (const root of shadowRoots) painter.addRoot(root);
    }
    return painter;
  }

  function withPainter(fn: (p: HighlightPainter) => void): void {
    fn(getPainter());
  }

  /** Refreshes the lookups, repaints and reports if the report changed (always the first time). */
  function publish(): void {
    clearTimeout(publishTimer);
    publishTimer = undefined;
    lastPublish = performance.now();
    index.refresh(isDrugEnabled);
    const shown = index.enabled;
    if (painter !== null || shown.length > 0) withPainter((p) => p.paint(shown));
    const report = index.report();
    const json = JSON.stringify(report);
    if (json === lastReport) return;
    lastReport = json;
    options.onReport(report);
  }

  /**
   * {@link publish} for mutation updates: at once after a quiet spell, then at most every
   * PUBLISH_INTERVAL_MS (trailing) while changes stream in. A feed appending content every 50 ms
   * otherwise cost a repaint of every highlight, a sidebar render and a message each time.
   */
  function schedulePublish(): void {
    if (publishTimer !== undefined) return;
    const wait = lastPublish + PUBLISH_INTERVAL_MS - performance.now();
    if (wait <= 0) return publish();
    publishTimer = setTimeout(() => {
      publishTimer = undefined;
      if (running) publish();
    }, wait);
  }

  async function fullScan(): Promise<void> {
    const gen = ++generation;
    const stale = () => gen !== generation;
    queue?.hold();
    try {
      const root = doc.body ?? doc.documentElement;
      let found: { records: MentionRecord[]; capped: boolean } = { records: [], capped: false };
      if (
        root !== null &&
        (await subtreeMightMention(root, isOwnElement, stale, (t) => mightMention(t, match)))
      ) {
        // Only blocks whose text might hold a name are walked (see region-walk.ts).
        const collector = new TextCollector(root, { ...collectOptions, mightContain });
        if (!(await runSliced((shouldYield) => collector.step(shouldYield), stale))) return;
        await yieldToMain();
        if (stale()) return;
        const collected = collector.result();
        const pause = async () => {
          await yieldToMain();
          return !stale();
        };
        const sliced = await recordsFromTextSliced(collected, cap, pause, undefined, match);
        if (sliced === null) return;
        found = sliced;
      }
      if (stale()) return;
      index.replaceAll(found.records, found.capped);
      publish();
    } finally {
      if (!stale()) queue?.release();
    }
  }

  /**
   * The block that must be collected again for a change at `start`: its nearest block element
   * or shadow root (names never cross those). Null if the change is in a skip zone or detached.
   */
  function blockRootOf(start: Node): Node | null {
    if (!start.isConnected) return null;
    let block: Node | null = null;
    for (let n: Node | null = start; n !== null; n = composedParent(n)) {
      if (n.nodeType === 1) {
        if (isSkippedElement(n as Element, isOwnElement)) return null;
        if (block === null && BLOCK_TAGS.has((n as Element).localName)) block = n;
      } else if (n.nodeType === 11 && block === null) block = n;
    }
    return block;
  }

  /** Whether `node` is one of `roots` or inside one (across shadow boundaries). */
  function isWithin(node: Node, roots: ReadonlySet<Node>): boolean {
    for (let n: Node | null = node; n !== null; n = composedParent(n))
      if (roots.has(n)) return true;
    return false;
  }

  async function applyMutations(batch: MutationBatch): Promise<void> {
    if (!running || urls?.check()) return;
    if (batch.addedNodes > RESCAN_ADDED_NODES) return rescan();
    const roots = new Set<Node>();
    for (const node of batch.touched) {
      const root = blockRootOf(node);
      if (root === doc.body || root === doc.documentElement) return rescan();
      if (root !== null) roots.add(root);
    }
    for (const root of roots) {
      const parent = composedParent(root);
      if (parent !== null && isWithin(parent, roots)) roots.delete(root);
    }
    index.removeWhere(
      (r) => r.pieces.some((p) => !p.node.isConnected) || isWithin(r.pieces[0]!.node, roots),
    );
    const gen = generation;
    queue?.hold();
    try {
      let deadline = sliceDeadline();
      for (const root of roots) {
        if (deadline()) {
          await yieldToMain();
          if (gen !== generation) return;
          deadline = sliceDeadline();
        }
        // No textContent pre-check here: it would not see into shadow roots under `root`.
        if (!root.isConnected) continue;
        const found = recordsFromText(collectText(root, collectOptions), cap, match);
        index.insertRun(found.records);
        if (found.capped) index.markCapped();
      }
      schedulePublish();
    } finally {
      if (gen === generation) queue?.release();
    }
  }

  function rescan(): void {
    if (running) void fullScan();
  }

  function mentionFromNode(node: Node, offset: number): MentionHit | null {
    const caret = textCaret({ node, offset });
    return caret === null ? null : index.lookup(caret.node, caret.offset);
  }

  return {
    start() {
      if (running) return;
      running = true;
      queue = createMutationQueue(
        (batch) => void applyMutations(batch),
        (node) => node.nodeType === 1 && isOwnElement(node as Element),
      );
      queue.observe(doc.documentElement);
      for (const root of shadowRoots) queue.observe(root);
      urls = watchUrl(win, rescan);
      void fullScan();
    },

    stop() {
      if (!running) return;
      running = false;
      generation++;
      clearTimeout(publishTimer);
      publishTimer = undefined;
      queue?.disconnect();
      queue = null;
      urls?.stop();
      urls = null;
      painter?.destroy();
      painter = null;
      index.replaceAll([], false);
      index.refresh(isDrugEnabled);
      shadowRoots.clear();
      lastReport = null;
    },

    mentionFromNode,

    mentionAt(x, y) {
      const caret = caretFromPoint(doc, x, y, [...shadowRoots]);
      const hit = caret && mentionFromNode(caret.node, caret.offset);
      if (!hit) return null;
      const record = index.at(hit.drugId, hit.index);
      return record !== undefined && pointOnRecord(doc, record, x, y) ? hit : null;
    },

    scrollToMention(drugId, n) {
      const record = index.at(drugId, n);
      const element = record?.pieces[0]?.node.parentElement;
      if (record === undefined || !element?.isConnected) return false;
      element.scrollIntoView({ block: 'center', inline: 'nearest' });
      withPainter((p) => {
        p.ensureRegistered();
        p.flash(record);
      });
      return true;
    },

    setHighlightStyle(next) {
      style = next;
      if (painter === null) return;
      withPainter((p) => p.setStyle(next));
    },

    setDrugFilter(next) {
      isDrugEnabled = next;
      // Before the first scan has reported, the scan itself applies the filter.
      if (running && lastReport !== null) publish();
    },

    ensureRegistered() {
      painter?.ensureRegistered();
    },
  };
}
