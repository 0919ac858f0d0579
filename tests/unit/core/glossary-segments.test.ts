import { describe, expect, test } from 'vitest';
import type { GlossaryTerm } from '@/data/schema';
import { segmentGlossary } from '@/core/glossary-segments';

const term = (id: string, t: string, aliases: string[] = []): GlossaryTerm => ({
  id,
  term: t,
  aliases,
  definition: `Definition of ${t}.`,
  sourceId: 'src',
});

const glossary = [
  term('easi', 'EASI'),
  term('easi-90', 'EASI-90', ['EASI 90']),
  term('tyk2', 'TYK2'),
  term('boxed-warning', 'boxed warning'),
];

const terms = (text: string, opts = {}) =>
  segmentGlossary(text, glossary, opts)
    .filter((s) => s.kind === 'term')
    .map((s) => (s.kind === 'term' ? [s.text, s.termId] : []));

describe('segmentGlossary', () => {
  test('covers the text exactly with offsets that slice back to each segment', () => {
    const text = 'Reaching EASI-90 on a TYK2 blocker; see the boxed warning.';
    const segments = segmentGlossary(text, glossary);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(segments[0]?.start).toBe(0);
    expect(segments.at(-1)?.end).toBe(text.length);
  });

  test.each([
    ['prefers the longest term', 'an EASI-90 response', [['EASI-90', 'easi-90']]],
    ['matches aliases', 'an EASI 90 response', [['EASI 90', 'easi-90']]],
    [
      'matches case-insensitively and keeps the original spelling',
      'a Boxed Warning',
      [['Boxed Warning', 'boxed-warning']],
    ],
    ['ignores terms inside longer words', 'TYK2s and EASIER', []],
    [
      'finds several terms in order',
      'TYK2 then EASI',
      [
        ['TYK2', 'tyk2'],
        ['EASI', 'easi'],
      ],
    ],
    ['handles text with no terms', 'nothing here', []],
    ['handles empty text', '', []],
  ])('%s', (_name, text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  test('marks every occurrence by default and only the first with firstOnly', () => {
    expect(terms('TYK2 and TYK2')).toHaveLength(2);
    expect(terms('TYK2 and TYK2', { firstOnly: true })).toEqual([['TYK2', 'tyk2']]);
  });

  test('returns the whole text as one plain segment for an empty glossary', () => {
    expect(segmentGlossary('TYK2', [])).toEqual([{ kind: 'text', text: 'TYK2', start: 0, end: 4 }]);
  });

  test('escapes regular-expression characters in terms', () => {
    const odd = [term('plus', 'IL-4R(α)+')];
    expect(segmentGlossary('an IL-4R(α)+ blocker', odd).map((s) => s.kind)).toEqual([
      'text',
      'term',
      'text',
    ]);
  });
});
