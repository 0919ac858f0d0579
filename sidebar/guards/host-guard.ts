/** Our host element and how to put it back (stage 1's, entrypoints/content/detector.ts). */
interface GuardedHost {
  readonly element: HTMLElement;
  reattach(): boolean;
}

/** Remounts allowed per window: a page that keeps deleting our host gets this many, then quiet. */
export const MAX_REMOUNTS = 5;
export const REMOUNT_WINDOW_MS = 10_000;

/**
 * Puts our host back when the page removes it (frameworks that re-render <body> do this
 * innocently), but only a bounded number of times per 10 s: a page that removes it on every
 * mutation must not turn us into a CPU spin.
 */
export function guardHost(doc: Document, getHost: () => GuardedHost | null) {
  let observer: MutationObserver | null = null;
  let remounts: number[] = [];

  let body: HTMLElement | null = null;

  /** Only the two places a host can live are watched, not the whole subtree. */
  const observeParents = () => {
    if (!observer) return;
    observer.observe(doc.documentElement, { childList: true });
    if (doc.body && doc.body !== body) {
      body = doc.body;
      observer.observe(body, { childList: true });
    }
  };

  const check = () => {
    observeParents();
    const host = getHost();
    // Our place is directly under <html>: moved into a hidden container counts as removed.
    if (!host || host.element.parentNode === doc.documentElement) return;
    const now = Date.now();
    remounts = remounts.filter((t) => now - t < REMOUNT_WINDOW_MS);
    if (remounts.length >= MAX_REMOUNTS) return;
    remounts.push(now);
    if (host.element.isConnected) host.element.remove();
    host.reattach();
  };

  return {
    start() {
      if (observer) return;
      observer = new MutationObserver(check);
      observeParents();
    },
    stop() {
      observer?.disconnect();
      observer = null;
      body = null;
    },
  };
}
