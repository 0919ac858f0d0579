import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startJakLens } from './lifecycle';
import { removeStaleCopies } from '@/sidebar/guards/stale-copies';

/**
 * The content script runs in the top document only (`allFrames` off): one sidebar per tab, and
 * frames are the page's business. It does nothing on documents that are not HTML (SVG, XML,
 * JSON and plain-text views), where a sidebar host would corrupt the document.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main(ctx) {
    if (!isHtmlDocument(document)) return;
    // Firefox injects an updated add-on into open tabs while the old copy is already dead.
    removeStaleCopies(document, { shadowRootOf: openOrClosedShadowRoot });
    startJakLens(ctx, document);
  },
});

function isHtmlDocument(doc: Document): boolean {
  return (
    (doc.contentType === 'text/html' || doc.contentType === 'application/xhtml+xml') &&
    doc.documentElement instanceof HTMLHtmlElement &&
    doc.body !== null
  );
}

/** Closed roots too: Firefox gives content scripts `openOrClosedShadowRoot`, Chromium `dom`. */
function openOrClosedShadowRoot(el: Element): ShadowRoot | null {
  const firefox = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null })
    .openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox;
  const dom = (browser as unknown as { dom?: { openOrClosedShadowRoot?(el: Element): ShadowRoot } })
    .dom;
  return dom?.openOrClosedShadowRoot?.(el) ?? null;
}
