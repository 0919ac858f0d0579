import { describe, expect, test } from 'vitest';
import { compileMatcher, renderCompiledModule, tokenize } from '@/core/matcher/compile';
import { FORM_CODE, FORM_FUZZY } from '@/core/matcher/types';

const GAP = '[-\\u2010\\u2011\\s]?';

describe('tokenize', () => {
  test.each([
    ['lowercases and splits a name into characters', 'Vtama', ['v', 't', 'a', 'm', 'a']],
    [
      'makes the letter-digit gap of a code optional',
      'ABT-494',
      ['a', 'b', 't', GAP, '4', '9', '4'],
    ],
    ['adds an optional gap to a code written without one', 'FK506', ['f', 'k', GAP, '5', '0', '6']],
    [
      'turns a space into any run of whitespace',
      'Rinvoq LQ',
      ['r', 'i', 'n', 'v', 'o', 'q', '\\s+', 'l', 'q'],
    ],
    ['turns a hyphen between letters into any hyphen', 'a-b', ['a', '[-\\u2010\\u2011]', 'b']],
    ['escapes regex metacharacters', 'a.b+', ['a', '\\.', 'b', '\\+']],
  ])('%s', (_name, surface, tokens) => {
    expect(tokenize(surface)).toEqual(tokens);
  });
});

describe('compileMatcher', () => {
  const compiled = compileMatcher([
    { surface: 'Rinvoq', drugId: 'upadacitinib' },
    { surface: 'Rinvoq LQ', drugId: 'upadacitinib' },
    { surface: 'ruxolitinib', drugId: 'ruxolitinib' },
    { surface: 'ABT-494', drugId: 'upadacitinib', code: true },
  ]);

  test('factors shared prefixes like a trie', () => {
    expect(compiled.source).toBe(`(?:abt${GAP}494|r(?:invoq(?:\\s+lq)?|uxol(?:itinib|(?!))))`);
  });

  test('tries the longer form first', () => {
    expect(new RegExp(compiled.source, 'i').exec('Rinvoq LQ')?.[0]).toBe('Rinvoq LQ');
  });

  test('lists drug ids sorted and keys pointing into them, codes and fuzzy forms flagged', () => {
    expect(compiled.drugIds).toEqual(['ruxolitinib', 'upadacitinib']);
    expect(compiled.keys).toEqual([
      ['abt494', 1, FORM_CODE],
      ['rinvoq', 1, 0],
      ['rinvoqlq', 1, 0],
      ['ruxolitinib', 0, FORM_FUZZY],
    ]);
  });

  test('marks the exact prefix of a form the fuzzy rule covers with a never-matching alternative', () => {
    expect(compiled.source).toContain('uxol(?:itinib|(?!))');
    expect(new RegExp(`^(?:${compiled.source})$`).test('ruxolitinib')).toBe(true);
    expect(new RegExp(`^(?:${compiled.source})$`).test('ruxolxyz')).toBe(false);
    expect(compiled.prefixes).toBe('ruxol');
  });

  test.each([['Rinvoq®'], ['(x)'], ['éclair'], ['Ovalé'], ['Rinvoq\u4e00x']])(
    'refuses the form "%s", that is not ASCII or accented Latin with ASCII letter-or-digit edges',
    (surface) => {
      expect(() => compileMatcher([{ surface, drugId: 'x' }])).toThrow(/must be ASCII/);
    },
  );

  test('compiles an empty dictionary to a regex that never matches', () => {
    expect(new RegExp(compileMatcher([]).source).test('anything')).toBe(false);
  });

  test('renders a module whose pattern string evaluates back to the source', () => {
    const text = renderCompiledModule(compiled);
    const literal = /PATTERN_SOURCE = '(.*)';/.exec(text)?.[1] ?? '';
    expect(literal.replace(/\\\\/g, '\\')).toBe(compiled.source);
  });
});
