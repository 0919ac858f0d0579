import { describe, expect, test } from 'vitest';
import { findMentions } from '@/core/matcher';

/** [surface, drugId] pairs. */
const found = (text: string) => findMentions(text).map((m) => [m.surface, m.drugId]);

describe('findMentions: names written against other scripts', () => {
  test.each([
    ['Chinese on both sides', '使用Dupilumab治疗', 'Dupilumab', 'dupilumab'],
    ['Katakana before', 'ウパダシチニブUpadacitinib', 'Upadacitinib', 'upadacitinib'],
    ['the Katakana prolonged-sound mark', 'クリームーOpzelura', 'Opzelura', 'ruxolitinib-topical'],
    ['Hiragana after', 'Rinvoqを服用', 'Rinvoq', 'upadacitinib'],
    ['Hangul on both sides', '환자Dupixent투여', 'Dupixent', 'dupilumab'],
    ['Thai, ending in a Thai vowel sign', 'ใช้Cibinqoรักษา', 'Cibinqo', 'abrocitinib'],
    ['Arabic', 'دواءBaricitinibللعلاج', 'Baricitinib', 'baricitinib'],
    ['Hebrew', 'תרופהTofacitinib', 'Tofacitinib', 'tofacitinib'],
    ['Cyrillic', 'препаратUpadacitinibв', 'Upadacitinib', 'upadacitinib'],
    ['Greek', 'φάρμακοAbrocitinibγια', 'Abrocitinib', 'abrocitinib'],
    ['Devanagari', 'दवाTralokinumabसे', 'Tralokinumab', 'tralokinumab'],
  ])('finds a Latin name glued to %s', (_name, text, surface, drugId) => {
    expect(found(text)).toEqual([[surface, drugId]]);
  });

  test('gives offsets of the Latin name only', () => {
    const text = '使用Dupilumab治疗';
    const [m] = findMentions(text);
    expect(text.slice(m!.start, m!.end)).toBe('Dupilumab');
  });

  test('finds a multi-word form between CJK characters', () => {
    expect(found('服用Rinvoq LQ之后')).toEqual([['Rinvoq LQ', 'upadacitinib']]);
  });

  test('finds a name through a soft hyphen next to CJK text', () => {
    expect(found('使用Dupi\u00ADlumab治疗')).toEqual([['Dupilumab', 'dupilumab']]);
  });

  test.each([
    ['a Latin letter between the CJK text and the name', '使用xDupilumab治疗'],
    ['an accented Latin letter', '使用Dupilumabé'],
    ['a digit', '使用2Dupilumab'],
    ['a full-width digit', '使用Dupilumab２'],
    ['a full-width Latin letter', 'ｘDupilumab'],
    ['a combining accent', 'Dupilumab\u0301治疗'],
  ])('still ignores a name glued to %s', (_name, text) => {
    expect(findMentions(text)).toEqual([]);
  });
});
