/**
 * Arrow-key movement between the items of a list or tab bar, so a long list is one Tab stop away
 * from the next region yet every item stays reachable: the page list and the search results
 * (Up/Down, stopping at the ends), the view tabs (Left/Right, wrapping, roving tab index), and
 * the search box above its results (Down enters the list, Up from the first result returns).
 * Home and End jump to the first and last item.
 *
 * Hand-written: Hypothesis's `useArrowKeyNavigation` is the model, but its library is tied to
 * its design system, and this is one small function.
 */
import type { RefObject } from 'preact';
import { useRef } from 'preact/hooks';

export interface ArrowKeyOptions {
  /** The items, matched inside the container. */
  selector: string;
  /** Up/Down (lists, the default) or Left/Right (tab bars). */
  orientation?: 'vertical' | 'horizontal';
  /** Past the last item back to the first and the other way (tab bars), instead of stopping. */
  wrap?: boolean;
  /**
   * A field before the items (the search box): the "next" arrow in it moves to the first item,
   * the "previous" arrow on the first item returns to it. Home and End stay among the items.
   */
  entry?: RefObject<HTMLElement | null>;
  /** Moves to an item some other way than focusing it (a tab bar selects the tab). */
  onMove?: (index: number, item: HTMLElement) => void;
}

export interface ArrowKeys<T extends Element> {
  /** Put on the element that holds the items. */
  ref: RefObject<T | null>;
  /** Put on the container (and on the entry field); true when the key moved. */
  onKeyDown: (event: KeyboardEvent) => boolean;
}

const KEYS = {
  vertical: { previous: 'ArrowUp', next: 'ArrowDown' },
  horizontal: { previous: 'ArrowLeft', next: 'ArrowRight' },
} as const;

/**
 * The index a key moves to from `current` (-1: none focused yet) among `count` items, or null
 * when the key is not one of ours.
 */
export function arrowKeyTarget(
  key: string,
  current: number,
  count: number,
  { orientation = 'vertical', wrap = false }: Pick<ArrowKeyOptions, 'orientation' | 'wrap'> = {},
): number | null {
  const { previous, next } = KEYS[orientation];
  const last = count - 1;
  const to = new Map([
    ['Home', 0],
    ['End', last],
    [next, current + 1],
    [previous, current - 1],
  ]).get(key);
  if (to === undefined || count === 0) return null;
  return wrap ? (to + count) % count : Math.max(0, Math.min(last, to));
}

export function useArrowKeys<T extends Element>(options: ArrowKeyOptions): ArrowKeys<T> {
  const ref = useRef<T>(null);
  const onKeyDown = (event: KeyboardEvent): boolean => {
    const container = ref.current;
    if (!container) return false;
    const { selector, entry, onMove } = options;
    const items = [...container.querySelectorAll<HTMLElement>(selector)];
    // Inside a shadow root the document only sees the host as active; the root knows the real one.
    const active = (container.getRootNode() as Document | ShadowRoot).activeElement;
    const keys = KEYS[options.orientation ?? 'vertical'];
    let target: HTMLElement | undefined;
    if (entry?.current && active === entry.current) {
      // In the field, only the key that leaves it is ours; the others move its caret.
      if (event.key === keys.next) target = items[0];
    } else {
      const current = items.indexOf(active as HTMLElement);
      if (entry?.current && current === 0 && event.key === keys.previous) target = entry.current;
      else {
        const to = arrowKeyTarget(event.key, current, items.length, options);
        target = to === null ? undefined : items[to];
      }
    }
    if (!target) return false;
    event.preventDefault();
    const index = items.indexOf(target);
    if (onMove && index !== -1) onMove(index, target);
    else target.focus();
    return true;
  };
  return { ref, onKeyDown };
}
