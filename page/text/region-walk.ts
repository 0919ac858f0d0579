/**
 * Text collection for the initial scan that reads only the blocks that can hold a name. Most of
 * the cost of collecting text is creating a JS wrapper for every DOM node touched (in a content
 * script's isolated world, about half a microsecond each), so blocks whose `textContent` (one
 * native call, no wrappers for what is inside) cannot contain a name are never walked.
 *
 * A block element's text is a line of its own in the full collection (a `\n` before and after),
 * so a name never crosses it and collecting just that block finds the same mentions. Starting
 * from the root, a block whose text might hold a name is collected whole when it is short or
 * when the candidate lies in its own inline content; otherwise its block children are examined
 * in turn. Like the page pre-check, it takes `textContent` at its word: a name cut by a skipped
 * inline element (`upa<script>…</script>dacitinib`) is not looked for.
 *
 * Only for subtrees without open shadow roots: shadow text is not in `textContent`.
 */
import { FlatWalk } from './flat-walk';
import type { FlatRules } from './rules';
import type { TextSink } from './sink';

/** Blocks with at most this much text are collected whole rather than examined further. */
export const REGION_CHARS = 2048;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Blocks examined between two `shouldYield` calls. */
const CHECK_EVERY = 64;
/** Child nodes read between two `shouldYield` calls while scanning one block's children. */
const SCAN_CHECK_EVERY = 512;

export class RegionWalk {
  /** Blocks still to examine, the next one last. */
  private readonly pending: Element[];
  private region: FlatWalk | null = null;
  /** The block whose children are being read, when that is spread over several steps. */
  private scan: {
    block: Element;
    next: ChildNode | null;
    children: Element[];
    run: string;
  } | null = null;

  constructor(
    private readonly root: Element,
    private readonly rules: FlatRules,
    private readonly sink: TextSink,
    private readonly mightContain: (text: string) => boolean,
  ) {
    this.pending = [root];
  }

  step(shouldYield: () => boolean): boolean {
    let budget = CHECK_EVERY;
    for (;;) {
      if (this.region !== null) {
        if (!this.region.step(shouldYield)) return false;
        this.region = null;
      }
      if (this.scan !== null) {
        if (!this.continueScan(shouldYield)) return false;
        continue;
      }
      const block = this.pending.pop();
      if (block === undefined) return true;
      this.examine(block);
      if (--budget === 0) {
        budget = CHECK_EVERY;
        if (shouldYield()) return false;
      }
    }
  }

  private examine(block: Element): void {
    // The root's text was just tested by the page pre-check: go straight to its children.
    if (block !== this.root) {
      const text = block.textContent ?? '';
      if (!this.mightContain(text)) return;
      if (text.length <= REGION_CHARS) return this.collect(block);
    }
    this.scan = { block, next: block.firstChild, children: [], run: '' };
  }

  /**
   * Reads a block's children, checking `shouldYield` every {@link SCAN_CHECK_EVERY} nodes: the
   * root of a long page can have 80,000 (40,000 paragraphs and the whitespace between), one
   * 50–80 ms task in a single pass. False when it stopped to yield; the scan resumes next step.
   */
  private continueScan(shouldYield: () => boolean): boolean {
    const scan = this.scan!;
    let budget = SCAN_CHECK_EVERY;
    for (let c = scan.next; c !== null; c = c.nextSibling) {
      if (c.nodeType === ELEMENT_NODE && this.rules.isBlock(c as Element)) {
        if (scan.run !== '' && this.mightContain(scan.run)) {
          this.scan = null;
          this.collect(scan.block);
          return true;
        }
        scan.run = '';
        if (!this.rules.isSkipped(c as Element)) scan.children.push(c as Element);
      } else if (c.nodeType === ELEMENT_NODE || c.nodeType === TEXT_NODE) {
        scan.run += c.textContent ?? '';
      }
      if (--budget === 0) {
        budget = SCAN_CHECK_EVERY;
        if (shouldYield()) {
          scan.next = c.nextSibling;
          return false;
        }
      }
    }
    this.scan = null;
    if (scan.run !== '' && this.mightContain(scan.run)) {
      this.collect(scan.block);
      return true;
    }
    for (let i = scan.children.length - 1; i >= 0; i--) this.pending.push(scan.children[i]!);
    return true;
  }

  private collect(block: Element): void {
    this.sink.pendingBreak = true;
    this.region = new FlatWalk(block, this.rules, this.sink);
  }
}
