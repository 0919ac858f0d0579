import { defineContentScript } from 'wxt/utils/define-content-script';
import { openOrClosedShadowRoot } from '@/platform/shadow-access';
import { removeStaleCopies } from '@/sidebar/guards/stale-copies';
import { startJakLens } from './lifecycle';

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
