import { describe, expect, test } from 'vitest';
import { resolveLanguage } from '@/core/languages';

describe('resolveLanguage', () => {
  test('a chosen language wins over the browser’s', () => {
    expect(resolveLanguage('fr', 'de-DE')).toBe('fr');
    expect(resolveLanguage('en', 'pt-BR')).toBe('en');
  });

  test.each([
    ['de', 'de'],
    ['de-AT', 'de'],
    ['pt-BR', 'pt'],
    ['pt_PT', 'pt'],
    ['ES-419', 'es'],
    ['fr-CA', 'fr'],
    ['en-GB', 'en'],
  ])('"auto" follows the browser’s language %s by its primary subtag', (browser, expected) => {
    expect(resolveLanguage('auto', browser)).toBe(expected);
  });

  test.each([['it-IT'], ['ja'], [''], [undefined]])(
    '"auto" falls back to English for a browser language we do not have (%s)',
    (browser) => {
      expect(resolveLanguage('auto', browser)).toBe('en');
    },
  );
});
