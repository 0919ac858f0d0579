/**
 * "Push page" without touching the page DOM: a constructed stylesheet in the page's
 * `adoptedStyleSheets` that gives `<html>` a margin as wide as the panel. Adoption goes through
 * `page/paint/adopted-sheet.ts`, the one place that handles `adoptedStyleSheets` (and pages that
 * freeze or replace it). Degrades to overlay when constructed stylesheets are unavailable.
 */
import { AdoptedSheet } from '@/page/paint/adopted-sheet';

/** Below this viewport width the panel is a full-width sheet and never pushes the page. */
const NARROW_PX = 500;

/**
 * The rule {@link createPushLayout} writes, as the browser serialises it (`html { margin-right:
 * 380px !important; }`): `guards/stale-copies.ts` recognises an earlier copy's sheet by it.
 */
export const PUSH_RULE = /html\s*\{\s*margin-(?:left|right):\s*\d+px\s*!important/;

export interface PushLayout {
  /** Pushes the page aside by `width` on `side` while `on`; removes the sheet otherwise. */
  apply(on: boolean, side: 'left' | 'right', width: number): void;
}

export function createPushLayout(doc: Document): PushLayout {
  let sheet: AdoptedSheet | null = null;
  let rules = '';
  return {
    apply(on, side, width) {
      if (!on) {
        sheet?.detachAll();
        return;
      }
      try {
        sheet ??= new AdoptedSheet();
        const css = `@media (min-width:${NARROW_PX}px){html{margin-${side}:${width}px !important}}`;
        if (css !== rules) sheet.setRules(css);
        rules = css;
        sheet.attach(doc);
      } catch {
        // No constructed stylesheets here: the panel overlays instead.
      }
    },
  };
}
