import { describe, expect, test } from 'vitest';
import { drugs } from '@/data/drugs';
import type { Drug } from '@/data/schema';
import { LEXICON_EXTRA } from '@/data/lexicon-extra';
import { buildLexicon, surfaceKey } from '@/core/matcher';

/** A minimal drug for lexicon tests; only the names matter here. */
function createDrug(id: string, names: Partial<Drug['names']> = {}): Drug {
  return {
    id,
    names: { generic: id, variants: [], brands: [], codes: [], salts: [], suffixed: [], ...names },
    classes: ['test-class'],
    targets: ['T'],
    routes: ['oral'],
    approvals: [],
    summary: 'test',
    namedInInterview: false,
  };
}

const supplemental = { sourceId: 'test', asOf: '2026-01-01' };

describe('buildLexicon', () => {
  test('lists every kind of name with its drug', () => {
    const drug = createDrug('upadacitinib', {
      variants: ['upadacitinibum'],
      brands: [{ name: 'Rinvoq', form: 'tablet', markets: [{ region: 'US', ...supplemental }] }],
      codes: [{ code: 'ABT-494', ...supplemental }],
      salts: [{ name: 'upadacitinib tartrate', ...supplemental }],
      suffixed: ['upadacitinib-abcd'],
    });
    expect(buildLexicon([drug]).map((e) => e.surface)).toEqual([
      'upadacitinib',
      'upadacitinibum',
      'Rinvoq',
      'ABT-494',
      'upadacitinib tartrate',
      'upadacitinib-abcd',
      'upadacitinibs',
    ]);
  });

  test('marks research codes, and only them', () => {
    const drug = createDrug('upadacitinib', {
      brands: [{ name: 'Rinvoq', form: 'tablet', markets: [{ region: 'US', ...supplemental }] }],
      codes: [{ code: 'ABT-494', ...supplemental }],
    });
    expect(buildLexicon([drug]).map((e) => [e.surface, e.code ?? false])).toEqual([
      ['upadacitinib', false],
      ['Rinvoq', false],
      ['ABT-494', true],
      ['upadacitinibs', false],
    ]);
  });

  test('marks the forms the ambiguity audit names, with when they are ambiguous', () => {
    const drug = createDrug('leflunomide', {
      codes: [{ code: 'HWA-486', ...supplemental }],
      variants: ['Arava'],
    });
    const audit = [{ surface: 'arava', when: 'always' as const, otherMeanings: 'a valley' }];
    expect(
      buildLexicon([drug], { ambiguous: audit }).map((e) => [e.surface, e.ambiguous ?? null]),
    ).toEqual([
      ['leflunomide', null],
      ['Arava', 'always'],
      ['HWA-486', null],
      ['leflunomides', null],
    ]);
  });

  test('refuses an audit entry that is no form of any drug', () => {
    const audit = [{ surface: 'Nowhere', when: 'always' as const, otherMeanings: 'x' }];
    expect(() => buildLexicon([createDrug('leflunomide')], { ambiguous: audit })).toThrow(
      /not a form/,
    );
  });

  test('accepts the real extra data: every audited form and national spelling names a drug', () => {
    expect(() => buildLexicon(drugs, LEXICON_EXTRA)).not.toThrow();
  });

  test('adds national spellings to the drug their `of` form names, and German genitives', () => {
    const drug = createDrug('methotrexate');
    const national = [
      {
        spelling: 'Methotrexat',
        of: 'methotrexate',
        languages: ['de' as const],
        source: 'x',
        asOf: 'y',
      },
      {
        spelling: 'metotrexato',
        of: 'methotrexate',
        languages: ['es' as const],
        source: 'x',
        asOf: 'y',
      },
    ];
    expect(buildLexicon([drug], { national }).map((e) => [e.surface, e.drugId])).toEqual([
      ['methotrexate', 'methotrexate'],
      ['Methotrexat', 'methotrexate'],
      ['metotrexato', 'methotrexate'],
      ['methotrexates', 'methotrexate'],
      ['Methotrexats', 'methotrexate'],
    ]);
  });

  test('adds no genitive to a name ending in s', () => {
    expect(buildLexicon([createDrug('tacrolimus')]).map((e) => e.surface)).toEqual(['tacrolimus']);
  });

  test('refuses a national spelling of a form no drug has', () => {
    const national = [
      { spelling: 'Foo', of: 'nothing', languages: ['de' as const], source: 'x', asOf: 'y' },
    ];
    expect(() => buildLexicon([createDrug('one')], { national })).toThrow(/not a form/);
  });

  test('keeps one entry when a drug lists the same form twice in different spellings', () => {
    const drug = createDrug('x-drug', { generic: 'xdrug', variants: ['XDRUG', 'x-drug'] });
    expect(buildLexicon([drug])).toEqual([
      { surface: 'xdrug', drugId: 'x-drug', main: true },
      { surface: 'xdrugs', drugId: 'x-drug' },
    ]);
  });

  test.each([
    ['the same form', 'Foozumab', 'foozumab'],
    ['a form differing only by case and hyphen', 'ABT-494', 'abt494'],
    ['a form differing only by NFKC width', 'ＡＢＴ494', 'ABT 494'],
  ])('refuses two drugs claiming %s', (_name, a, b) => {
    expect(() =>
      buildLexicon([createDrug('one', { generic: a }), createDrug('two', { generic: b })]),
    ).toThrow(/claimed by both one and two/);
  });

  test('accepts the real dataset: no form is claimed by two drugs', () => {
    expect(() => buildLexicon(drugs)).not.toThrow();
  });
});

describe('surfaceKey', () => {
  test.each([
    ['ABT-494', 'abt494'],
    ['ABT 494', 'abt494'],
    ['Rinvoq\u00A0\nLQ', 'rinvoqlq'],
    ['PF\u201104965842', 'pf04965842'],
    ['ＲＩＮＶＯＱ', 'rinvoq'],
  ])('keys "%s" as "%s"', (surface, key) => {
    expect(surfaceKey(surface)).toBe(key);
  });
});

describe('dataset forms the matcher will highlight', () => {
  const lexicon = buildLexicon(drugs);
  /** Everyday and clinical words a brand must not be, or every page would light up. */
  const ORDINARY = new Set(
    'about after again also cream daily dose drug foam lotion oral pill skin tablet the therapy'.split(
      ' ',
    ),
  );

  test('has no form that is an ordinary word', () => {
    expect(lexicon.filter((e) => ORDINARY.has(e.surface.toLowerCase()))).toEqual([]);
  });

  test('has no form shorter than five letters or digits', () => {
    expect(lexicon.filter((e) => surfaceKey(e.surface).length < 5)).toEqual([]);
  });

  test('covers every drug in the dataset', () => {
    expect(new Set(lexicon.map((e) => e.drugId))).toEqual(new Set(drugs.map((d) => d.id)));
  });
});
