/**
 * The DOM range a mention covers, from the start of its first piece to the end of its last
 * (a mention can span several text nodes, `Rin<b>voq</b>`). Painting wants a static range,
 * hit-testing a live one it can measure; both are built here from the same bounds.
 */
import type { MentionRecord } from '../mentions/mention-index';

/** A live Range over `record`, or null if it has no pieces or its nodes no longer fit. */
export function liveRangeOf(doc: Document, record: MentionRecord): Range | null {
  const first = record.pieces[0];
  const last = record.pieces[record.pieces.length - 1];
  if (first === undefined || last === undefined) return null;
  try {
    const range = doc.createRange();
    range.setStart(first.node, first.start);
    range.setEnd(last.node, last.end);
    return range;
  } catch {
    return null;
  }
}

/**
 * A static range over a mention: StaticRange is not updated on every DOM mutation the way a live
 * Range is, which matters with thousands of them; a mutation re-scan replaces stale ones anyway.
 * Falls back to a live Range where StaticRange is missing.
 */
export function rangeOf(doc: Document, record: MentionRecord): AbstractRange | null {
  const first = record.pieces[0];
  const last = record.pieces[record.pieces.length - 1];
  if (first === undefined || last === undefined) return null;
  if (typeof StaticRange !== 'function') return liveRangeOf(doc, record);
  return new StaticRange({
    startContainer: first.node,
    startOffset: first.start,
    endContainer: last.node,
    endOffset: last.end,
  });
}
