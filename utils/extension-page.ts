/**
 * Small helpers shared by the extension's own pages (popup, options). DOM only, no `browser`.
 */
import type { Drug } from '@/data/schema';
import type { Settings } from './settings';

/** Display names by drug id: the INN with a capital, as at the start of a list entry. */
export function drugNames(drugs: readonly Pick<Drug, 'id' | 'names'>[]): Map<string, string> {
  return new Map(
    drugs.map((d) => [d.id, d.names.generic.charAt(0).toUpperCase() + d.names.generic.slice(1)]),
  );
}

/**
 * Applies the theme setting to the page: `auto` leaves it to `prefers-color-scheme` (the CSS
 * uses `color-scheme: light dark`), the others pin it.
 */
export function applyTheme(
  theme: Settings['theme'],
  root: HTMLElement = document.documentElement,
): void {
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
