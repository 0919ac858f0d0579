/**
 * Leftovers of an earlier copy of this content script in the same page. Firefox injects the new
 * copy into open tabs when the add-on is updated or reloaded, and the old copy's sandbox is
 * already gone by then: it cannot run its own teardown, so its sidebar host, highlights and
 * stylesheets would stay beside the new ones (two hosts, two highlights). The new copy removes
 * them before it starts. In Chromium an old copy tears itself down
 * (entrypoints/content/lifecycle.ts), and this finds nothing. The name patterns and the push rule
 * are imported from the modules that make them, so a change there cannot silently break this.
 */
import { HIGHLIGHT_NAME, HIGHLIGHT_NAME_SOURCE } from '@/page/paint/types';
import { HOST_TAG } from '../host-element';
import { PUSH_RULE } from '../push-layout';

/** Rules only our sheets hold: the highlight rules and the "push page" margin. */
const OUR_RULE = new RegExp(`::highlight\\(${HIGHLIGHT_NAME_SOURCE}|${PUSH_RULE.source}`);

export interface StaleCopyOptions {
  /** The shadow root of an element, closed ones included (Firefox: `openOrClosedShadowRoot`). */
  shadowRootOf: (el: Element) => ShadowRoot | null | undefined;
}

/** Whether `el` is a sidebar host made by a copy of JAK Lens (checked inside its shadow root). */
function isOurHost(el: Element, options: StaleCopyOptions): boolean {
  if (!HOST_TAG.test(el.localName)) return false;
  let root: ShadowRoot | null | undefined;
  try {
    root = options.shadowRootOf(el);
  } catch {
    return false;
  }
  return !!root && root.querySelector('style') !== null && root.querySelector('.jl') !== null;
}

function isOurSheet(sheet: CSSStyleSheet): boolean {
  try {
    return [...sheet.cssRules].some((rule) => OUR_RULE.test(rule.cssText));
  } catch {
    return false;
  }
}

/**
 * The names in the page's highlight registry. Firefox's Xray wrappers do not iterate maplikes
 * ("Xray wrapping of iterators not supported"), so there the page's own view is read through
 * `wrappedJSObject`; only strings are taken from it.
 */
function highlightNames(doc: Document): string[] {
  try {
    return [...(globalThis.CSS?.highlights?.keys() ?? [])];
  } catch {
    // Firefox content script: fall through to the page's view.
  }
  try {
    const pageView = (doc.defaultView as unknown as { wrappedJSObject?: typeof globalThis })
      ?.wrappedJSObject?.CSS?.highlights;
    return pageView ? Array.from(pageView.keys(), (name) => String(name)) : [];
  } catch {
    return [];
  }
}

/** Removes what earlier copies left in `doc`; returns how many things were removed. */
export function removeStaleCopies(doc: Document, options: StaleCopyOptions): number {
  let removed = 0;
  for (const el of [...(doc.documentElement?.children ?? [])]) {
    if (isOurHost(el, options)) {
      el.remove();
      removed++;
    }
  }
  // The registry is the page's, shared with content scripts (as in highlights.ts).
  const registry = globalThis.CSS?.highlights;
  for (const name of highlightNames(doc)) {
    if (!HIGHLIGHT_NAME.test(name)) continue;
    try {
      registry?.delete(name);
      removed++;
    } catch {
      // A registry the page replaced or froze: nothing we can do about it.
    }
  }
  try {
    const sheets = doc.adoptedStyleSheets;
    const kept = sheets.filter((sheet) => !isOurSheet(sheet));
    if (kept.length !== sheets.length) {
      removed += sheets.length - kept.length;
      doc.adoptedStyleSheets = kept;
    }
  } catch {
    // No constructed stylesheets here.
  }
  return removed;
}
