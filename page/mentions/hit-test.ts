/**
 * Pointer position → caret position → our own interval index (see mention-index.ts). One
 * document-level listener in the wiring calls this; no listener per mention, no DOM per mention.
 */
import { liveRangeOf } from '../paint/range';
import type { MentionRecord } from './mention-index';

export interface Caret {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/**
 * The caret at a viewport point. `caretPositionFromPoint` (Firefox, Chromium 128+) reaches into
 * the open shadow roots passed to it instead of stopping at their hosts; older Chromium only has
 * `caretRangeFromPoint`.
 */
export function caretFromPoint(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
): Caret | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const position =
      shadowRoots.length > 0
        ? d.caretPositionFromPoint(x, y, { shadowRoots })
        : d.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/**
 * The text position an element-level caret points at: `(parent, i)` means "before child i",
 * which is a mention's start when that child is text, or just after the previous text child.
 */
export function textCaret(caret: Caret): Caret | null {
  const { node, offset } = caret;
  if (node.nodeType === 3) return caret;
  const after = node.childNodes[offset];
  if (after?.nodeType === 3) return { node: after, offset: 0 };
  const before = node.childNodes[offset - 1];
  if (before?.nodeType === 3) return { node: before, offset: (before as Text).length };
  return null;
}

/**
 * Whether the point really lies on the mention: a caret snaps to the nearest text, so a pointer
 * in the margin beside a line would otherwise hit its last word. Reads layout, but only on hover.
 */
export function pointOnRecord(doc: Document, record: MentionRecord, x: number, y: number): boolean {
  const range = liveRangeOf(doc, record);
  if (range === null) return false;
  let rects: DOMRectList | undefined;
  try {
    rects = range.getClientRects?.();
  } catch {
    return false;
  }
  if (rects === undefined || rects.length === 0) return true;
  const slack = 1;
  for (const r of rects) {
    if (
      x >= r.left - slack &&
      x <= r.right + slack &&
      y >= r.top - slack &&
      y <= r.bottom + slack
    ) {
      return true;
    }
  }
  return false;
}
