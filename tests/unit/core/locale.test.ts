import { afterEach, describe, expect, test } from 'vitest';
import { UI_LANGUAGES } from '@/core/languages';
import { setLanguage, TRANSLATIONS } from '@/core/locale';
import { flattenTable, placeholderNames } from '@/core/locales/chrome-messages';
import { format, plural, strings, stringsLanguage } from '@/core/strings';

const PLURAL_FORMS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const TRANSLATED = UI_LANGUAGES.filter((lang) => lang !== 'en');

/** Dotted paths of a table's messages, a plural's extra categories (beyond English's) left out. */
function englishShapedPaths(table: object): string[] {
  const english = new Set(flattenTable(TRANSLATIONS.en).map(([p]) => p.join('.')));
  return flattenTable(table)
    .map(([p]) => p.join('.'))
    .filter((path) => english.has(path) || !PLURAL_FORMS.has(path.split('.').pop() ?? ''));
}

/** Every plural object of a table, by path. */
function pluralsOf(value: unknown, path = ''): [string, Record<string, string>][] {
  if (typeof value !== 'object' || value === null) return [];
  if ('one' in value && 'other' in value) return [[path, value as Record<string, string>]];
  return Object.entries(value).flatMap(([k, v]) => pluralsOf(v, path ? `${path}.${k}` : k));
}

const englishMessages = new Map(flattenTable(TRANSLATIONS.en).map(([p, t]) => [p.join('.'), t]));

afterEach(() => {
  setLanguage('en');
});

describe.each(TRANSLATED)('the %s table', (lang) => {
  const table = TRANSLATIONS[lang];

  test('has every English message, and no other', () => {
    expect(englishShapedPaths(table).sort()).toEqual([...englishMessages.keys()].sort());
  });

  test('uses the same {placeholders} as English in every message and plural form', () => {
    const mismatches = flattenTable(table).flatMap(([path, template]) => {
      const key = path.join('.');
      const english =
        englishMessages.get(key) ?? englishMessages.get([...path.slice(0, -1), 'other'].join('.'));
      const want = placeholderNames(english ?? '').sort();
      const got = placeholderNames(template).sort();
      return want.join() === got.join() ? [] : [`${key}: ${got.join()} ≠ ${want.join()}`];
    });
    expect(mismatches).toEqual([]);
  });

  test('keeps the browser’s %s wherever English has it', () => {
    const mismatches = flattenTable(table).filter(([path, template]) => {
      const english = englishMessages.get(path.join('.')) ?? '';
      return english.split('%s').length !== template.split('%s').length;
    });
    expect(mismatches).toEqual([]);
  });

  test('has no empty message', () => {
    expect(flattenTable(table).filter(([, t]) => t.trim() === '')).toEqual([]);
  });

  test('gives each plural only the categories the language’s plural rules use', () => {
    const categories = new Set<string>(
      new Intl.PluralRules(lang).resolvedOptions().pluralCategories,
    );
    const extra = pluralsOf(table).flatMap(([path, forms]) =>
      Object.keys(forms)
        .filter((form) => !categories.has(form))
        .map((form) => `${path}.${form}`),
    );
    expect(extra).toEqual([]);
  });

  test('names the extension and fits the stores’ limits (name 75, description 132)', () => {
    expect(table.extensionName).toBe('JAK Lens');
    expect(table.extensionDescription.length).toBeLessThanOrEqual(132);
  });

  test('names every language by its own name, as English does', () => {
    expect(table.languageNames).toEqual(TRANSLATIONS.en.languageNames);
  });
});

describe('setLanguage', () => {
  test('switches the shared table, so a consumer reading strings.x sees the new language', () => {
    expect(setLanguage('de')).toBe('de');
    expect(strings.close).toBe('JAK Lens schließen');
    expect(strings.tabs.search).toBe('Suche');
    expect(stringsLanguage()).toBe('de');
  });

  test('updates nested groups in place, for modules that kept a reference to one', () => {
    const reader = strings.reader;
    setLanguage('es');
    expect(reader.passwordCancel).toBe('Cancelar');
    expect(strings.reader).toBe(reader);
  });

  test('chooses plural forms by the language’s own rules', () => {
    setLanguage('fr');
    expect(plural(strings.mentions, 0)).toBe('0 mention');
    expect(plural(strings.mentions, 2)).toBe('2 mentions');
    expect(plural(strings.mentions, 1_000_000)).toBe('1000000 de mentions');
    setLanguage('de');
    expect(plural(strings.mentions, 0)).toBe('0 Erwähnungen');
    expect(plural(strings.mentions, 1_000_000)).toBe('1000000 Erwähnungen');
    expect(strings.mentions).not.toHaveProperty('many');
  });

  test('fills templates in the new language', () => {
    setLanguage('pt');
    expect(format(strings.noResults, { query: 'rinv' })).toBe('Nenhum resultado para “rinv”.');
  });

  test('"auto" follows the browser’s language and falls back to English', () => {
    expect(setLanguage('auto', 'pt-BR')).toBe('pt');
    expect(strings.close).toBe('Fechar o JAK Lens');
    expect(setLanguage('auto', 'it-IT')).toBe('en');
    expect(strings.close).toBe('Close JAK Lens');
  });

  test('switching back to English restores every English message exactly', () => {
    const before = structuredClone(strings);
    for (const lang of TRANSLATED) setLanguage(lang);
    setLanguage('en');
    expect(strings).toEqual(before);
  });

  test.each(TRANSLATED)('in %s, the table shown is that language’s, not English', (lang) => {
    setLanguage(lang);
    // Words that are the same in the language (names, "Zoom", French "Source", "Options") are
    // allowed; a quarter of the table would mean it fell back to English.
    const same = flattenTable(strings).filter(
      ([path, t]) => englishMessages.get(path.join('.')) === t,
    );
    expect(same.length).toBeLessThan(englishMessages.size / 4);
  });
});
