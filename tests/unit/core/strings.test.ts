import { describe, expect, test } from 'vitest';
import { format, plural, strings } from '@/core/strings';

/** Every leaf of the table with its dotted path: a template, or one form of a plural. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, path ? `${path}.${k}` : k),
  );
}

/** Objects whose keys are exactly the English plural categories. */
function plurals(value: unknown, path = ''): [string, Record<string, string>][] {
  if (typeof value !== 'object' || value === null) return [];
  const keys = Object.keys(value).sort();
  if (keys.join() === 'one,other') return [[path, value as Record<string, string>]];
  return Object.entries(value).flatMap(([k, v]) => plurals(v, path ? `${path}.${k}` : k));
}

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

describe('format', () => {
  test('fills every occurrence of each named placeholder', () => {
    expect(format('{a} and {b}, then {a}', { a: 'x', b: 2 })).toBe('x and 2, then x');
  });

  test('leaves a placeholder without a value as written, so the gap is visible', () => {
    expect(format('Back to {view}', { other: 'y' })).toBe('Back to {view}');
  });

  test('does not read placeholders from inside the values it inserts', () => {
    expect(format('{a}{b}', { a: '{b}', b: 'B' })).toBe('{b}B');
  });

  test('fills the table’s templates with the values their call sites give', () => {
    expect(format(strings.dataVersion, { version: '2.0.0', date: '2026-12-01' })).toBe(
      'Data v2.0.0 · 2026-12-01',
    );
    expect(format(strings.noResults, { query: 'rinv' })).toBe('No results for “rinv”.');
  });
});

describe('plural', () => {
  test('uses the "one" form for exactly one and "other" for zero, many and fractions', () => {
    expect(plural(strings.mentions, 1)).toBe('1 mention');
    expect(plural(strings.mentions, 0)).toBe('0 mentions');
    expect(plural(strings.mentions, 5)).toBe('5 mentions');
    expect(plural(strings.mentions, 1.5)).toBe('1.5 mentions');
  });

  test('fills other placeholders besides the count', () => {
    expect(plural({ one: '{n} {what}', other: '{n} {what}s' }, 3, { what: 'drug' })).toBe(
      '3 drugs',
    );
  });

  test('the count always wins over a value named n', () => {
    expect(plural(strings.results, 2, { n: 9 })).toBe('2 results');
  });
});

describe('the string table', () => {
  // `%s` is the browser's own token in a context-menu title (the selected text), not ours.
  const browserTokens: Record<string, string> = { contextMenuLookup: '%s' };

  test('uses no placeholder syntax but {word} tokens, so _locales messages can be generated', () => {
    const bad = leaves(strings).filter(([path, text]) => {
      const rest = text.replace(/\{[a-zA-Z]\w*\}/g, '').replace(browserTokens[path] ?? '\0', '');
      return /[{}$%]/.test(rest);
    });
    expect(bad).toEqual([]);
  });

  test('every plural has both English forms, each with the count {n} and the same other tokens', () => {
    const found = plurals(strings);
    expect(found.map(([path]) => path)).toEqual(
      expect.arrayContaining(['launcher', 'mentions', 'results']),
    );
    for (const [path, forms] of found) {
      expect(placeholders(forms.one!), path).toContain('n');
      expect(placeholders(forms.other!).sort(), path).toEqual(placeholders(forms.one!).sort());
    }
  });

  test('holds only text: no functions, so every entry is data a translation can replace', () => {
    const kinds = new Set<string>();
    const walk = (v: unknown): void => {
      kinds.add(typeof v);
      if (typeof v === 'object' && v !== null) Object.values(v).forEach(walk);
    };
    walk(strings);
    expect([...kinds].sort()).toEqual(['object', 'string']);
  });
});
