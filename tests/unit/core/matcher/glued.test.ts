import { describe, expect, test } from 'vitest';
import { findMentions } from '@/core/matcher';

const GLUED = { glued: true } as const;
const found = (text: string, options = GLUED) =>
  findMentions(text, options).map((m) => [m.surface, m.drugId]);

describe('names glued to what follows (PDF-derived text only)', () => {
  test('a name glued to a dose counts', () => {
    expect(found('Rinvoq15 mg once daily')).toEqual([['Rinvoq', 'upadacitinib']]);
    expect(found('Olumiant2mg')).toEqual([['Olumiant', 'baricitinib']]);
  });

  test('a long one-word name glued to the next word counts', () => {
    expect(found('upadacitinibtablets 15 mg')).toEqual([['upadacitinib', 'upadacitinib']]);
    expect(found('Take methotrexateweekly')).toEqual([['methotrexate', 'methotrexate']]);
  });

  test('a short name glued to a word does not: it is too often a longer word', () => {
    expect(found('Rinvoqtablets, Vtamax')).toEqual([]);
  });

  test('a code glued to another digit is another code', () => {
    expect(found('ABT-4941 and ABT-494 15 mg')).toEqual([['ABT-494', 'upadacitinib']]);
  });

  test('a multi-word form backs off to its one-word form rather than glue', () => {
    expect(found('Xeljanz XRay')).toEqual([['Xeljanz', 'tofacitinib']]);
  });

  test('the start still needs a boundary', () => {
    expect(found('xupadacitinibtablets 10Rinvoq')).toEqual([]);
  });

  test('is off for HTML and plain text (the default)', () => {
    expect(found('Rinvoq15 mg upadacitinibtablets', {} as typeof GLUED)).toEqual([]);
  });
});
