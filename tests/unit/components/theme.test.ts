import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  applyTheme,
  contrastRatio,
  pageThemeCss,
  TEXT_PAIRS,
  themeCss,
  themes,
  UI_PAIRS,
} from '@/components/theme';
import { BADGE_COLOR } from '@/entrypoints/background/handlers';

/** Every stylesheet that draws with the palette: the sidebar's, the popup's and the options page's. */
const STYLESHEETS = [
  'components/styles/sidebar.css',
  'assets/extension-page.css',
  'entrypoints/popup/style.css',
  'entrypoints/options/style.css',
];

describe('theme', () => {
  test.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48],
  ])('computes the WCAG contrast of %s on %s', (a, b, expected) => {
    expect(contrastRatio(a, b)).toBeCloseTo(expected, 1);
  });

  const cases = (pairs: typeof TEXT_PAIRS) =>
    (['light', 'dark'] as const).flatMap((theme) =>
      pairs.map(([fg, bg]) => [theme, fg, bg] as const),
    );

  test.each(cases(TEXT_PAIRS))(
    '%s theme: text %s on %s reaches WCAG AA (4.5:1)',
    (theme, fg, bg) => {
      expect(contrastRatio(themes[theme][fg], themes[theme][bg])).toBeGreaterThanOrEqual(4.5);
    },
  );

  test.each(cases(UI_PAIRS))(
    '%s theme: %s on %s reaches 3:1 for UI components',
    (theme, fg, bg) => {
      expect(contrastRatio(themes[theme][fg], themes[theme][bg])).toBeGreaterThanOrEqual(3);
    },
  );

  test('the tooltip inverts fg and bg, which therefore also reach AA', () => {
    for (const t of Object.values(themes))
      expect(contrastRatio(t.bg, t.fg)).toBeGreaterThanOrEqual(4.5);
  });

  test('dark applies by setting and, on auto, by the system preference', () => {
    const css = themeCss();
    expect(css).toContain(`.jl[data-theme=dark]{--bg:${themes.dark.bg}`);
    expect(css).toMatch(
      /@media \(prefers-color-scheme:dark\)\{\.jl\[data-theme=auto\]\{--bg:#16181c/,
    );
  });

  test.each(STYLESHEETS)('every colour variable %s uses is defined by the theme', (path) => {
    const css = readFileSync(path, 'utf8');
    const used = new Set([...css.matchAll(/var\(--([a-z-]+)/g)].map((m) => m[1]));
    used.delete('w');
    expect(used.size).toBeGreaterThan(0);
    for (const name of used) expect(Object.keys(themes.light)).toContain(name);
  });

  test('the extension pages hold no colours of their own', () => {
    for (const path of STYLESHEETS.slice(1)) {
      expect(readFileSync(path, 'utf8')).not.toMatch(/#[0-9a-f]{3,8}\b|rgb\(|hsl\(/i);
    }
  });

  test('the popup and options get the same palette, dark by setting or system preference', () => {
    const css = pageThemeCss();
    expect(css).toContain(`:root{--bg:${themes.light.bg};`);
    expect(css).toContain(`:root[data-theme=dark]{--bg:${themes.dark.bg};`);
    expect(css).toMatch(
      /@media \(prefers-color-scheme:dark\)\{:root:not\(\[data-theme=light\]\)\{--bg:#16181c/,
    );
  });

  test('applyTheme writes the palette into the page once and pins or unpins the theme', () => {
    const root = document.documentElement;
    applyTheme('dark', root);
    applyTheme('auto', root);
    const styles = document.querySelectorAll('style#jl-palette');
    expect(styles).toHaveLength(1);
    expect(styles[0]!.textContent).toBe(pageThemeCss());
    expect(root.dataset.theme).toBeUndefined();
    applyTheme('light', root);
    expect(root.dataset.theme).toBe('light');
    styles[0]!.remove();
    delete root.dataset.theme;
  });

  test('the toolbar badge wears the one accent colour', () => {
    expect(BADGE_COLOR).toBe(themes.light.accent);
  });
});
