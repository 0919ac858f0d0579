import { defineContentScript } from 'wxt/utils/define-content-script';
import { isPdfDocument } from '@/core/pdf-document';
import { isScannableFrame } from '@/page/dom/frame';
import { sendToBackground } from '@/platform/messaging';
import { openOrClosedShadowRoot } from '@/platform/shadow-access';
import { removeStaleCopies } from '@/sidebar/guards/stale-copies';
import { claimFrame } from '@/sidebar/stage-link';
import { contextGone } from './context-gone';
import { startGate } from './gate';

/**
 * The gate of stage 1, the only script the manifest declares (docs/design.md, "Two stages"): it
 * runs in every frame (srcdoc and about:blank frames included) and has the detector
 * (entrypoints/detector/) injected where the text might name a drug; the sidebar (stage 2,
 * entrypoints/ui/) follows on demand. It does nothing on documents that
 * are not HTML (SVG, XML, JSON and plain-text views), where a host element would corrupt the
 * document, nor in frames too small to read or sandboxed without scripts (page/dom/frame.ts).
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main(ctx) {
    // Chrome's PDF viewer document: the background may send the tab to the reader (an option).
    if (window === window.top && isPdfDocument(document.contentType, location.href)) {
      void sendToBackground({ type: 'pdf-document', url: location.href });
    }
    if (!isHtmlDocument(document) || !isScannableFrame(window)) return;
    // Injected again after an update (background) while a live copy runs: one copy is enough.
    if (!claimFrame({ signal: ctx.signal, alive: () => !contextGone(ctx) })) return;
    const isTop = window === window.top;
    // Firefox injects an updated add-on into open tabs while the old copy is already dead (in
    // Chromium an old copy tears itself down, so the Chrome bundle leaves this out).
    if (isTop && import.meta.env.FIREFOX) {
      removeStaleCopies(document, { shadowRootOf: openOrClosedShadowRoot });
    }
    startGate(ctx, document, isTop);
  },
});

function isHtmlDocument(doc: Document): boolean {
  return (
    (doc.contentType === 'text/html' || doc.contentType === 'application/xhtml+xml') &&
    doc.documentElement instanceof HTMLHtmlElement &&
    doc.body !== null
  );
}
