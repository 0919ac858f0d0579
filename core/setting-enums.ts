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
