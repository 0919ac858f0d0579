import { describe, expect, test } from 'vitest';
import { findMentions, mightMention } from '../../../utils/matcher';

const found = (text: string) => findMentions(text).map((m) => [m.surface, m.drugId]);

describe('findMentions', () => {
  test.each([
    [
      'finds a generic name in a sentence',
      'We started upadacitinib today.',
      [['upadacitinib', 'upadacitinib']],
    ],
    [
      'matches case-insensitively',
      'UPADACITINIB and Abrocitinib',
      [
        ['UPADACITINIB', 'upadacitinib'],
        ['Abrocitinib', 'abrocitinib'],
      ],
    ],
    [
      'treats a hyphen after the name as a boundary',
      'abrocitinib-induced acne',
      [['abrocitinib', 'abrocitinib']],
    ],
    ['treats a slash as a boundary', 'Xeljanz/XR', [['Xeljanz', 'tofacitinib']]],
    ['treats a registered mark as a boundary', 'Rinvoq® tablets', [['Rinvoq', 'upadacitinib']]],
    [
      'finds a name inside a German compound joined by hyphen',
      'Upadacitinib-Therapie',
      [['Upadacitinib', 'upadacitinib']],
    ],
    ['prefers the longest form', 'Rinvoq LQ oral solution', [['Rinvoq LQ', 'upadacitinib']]],
    [
      'keeps a biologic suffix in one mention',
      'tralokinumab-ldrm',
      [['tralokinumab-ldrm', 'tralokinumab']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test.each([
    ['ignores a name embedded in a longer word', 'xupadacitinib'],
    ['ignores class words and targets', 'JAK inhibitor JAK1 JAK2 V617F IL-13'],
  ])('%s', (_name, text) => {
    expect(findMentions(text)).toEqual([]);
    expect(typeof mightMention(text)).toBe('boolean');
  });
});
