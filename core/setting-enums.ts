/**
 * The values of the settings that are enumerations, without the schema library: stage 1, the
 * per-page detector, checks the configuration it receives against these (core/detector-protocol.ts)
 * while core/settings.ts builds its schema from them, so the two can never disagree.
 */
export const SITE_MODES = ['all', 'only-listed', 'except-listed'] as const;
export const HIGHLIGHT_STYLES = ['background', 'underline', 'none'] as const;
export const SIDES = ['left', 'right'] as const;
export const LAYOUTS = ['overlay', 'push'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
/** How long the pointer rests on a mention before its card shows ("hover cards" turns them off). */
export const HOVER_DELAYS = ['short', 'long'] as const;
/** The dwell of each {@link HOVER_DELAYS} choice, in milliseconds: the one place they are set. */
export const HOVER_DELAY_MS: Readonly<Record<(typeof HOVER_DELAYS)[number], number>> = {
  short: 300,
  long: 800,
};
