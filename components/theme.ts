/**
 * Colour themes as data, so the WCAG contrast of every text/background pair is checked by a unit
 * test rather than by eye, and the CSS custom properties are generated from one place: the
 * sidebar (`themeCss`, inside its shadow root) and the extension's own pages, popup and options
 * (`applyTheme` writes `pageThemeCss` into the page), so the product has one palette and one
 * accent colour, also used for the toolbar badge.
 */
import type { Settings } from '@/core/settings';

export type ThemeName = 'light' | 'dark';
export type Palette = Record<ThemeToken, string>;

export type ThemeToken =
  | 'bg'
  | 'surface'
  | 'fg'
  | 'muted'
  | 'border'
  | 'accent'
  | 'on-accent'
  | 'chip-bg'
  | 'chip-fg'
  | 'warn-bg'
  | 'warn-fg'
  | 'mark-bg'
  | 'mark-fg'
  | 'focus'
  | 'rule'
  | 'error-bg'
  | 'error-fg';

export const themes: Record<ThemeName, Palette> = {
  light: {
    bg: '#ffffff',
    surface: '#f5f6f8',
    fg: '#1b1f24',
    muted: '#56606b',
    border: '#d5dae0',
    accent: '#0b5cad',
    'on-accent': '#ffffff',
    'chip-bg': '#e6eef8',
    'chip-fg': '#0a4683',
    'warn-bg': '#fdf2d3',
    'warn-fg': '#5f4100',
    'mark-bg': '#fff0a8',
    'mark-fg': '#1b1f24',
    focus: '#0b5cad',
    rule: '#8fb0d6',
    'error-bg': '#fdecea',
    'error-fg': '#8a1c12',
  },
  dark: {
    bg: '#16181c',
    surface: '#1f2329',
    fg: '#e6e8eb',
    muted: '#a7b0bb',
    border: '#3a414b',
    accent: '#80b6f7',
    'on-accent': '#0b1220',
    'chip-bg': '#1e2b3e',
    'chip-fg': '#bcd7fb',
    'warn-bg': '#3a2e12',
    'warn-fg': '#f3d78f',
    'mark-bg': '#4a3f0e',
    'mark-fg': '#fff3c4',
    focus: '#80b6f7',
    rule: '#4f6f97',
    'error-bg': '#3b1c19',
    'error-fg': '#ffb4a9',
  },
};

/**
 * Text colour on background colour pairs the stylesheets actually use (the sidebar's, and the
 * popup's and options page's through `assets/extension-page.css`); each must reach AA.
 */
export const TEXT_PAIRS: [fg: ThemeToken, bg: ThemeToken][] = [
  ['fg', 'bg'],
  ['fg', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['on-accent', 'accent'],
  ['chip-fg', 'chip-bg'],
  ['warn-fg', 'warn-bg'],
  ['mark-fg', 'mark-bg'],
  ['error-fg', 'error-bg'],
];

/** Non-text pairs (focus ring against the panel and the pages) need 3:1 (WCAG 1.4.11). */
export const UI_PAIRS: [fg: ThemeToken, bg: ThemeToken][] = [
  ['focus', 'bg'],
  ['focus', 'surface'],
];

function channel(hex: string, i: number): number {
  const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);
}

/** WCAG 2 contrast ratio, 1–21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function vars(p: Palette): string {
  return Object.entries(p)
    .map(([k, v]) => `--${k}:${v}`)
    .join(';');
}

/**
 * Custom properties for `.jl` (the root inside our shadow root): light by default, dark when the
 * theme setting says so or, on `auto`, when the system prefers dark.
 */
export function themeCss(): string {
  const dark = vars(themes.dark);
  return (
    `.jl{${vars(themes.light)};color-scheme:light}` +
    `.jl[data-theme=dark]{${dark};color-scheme:dark}` +
    `@media (prefers-color-scheme:dark){.jl[data-theme=auto]{${dark};color-scheme:dark}}`
  );
}

/**
 * Custom properties for an extension page's `:root` (popup, options): light by default, dark when
 * the theme setting pins it (`data-theme=dark`) or, unpinned (`auto`), when the system prefers
 * dark. `color-scheme` stays in `assets/extension-page.css`, so the canvas and form controls
 * follow the system even before this is written.
 */
export function pageThemeCss(): string {
  const dark = vars(themes.dark);
  return (
    `:root{${vars(themes.light)}}` +
    `:root[data-theme=dark]{${dark}}` +
    `@media (prefers-color-scheme:dark){:root:not([data-theme=light]){${dark}}}`
  );
}

/** The `<style>` that holds {@link pageThemeCss} in an extension page. */
const PAGE_STYLE_ID = 'jl-palette';

/**
 * Applies the theme setting to an extension page (popup, options), writing the palette into it
 * on the first call: `auto` leaves it to `prefers-color-scheme`, the others pin it.
 */
export function applyTheme(
  theme: Settings['theme'],
  root: HTMLElement = document.documentElement,
): void {
  const doc = root.ownerDocument;
  if (!doc.getElementById(PAGE_STYLE_ID)) {
    const style = doc.createElement('style');
    style.id = PAGE_STYLE_ID;
    style.textContent = pageThemeCss();
    (doc.head ?? root).append(style);
  }
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
