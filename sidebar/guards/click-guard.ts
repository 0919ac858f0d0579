/**
 * Clickjacking protection for the sidebar. A page cannot reach into our closed shadow root, but
 * it can make the sidebar invisible (near-zero opacity or an `opacity()` filter on `<html>`, our
 * host's ancestor) or lay a see-through layer over it (a `pointer-events: none` popover in the
 * top layer) and lure the user into clicking where our buttons are. So events that can make the
 * sidebar act are dropped, in the capture phase at the shadow root, unless they are trusted and
 * the host is actually visible at that moment. Reads computed style only on such events.
 */

/** Events that start a sidebar action (button activation, drag-resize, keyboard shortcuts). */
export const GUARDED_EVENTS = ['click', 'auxclick', 'dblclick', 'pointerdown', 'keydown'] as const;

/** Below this effective opacity (host and ancestors multiplied) the sidebar counts as hidden. */
export const MIN_OPACITY = 0.5;
/** `brightness()`/`contrast()` below this leave text unreadable; `invert()` and the like do not. */
const MIN_FILTER_AMOUNT = 0.35;
/** A blur wider than this makes text unreadable. */
const MAX_BLUR_PX = 2;

const TOP_LAYER = ':modal, :popover-open, :fullscreen';

/**
 * Whether a computed `filter` value hides content: low opacity, brightness or contrast, or a wide
 * blur. Colour filters (invert, hue-rotate, grayscale, sepia) keep contrast and are allowed, so
 * dark-mode extensions that invert the page do not disable the sidebar.
 */
export function filterHides(filter: string): boolean {
  if (!filter || filter === 'none') return false;
  for (const [, fn, amount, unit] of filter.matchAll(/([a-z-]+)\(\s*(-?[\d.]+)(%|px)?/g)) {
    const value = Number(amount) / (unit === '%' ? 100 : 1);
    if (!Number.isFinite(value)) return true;
    if (fn === 'opacity' && value < MIN_OPACITY) return true;
    if ((fn === 'brightness' || fn === 'contrast') && value < MIN_FILTER_AMOUNT) return true;
    if (fn === 'blur' && value > MAX_BLUR_PX) return true;
  }
  return false;
}

/** A viewport point, when the event has one (keyboard activation has none). */
export interface Point {
  x: number;
  y: number;
}

function contains(rect: DOMRect, p: Point): boolean {
  return p.x >= rect.left && p.x <= rect.right && p.y >= rect.top && p.y <= rect.bottom;
}

/**
 * Whether `host` is really on screen for the user: connected, opaque enough through all its
 * ancestors, not filtered into invisibility, and not under a top-layer element at `point`.
 * Page CSS cannot lower the host's own opacity (our `:host` rules are `!important` and win over
 * the page's), so the ancestors are what a page can use.
 */
export function isHostVisible(host: Element, point?: Point | null): boolean {
  const doc = host.ownerDocument;
  const win = doc.defaultView;
  if (!host.isConnected || win === null) return false;
  let opacity = 1;
  for (let el: Element | null = host; el !== null; el = el.parentElement) {
    const style = win.getComputedStyle(el);
    const own = Number.parseFloat(style.opacity);
    opacity *= Number.isFinite(own) ? own : 1;
    if (filterHides(style.filter)) return false;
    if (style.display === 'none') return false;
  }
  if (opacity < MIN_OPACITY) return false;
  if (point) {
    let layered: NodeListOf<Element>;
    try {
      layered = doc.querySelectorAll(TOP_LAYER);
    } catch {
      return true; // a browser without these selectors has no such layer to check
    }
    for (const el of layered) {
      if (el !== host && !el.contains(host) && contains(el.getBoundingClientRect(), point))
        return false;
    }
  }
  return true;
}

function pointOf(event: Event): Point | null {
  // A click from the keyboard (Enter, Space) has detail 0 and no meaningful coordinates.
  if (!(event instanceof MouseEvent) || (event.type === 'click' && event.detail === 0)) return null;
  return { x: event.clientX, y: event.clientY };
}

/**
 * Installs the guard on our shadow root; returns the function that removes it. `onBlocked` is
 * for tests and diagnostics.
 */
export function guardActions(
  shadow: ShadowRoot,
  host: Element,
  onBlocked?: (event: Event) => void,
): () => void {
  const check = (event: Event) => {
    if (event.isTrusted && isHostVisible(host, pointOf(event))) return;
    event.stopImmediatePropagation();
    event.preventDefault();
    onBlocked?.(event);
  };
  for (const type of GUARDED_EVENTS) shadow.addEventListener(type, check, true);
  return () => {
    for (const type of GUARDED_EVENTS) shadow.removeEventListener(type, check, true);
  };
}
