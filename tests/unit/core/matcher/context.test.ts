import { describe, expect, test } from 'vitest';
import { applyContext, findCandidates, findMentions } from '@/core/matcher';
import { nearDrugContext, NEAR } from '@/core/matcher/context';

/** [surface, drugId] pairs after the context rule. */
const found = (text: string) => findMentions(text).map((m) => [m.surface, m.drugId]);

describe('ambiguous names: everyday uses are not mentions', () => {
  test.each([
    ['a region', 'We drove south through the Arava to Eilat.'],
    ['a region in a heading', 'ARAVA VALLEY: DATE FARMS AND DESERT HIKES'],
    ['a regional council', 'The Arava Regional Council runs the visitor centre.'],
    ['an aircraft', 'The IAI Arava is a STOL utility transport aircraft.'],
    ['Italian prose', 'Il contadino arava il campo all’alba.'],
    ['Portuguese prose', 'Ele arava a terra com dois bois.'],
    ['a pet in capitals', 'MY CAT 354 DAYS OLD'],
    ['an article in capitals', 'AN 2728-PAGE REPORT'],
    ['a company in capitals', 'ACME INC 424 UNITS SHIPPED'],
  ])('ignores %s', (_name, text) => {
    expect(findMentions(text)).toEqual([]);
  });

  test('keeps the code when it is written joined or hyphenated', () => {
    expect(found('CAT-354, AN2728, INC424')).toEqual([
      ['CAT-354', 'tralokinumab'],
      ['AN2728', 'crisaborole'],
      ['INC424', 'ruxolitinib-oral'],
    ]);
  });
});

describe('ambiguous names: a drug context lets them count', () => {
  test.each([
    ['a dose', 'Arava 20 mg once daily'],
    ['a dose without a space', 'started Arava 10mg'],
    ['a dosage form', 'Arava tablets are film-coated'],
    ['a drug-class word', 'Arava, a DMARD, was stopped'],
    ['a drug word before it', 'Her medications: Arava and folic acid'],
    ['side effects', 'Arava side effects include diarrhoea'],
    ['German words', 'Arava Tabletten (Wirkstoff: siehe oben)'],
    ['French words with accents', 'Arava comprimé pelliculé'],
    ['Spanish words', 'Arava, medicamento para la artritis'],
    ['an invisible character inside the supporting word', 'Arava tab\u00ADlets'],
  ])('keeps Arava next to %s', (_name, text) => {
    expect(found(text)).toEqual([['Arava', 'leflunomide']]);
  });

  test('keeps Arava when its generic is in brackets', () => {
    expect(found('Arava (leflunomide)')).toEqual([
      ['Arava', 'leflunomide'],
      ['leflunomide', 'leflunomide'],
    ]);
  });

  test('keeps Arava when another of our drugs is named anywhere in the text', () => {
    const text = 'Arava was stopped.\n\nMuch later, methotrexate was started.';
    expect(found(text)).toEqual([
      ['Arava', 'leflunomide'],
      ['methotrexate', 'methotrexate'],
    ]);
  });

  test('keeps a spaced code in capitals next to a drug word', () => {
    expect(found('CAT 354 (an anti-IL-13 biologic)')).toEqual([['CAT 354', 'tralokinumab']]);
  });

  test('does not let one ambiguous name support another', () => {
    expect(findMentions('Arava, CAT 354')).toEqual([]);
  });

  test('looks only within the same line', () => {
    expect(findMentions('Arava valley tours\n20 mg')).toEqual([]);
  });

  test(`looks no further than ${NEAR} characters away`, () => {
    const far = `Arava${' x'.repeat(NEAR)} tablets`;
    expect(findMentions(far)).toEqual([]);
    expect(findMentions(`Arava${' x'.repeat(NEAR / 2 - 5)} tablets`)).toHaveLength(1);
  });

  test('does not count the name itself as its own context', () => {
    expect(
      nearDrugContext('Arava', { start: 0, end: 5, drugId: 'leflunomide', surface: 'Arava' }),
    ).toBe(false);
  });
});

describe('applyContext', () => {
  test('leaves unambiguous names alone whatever is around them', () => {
    const text = 'We drove through the desert; Rinvoq was in the bag.';
    expect(applyContext(text, findCandidates(text))).toEqual(findCandidates(text));
  });

  test('drops the ambiguous mark from what it keeps', () => {
    const [kept] = applyContext('Arava 20 mg', findCandidates('Arava 20 mg'));
    expect(kept).toEqual({ start: 0, end: 5, drugId: 'leflunomide', surface: 'Arava' });
  });

  test('marks ambiguous candidates before the rule is applied', () => {
    expect(findCandidates('Arava and Rinvoq').map((c) => c.ambiguous ?? false)).toEqual([
      true,
      false,
    ]);
  });
});
