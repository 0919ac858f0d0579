import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contrastRatio, TEXT_PAIRS, themeCss, themes, UI_PAIRS } from '@/components/theme';

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

  test('every colour variable the stylesheet uses is defined by the theme', () => {
    const css = readFileSync('components/styles/sidebar.css', 'utf8');
    const used = new Set([...css.matchAll(/var\(--([a-z-]+)/g)].map((m) => m[1]));
    used.delete('w');
    for (const name of used) expect(Object.keys(themes.light)).toContain(name);
  });
});
