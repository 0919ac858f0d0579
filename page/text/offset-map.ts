/**
 * The offset map between collected text and the DOM: which text node holds which stretch of the
 * string the matcher saw. Pure data plus binary searches, so the scan CLI shares it.
 */

/** One text node's place in the collected text: `text.slice(start, end) === node.data`. */
export interface TextSegment {
  node: Text;
  start: number;
  /** Kept explicitly so a node edited after collection cannot shift later lookups. */
  end: number;
}

/**
 * Visible text of a subtree as one string. Between blocks sits a `\n` that belongs to no
 * segment; soft hyphens and zero-width characters stay in `text` (the matcher reads through them).
 */
export interface CollectedText {
  text: string;
  segments: TextSegment[];
}

/** A stretch of one text node, in that node's own offsets. */
export interface NodePiece {
  node: Text;
  start: number;
  end: number;
}

/** Index of the segment holding the character at `offset`, or -1 if it is a separator. */
export function segmentAt(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = segments[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * The node stretches covering `[start, end)` of the collected text, in document order. A name
 * split across inline elements (`upa<b>dacitinib</b>`) yields one piece per text node.
 */
export function piecesOf(
  segments: readonly TextSegment[],
  start: number,
  end: number,
): NodePiece[] {
  const pieces: NodePiece[] = [];
  const first = segmentAt(segments, start);
  if (first < 0) return pieces;
  for (let i = first; i < segments.length; i++) {
    const s = segments[i]!;
    if (s.start >= end) break;
    const from = Math.max(start, s.start) - s.start;
    const to = Math.min(end, s.end) - s.start;
    if (to > from) pieces.push({ node: s.node, start: from, end: to });
  }
  return pieces;
}

/** Whether a separator (a gap between segments) lies inside `[start, end)`. */
export function spansSeparator(
  segments: readonly TextSegment[],
  start: number,
  end: number,
): boolean {
  const first = segmentAt(segments, start);
  if (first < 0) return true;
  for (let i = first; i < segments.length - 1; i++) {
    const s = segments[i]!;
    if (s.end >= end) return false;
    if (segments[i + 1]!.start !== s.end) return true;
  }
  return false;
}

/** The `[start, end)` of the block (gap-free run of segments) holding segment `index`. */
export function blockAround(segments: readonly TextSegment[], index: number): [number, number] {
  let lo = index;
  while (lo > 0 && segments[lo - 1]!.end === segments[lo]!.start) lo--;
  let hi = index;
  while (hi < segments.length - 1 && segments[hi]!.end === segments[hi + 1]!.start) hi++;
  return [segments[lo]!.start, segments[hi]!.end];
}
