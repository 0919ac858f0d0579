/**
 * Reaching closed shadow roots, which only extension code can do, each browser its own way:
 * Firefox gives content scripts `element.openOrClosedShadowRoot`, Chromium `browser.dom`. Used to
 * recognise an earlier copy's sidebar host (sidebar/guards/stale-copies.ts).
 */
import { browser } from 'wxt/browser';

/** The element's shadow root, open or closed; null when it has none or we cannot reach it. */
export function openOrClosedShadowRoot(el: Element): ShadowRoot | null {
  const firefox = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null })
    .openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox;
  const dom = (browser as unknown as { dom?: { openOrClosedShadowRoot?(el: Element): ShadowRoot } })
    .dom;
  return dom?.openOrClosedShadowRoot?.(el) ?? null;
}
