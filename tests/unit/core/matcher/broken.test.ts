import { describe, expect, test } from 'vitest';
import { findMentions, mightContainName, mightMention } from '@/core/matcher';

describe('names broken at a line end by a hyphen and a space', () => {
  test.each([
    ['PDF text with a space', 'treated with tacro- limus ointment', 'tacro- limus', 'tacrolimus'],
    ['page source with a line break', 'treated with tacro-\nlimus', 'tacro-\nlimus', 'tacrolimus'],
    ['a break and indentation', 'upadaci-\n    tinib 15 mg', 'upadaci-\n    tinib', 'upadacitinib'],
    ['a typographic hyphen', 'dupi\u2010 lumab', 'dupi\u2010 lumab', 'dupilumab'],
    ['a brand', 'Dupi- xent', 'Dupi- xent', 'dupilumab'],
    ['a multi-word form', 'mycopheno- late mofetil', 'mycopheno- late mofetil', 'mycophenolate'],
  ])('finds a name split in %s', (_name, text, written, drugId) => {
    const mentions = findMentions(text);
    expect(mentions.map((m) => [text.slice(m.start, m.end), m.drugId])).toEqual([
      [written, drugId],
    ]);
    expect(mentions[0]!.surface).toBe(written.replace(/[-\u2010]\s+/, ''));
  });

  test('keeps other mentions around a broken one, in order', () => {
    const text = 'Rinvoq, then tacro- limus, then Cibinqo';
    expect(findMentions(text).map((m) => m.surface)).toEqual(['Rinvoq', 'tacrolimus', 'Cibinqo']);
  });

  test.each([
    [
      'a German elided compound part',
      'Abrocitinib- oder Baricitinib-Behandlung',
      ['Abrocitinib', 'Baricitinib'],
    ],
    ['two words that are no name joined', 'pre- and post-treatment', []],
    ['a left part glued to a Latin letter', 'étacro- limus', []],
    ['a join that runs on into a longer word', 'tacro- limusx', []],
    ['a one-letter left part', 'a- baricitinib', ['baricitinib']],
  ])('does not join %s', (_name, text, surfaces) => {
    expect(findMentions(text).map((m) => m.surface)).toEqual(surfaces);
  });

  test('finds a broken name through a soft hyphen, with offsets into the original text', () => {
    const text = 'on ta\u00ADcro- limus';
    const [m] = findMentions(text);
    expect([m!.surface, text.slice(m!.start, m!.end)]).toEqual([
      'tacrolimus',
      'ta\u00ADcro- limus',
    ]);
  });

  test('makes the pre-checks say yes for a text whose only name is broken', () => {
    expect(mightMention('see tacro- limus')).toBe(true);
    expect(mightContainName('see tacro- limus')).toBe(true);
    expect(mightMention('see ta\u00ADcro- limus')).toBe(true);
    expect(mightMention('see pre- and post-')).toBe(false);
  });
});
