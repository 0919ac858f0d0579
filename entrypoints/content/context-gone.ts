import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Whether this copy of the content script is orphaned (the extension was reloaded, updated or
 * disabled); tells `ctx` the first time. WXT's own `ctx.isInvalid` reads `browser.runtime.id`,
 * which in Chromium 156 *throws* "Extension context invalidated" instead of returning undefined,
 * so its `ctx.setInterval` threw every second and never tore anything down.
 */
export function contextGone(ctx: ContentScriptContext): boolean {
  if (ctx.signal.aborted) return true;
  try {
    if (browser.runtime?.id != null) return false;
  } catch {
    // Orphaned: the runtime is gone.
  }
  ctx.notifyInvalidated();
  return true;
}
