import { describe, expect, test } from 'vitest';
import { NATIONAL_SPELLINGS } from '@/data/lexicon-extra';
import { findMentions } from '@/core/matcher';

/** [surface, drugId] pairs. */
const found = (text: string) => findMentions(text).map((m) => [m.surface, m.drugId]);

describe('national INN spellings', () => {
  test.each([
    ['German', 'Unter Methotrexat und Azathioprin', ['Methotrexat', 'Azathioprin']],
    ['German, capitals', 'METHOTREXAT 15 MG', ['METHOTREXAT']],
    ['French, with accents', 'le méthotrexate et le léflunomide', ['méthotrexate', 'léflunomide']],
    ['French, accents in capitals', 'MÉTHOTREXATE', ['MÉTHOTREXATE']],
    [
      'Spanish',
      'metotrexato, azatioprina y micofenolato de mofetilo',
      ['metotrexato', 'azatioprina', 'micofenolato de mofetilo'],
    ],
    [
      'Portuguese',
      'ciclosporina ou micofenolato de mofetila',
      ['ciclosporina', 'micofenolato de mofetila'],
    ],
    [
      'Dutch',
      'methotrexaat of mycofenolaatmofetil, mycofenolzuur',
      ['methotrexaat', 'mycofenolaatmofetil', 'mycofenolzuur'],
    ],
    [
      'Latin, as Swiss labels list the active substance',
      'Wirkstoffe: Ciclosporinum.',
      ['Ciclosporinum'],
    ],
  ])('finds %s spellings', (_name, text, surfaces) => {
    expect(findMentions(text).map((m) => m.surface)).toEqual(surfaces);
  });

  test('names the same drug as the English form', () => {
    expect(found('Methotrexat, méthotrexate, metotrexato, methotrexaat')).toEqual([
      ['Methotrexat', 'methotrexate'],
      ['méthotrexate', 'methotrexate'],
      ['metotrexato', 'methotrexate'],
      ['methotrexaat', 'methotrexate'],
    ]);
  });

  test('finds a French spelling written without its accents', () => {
    expect(found('le methotrexate')).toEqual([['methotrexate', 'methotrexate']]);
  });

  test("does not pass off a plain spelling written with another language's accent", () => {
    // German "Leflunomid" with the accent of French "léflunomide" is no listed spelling.
    expect(findMentions('léflunomid the')).toEqual([]);
    expect(found('léflunomide 20 mg')).toEqual([['léflunomide', 'leflunomide']]);
  });

  test('does not let an accented letter stand for a different plain letter', () => {
    expect(findMentions('máthotrexate mÉthotrexatx')).toEqual([]);
  });

  test('every national spelling has a public source and an as-of date', () => {
    for (const n of NATIONAL_SPELLINGS) {
      expect(n.source, n.spelling).toMatch(/^https:\/\/[^\s]+$/);
      expect(n.asOf, n.spelling).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('German genitive', () => {
  test.each([
    ['des Methotrexats', 'Methotrexats', 'methotrexate'],
    ['des Upadacitinibs', 'Upadacitinibs', 'upadacitinib'],
    ['des Azathioprins', 'Azathioprins', 'azathioprine'],
  ])('finds "%s"', (text, surface, drugId) => {
    expect(found(text)).toEqual([[surface, drugId]]);
  });

  test('adds no second s to a name ending in s', () => {
    expect(findMentions('Tacrolimuss')).toEqual([]);
  });
});

describe('German compounds', () => {
  test.each([
    ['Ciclosporintherapie', 'Ciclosporin', 'cyclosporine'],
    ['Methotrexattabletten', 'Methotrexat', 'methotrexate'],
    ['Upadacitinibbehandlung', 'Upadacitinib', 'upadacitinib'],
    ['Tacrolimussalbe', 'Tacrolimus', 'tacrolimus'],
    ['Dupilumabgabe', 'Dupilumab', 'dupilumab'],
    ['Ciclosporinspiegel', 'Ciclosporin', 'cyclosporine'],
  ])('finds the name in "%s", highlighting only the name', (text, surface, drugId) => {
    const [m, ...rest] = findMentions(`Die ${text} beginnt.`);
    expect(rest).toEqual([]);
    expect([m!.surface, m!.drugId, m!.start]).toEqual([surface, drugId, 4]);
  });

  test.each([
    ['an ending not on the list', 'Ciclosporinwerte'],
    ['a listed ending that runs on', 'Ciclosporintherapieplan'],
    ['a listed ending glued to an accented letter', 'Ciclosporintherapieé'],
  ])('ignores %s', (_name, text) => {
    expect(findMentions(text)).toEqual([]);
  });

  test('finds a compound through a soft hyphen', () => {
    expect(found('Ciclo\u00ADsporin\u00ADtherapie')).toEqual([['Ciclosporin', 'cyclosporine']]);
  });
});
