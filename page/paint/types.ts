/**
 * The painter's contract: the interface, the styles, the flash duration and the names we
 * register. Its own module so that `sidebar/guards/stale-copies.ts` recognises our names by the
 * same pattern that makes them without importing the painter.
 */
import type { HighlightStyle } from '@/core/settings';
import type { MentionRecord } from '../mentions/mention-index';

/** The user's "highlight style" setting (defined by the settings schema), as painters take it. */
export type { HighlightStyle };

export interface HighlightPainter {
  /** Paints exactly `records`, replacing what was painted before. */
  paint(records: readonly MentionRecord[]): void;
  /** Emphasises one mention for {@link FLASH_MS}. */
  flash(record: MentionRecord): void;
  setStyle(style: HighlightStyle): void;
  /** Lets the rule reach text inside an open shadow root. */
  addRoot(root: ShadowRoot): void;
  /** Re-registers our highlights and sheet if the page dropped them; O(1), rate-limited. */
  ensureRegistered(): void;
  destroy(): void;
}

/** How long the focus flash of "scroll to mention" stays. */
export const FLASH_MS = 1000;

/**
 * The body of our highlight names, `jaklens-` and six lowercase letters or digits, as regex
 * source: {@link randomHighlightName} makes names of this form and the stale-copy guard looks for
 * them (and for `::highlight(` rules naming them) after an add-on update.
 */
export const HIGHLIGHT_NAME_SOURCE = 'jaklens-[a-z0-9]{6}';

/**
 * A main highlight name or a companion: the flash, or the misspellings' dotted highlight
 * (`jaklens-k3x9q2`, `jaklens-k3x9q2-flash`, `jaklens-k3x9q2-fuzzy`).
 */
export const HIGHLIGHT_NAME = new RegExp(`^${HIGHLIGHT_NAME_SOURCE}(?:-flash|-fuzzy)?$`);

/** A highlight name unlikely to collide with the page's own (`jaklens-k3x9q2`). */
export function randomHighlightName(): string {
  return `jaklens-${Math.random().toString(36).slice(2, 8).padEnd(6, '0')}`;
}
