/**
 * Where a floating card or tooltip goes: next to its anchor, below it when it fits, above it when
 * it would run off the bottom, and always at least {@link VIEWPORT_MARGIN} inside the viewport.
 * The hover card and the glossary tooltip both measure themselves after render and ask this.
 * Hand-written rather than Floating UI: two popovers with one rule do not pay for a library in
 * the content script.
 */

/** The least distance kept between a floating box and the viewport's edges, in CSS pixels. */
export const VIEWPORT_MARGIN = 8;

/** Where the anchor wants the box, in viewport coordinates. */
export interface Anchor {
  /** The box's preferred left edge. */
  left: number;
  /** The box's top edge when shown below the anchor. */
  below: number;
  /** The box's bottom edge when shown above the anchor. */
  above: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Position {
  left: number;
  top: number;
}

/** The position for a box of `size` at `anchor` inside a viewport of `viewport`. */
export function place(anchor: Anchor, size: Size, viewport: Size): Position {
  const m = VIEWPORT_MARGIN;
  const left = Math.max(m, Math.min(anchor.left, viewport.width - size.width - m));
  const fitsBelow = anchor.below + size.height <= viewport.height - m;
  const top = Math.max(m, fitsBelow ? anchor.below : anchor.above - size.height);
  return { left, top };
}

/** {@link place} for a rendered element, measured in its own window; null when detached. */
export function placeElement(el: Element, anchor: Anchor): Position | null {
  const win = el.ownerDocument.defaultView;
  if (!win) return null;
  const { width, height } = el.getBoundingClientRect();
  return place(anchor, { width, height }, { width: win.innerWidth, height: win.innerHeight });
}
