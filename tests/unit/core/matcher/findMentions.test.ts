import { describe, expect, test } from 'vitest';
import { findMentions } from '@/core/matcher';

/** [surface, drugId] pairs, the shape most tables compare. */
const found = (text: string) => findMentions(text).map((m) => [m.surface, m.drugId]);

describe('findMentions: what counts as a mention', () => {
  test.each([
    [
      'finds a generic name in a sentence',
      'We started upadacitinib today.',
      [['upadacitinib', 'upadacitinib']],
    ],
    [
      'matches case-insensitively',
      'UPADACITINIB or Abrocitinib',
      [
        ['UPADACITINIB', 'upadacitinib'],
        ['Abrocitinib', 'abrocitinib'],
      ],
    ],
    [
      'finds brand names',
      'switched from Dupixent to Cibinqo',
      [
        ['Dupixent', 'dupilumab'],
        ['Cibinqo', 'abrocitinib'],
      ],
    ],
    [
      'maps each ruxolitinib brand to its route form and the INN to the generic',
      'Jakafi (Jakavi in Europe), Opzelura, ruxolitinib',
      [
        ['Jakafi', 'ruxolitinib-oral'],
        ['Jakavi', 'ruxolitinib-oral'],
        ['Opzelura', 'ruxolitinib-topical'],
        ['ruxolitinib', 'ruxolitinib'],
      ],
    ],
    [
      'maps tacrolimus and roflumilast brands to their route forms',
      'Protopic, Prograf, Advagraf, Envarsus XR, tacrolimus; Zoryve, Daliresp, Daxas, roflumilast',
      [
        ['Protopic', 'tacrolimus-topical'],
        ['Prograf', 'tacrolimus-systemic'],
        ['Advagraf', 'tacrolimus-systemic'],
        ['Envarsus XR', 'tacrolimus-systemic'],
        ['tacrolimus', 'tacrolimus'],
        ['Zoryve', 'roflumilast-topical'],
        ['Daliresp', 'roflumilast-oral'],
        ['Daxas', 'roflumilast-oral'],
        ['roflumilast', 'roflumilast'],
      ],
    ],
    [
      'finds INN spelling variants',
      'ciclosporin, cyclosporin, sulphasalazine',
      [
        ['ciclosporin', 'cyclosporine'],
        ['cyclosporin', 'cyclosporine'],
        ['sulphasalazine', 'sulfasalazine'],
      ],
    ],
    [
      'finds salt forms as one mention',
      'tofacitinib citrate and mycophenolate mofetil',
      [
        ['tofacitinib citrate', 'tofacitinib'],
        ['mycophenolate mofetil', 'mycophenolate'],
      ],
    ],
    [
      'treats a hyphen after the name as a boundary',
      'abrocitinib-induced acne',
      [['abrocitinib', 'abrocitinib']],
    ],
    ['treats a slash as a boundary', 'Xeljanz/XR', [['Xeljanz', 'tofacitinib']]],
    [
      'treats ® and ™ as boundaries',
      'Rinvoq® and Opzelura™ cream',
      [
        ['Rinvoq', 'upadacitinib'],
        ['Opzelura', 'ruxolitinib-topical'],
      ],
    ],
    [
      'treats an underscore as a boundary',
      'file_upadacitinib_label',
      [['upadacitinib', 'upadacitinib']],
    ],
    [
      'finds a name in a hyphenated German compound',
      'Upadacitinib-Therapie',
      [['Upadacitinib', 'upadacitinib']],
    ],
    [
      'finds names next to brackets and quotes',
      '(baricitinib), "tofacitinib", «dupilumab»',
      [
        ['baricitinib', 'baricitinib'],
        ['tofacitinib', 'tofacitinib'],
        ['dupilumab', 'dupilumab'],
      ],
    ],
    [
      'finds names next to non-Latin punctuation and spaces',
      '「Rinvoq」\u3000Cibinqo。',
      [
        ['Rinvoq', 'upadacitinib'],
        ['Cibinqo', 'abrocitinib'],
      ],
    ],
    [
      'finds names at the very start and end of the text',
      'dupilumab',
      [['dupilumab', 'dupilumab']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findMentions: longest form wins', () => {
  test.each([
    [
      'keeps "Rinvoq LQ" as one mention',
      'Rinvoq LQ oral solution',
      [['Rinvoq LQ', 'upadacitinib']],
    ],
    ['keeps "Xeljanz XR" as one mention', 'Xeljanz XR once daily', [['Xeljanz XR', 'tofacitinib']]],
    [
      'keeps a biologic suffix in one mention',
      'tralokinumab-ldrm and lebrikizumab-lbkz',
      [
        ['tralokinumab-ldrm', 'tralokinumab'],
        ['lebrikizumab-lbkz', 'lebrikizumab'],
      ],
    ],
    [
      'accepts a Unicode hyphen in a suffix',
      'nemolizumab\u2010ilto',
      [['nemolizumab\u2010ilto', 'nemolizumab']],
    ],
    [
      'backs off to the shorter form when the longer one runs into a word',
      'Xeljanz XRay',
      [['Xeljanz', 'tofacitinib']],
    ],
    [
      'backs off when a non-ASCII letter follows the longer form',
      'Rinvoq LQé',
      [['Rinvoq', 'upadacitinib']],
    ],
    [
      'does not extend into a suffix that is not one',
      'tralokinumab-ldrmx',
      [['tralokinumab', 'tralokinumab']],
    ],
    [
      'prefers "Sandimmune" over its prefix "Sandimmun"',
      'Sandimmune and Sandimmun',
      [
        ['Sandimmune', 'cyclosporine'],
        ['Sandimmun', 'cyclosporine'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

test('backs off past a huge whitespace run without quadratic retries', () => {
  const text = `Rinvoq${' '.repeat(200_000)}LQé`;
  expect(found(text)).toEqual([['Rinvoq', 'upadacitinib']]);
  expect(found(`up\u00AD${text}`)).toEqual([]);
  expect(found(`a\u00AD ${text}`)).toEqual([['Rinvoq', 'upadacitinib']]);
});

describe('findMentions: research codes', () => {
  test.each([
    ['with a hyphen', 'ABT-494', 'upadacitinib'],
    ['without a separator', 'ABT494', 'upadacitinib'],
    ['with a space', 'ABT 494', 'upadacitinib'],
    ['in lower case', 'abt-494', 'upadacitinib'],
    ['written with a hyphen when the canonical code has none', 'INCB-018424', 'ruxolitinib'],
    ['with a space when the canonical code has none', 'LY 3009104', 'baricitinib'],
    ['with a non-breaking hyphen', 'PF\u201104965842', 'abrocitinib'],
    ['JTE 052 for delgocitinib', 'JTE 052', 'delgocitinib'],
    ['FK506 for tacrolimus', 'FK-506', 'tacrolimus'],
    ['in mixed case with a hyphen', 'Cat-354', 'tralokinumab'],
    ['in lower case with a Unicode hyphen', 'pf\u201004965842', 'abrocitinib'],
  ])('matches a code %s', (_name, text, drugId) => {
    expect(found(`code ${text}, then`)).toEqual([[text, drugId]]);
  });

  test.each([
    ['a pet and a number', 'my cat 354 days old'],
    ['an article and a number', 'an 2728 page report'],
    ['a company suffix and a number', 'Acme Inc 424 units'],
    ['a name and a number', 'Leo 124249 votes'],
  ])('ignores everyday words before a number: %s', (_name, text) => {
    expect(findMentions(text)).toEqual([]);
  });

  test('still finds the code when the same words are written as a code', () => {
    expect(found('CAT 354, AN2728, INC-424')).toEqual([
      ['CAT 354', 'tralokinumab'],
      ['AN2728', 'crisaborole'],
      ['INC-424', 'ruxolitinib-oral'],
    ]);
  });

  test('finds a code through a soft hyphen only when written as one', () => {
    expect(found('ABT\u00AD494 and abt\u00AD494')).toEqual([['ABT494', 'upadacitinib']]);
  });
});

describe('findMentions: whitespace and invisible characters', () => {
  test.each([
    ['a line break', 'Rinvoq\nLQ'],
    ['a non-breaking space', 'Rinvoq\u00A0LQ'],
    ['a run of mixed whitespace', 'Rinvoq \r\n\t LQ'],
  ])('matches a multi-word form across %s', (_name, text) => {
    expect(findMentions(`take ${text}.`)).toEqual([
      { start: 5, end: 5 + text.length, drugId: 'upadacitinib', surface: text },
    ]);
  });

  test.each([
    ['a soft hyphen', 'upada\u00ADcitinib'],
    ['two soft hyphens', 'up\u00ADada\u00ADci\u00ADtinib'],
    ['a zero-width space', 'upada\u200Bcitinib'],
    ['a zero-width joiner', 'upada\u200Dcitinib'],
    ['a zero-width non-joiner', 'upada\u200Ccitinib'],
    ['a word joiner', 'upada\u2060citinib'],
    ['a zero-width no-break space', 'upada\uFEFFcitinib'],
  ])('matches through %s, with offsets covering the original characters', (_name, word) => {
    const text = `on ${word} now`;
    expect(findMentions(text)).toEqual([
      { start: 3, end: 3 + word.length, drugId: 'upadacitinib', surface: 'upadacitinib' },
    ]);
  });

  test.each([
    ['before the name', 'on\u00AD upadacitinib', 4],
    ['right after a separator', 'on \u00ADupadacitinib', 4],
  ])('leaves a soft hyphen %s outside the mention', (_name, text, start) => {
    expect(findMentions(text)).toEqual([
      { start, end: start + 12, drugId: 'upadacitinib', surface: 'upadacitinib' },
    ]);
  });

  test('treats a zero-width space as a word boundary', () => {
    expect(found('foo\u200Bupadacitinib\u200Bbar')).toEqual([['upadacitinib', 'upadacitinib']]);
  });

  test('does not treat a soft hyphen as a word boundary', () => {
    expect(findMentions('foo\u00ADupadacitinib')).toEqual([]);
  });

  test('keeps offsets right after an invisible character earlier in the text', () => {
    const text = 'hy\u00ADphen\u200B, then Cibinqo and Rinvoq\u00A0LQ';
    const mentions = findMentions(text);
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Cibinqo', 'Rinvoq\u00A0LQ']);
  });
});

describe('findMentions: near misses', () => {
  test.each([
    ['a name embedded in a longer word', 'xupadacitinib upadacitinibx preupadacitinib'],
    ['a name glued to a digit', '2upadacitinib upadacitinib3'],
    [
      'a name glued to an accented Latin letter',
      'éupadacitinib upadacitinibé ßdupilumab dupilumabø',
    ],
    ['a name followed by a combining mark', 'upadacitinib\u0301'],
    ['a name glued to a full-width or non-ASCII digit', '２upadacitinib dupilumab٣'],
    ['a name split by a soft hyphen from a preceding letter', 'x\u00ADupadacitinib'],
    ['class words', 'JAK inhibitor, JAK inhibitors, Janus kinase inhibitor, biologic'],
    ['targets and genes', 'JAK1 JAK2 JAK3 TYK2 JAK2 V617F IL-13 IL-4Rα IL-31 PDE4 AhR'],
    ['companies', 'AbbVie Pfizer Lilly Incyte Sanofi Regeneron LEO Pharma Galderma Almirall'],
    ['trial acronyms', 'JADE MONO-1, MEASURE UP 2, ECZTRA 3, ADvocate1, AD Up, BREEZE-AD'],
    [
      'look-alike JAK inhibitors out of scope',
      'ritlecitinib deucravacitinib fedratinib momelotinib pacritinib filgotinib peficitinib ivarmacitinib povorcitinib',
    ],
    ['other out-of-scope drugs', 'tacalcitol clobetasol triamcinolone rufinamide'],
    ['a research-code prefix without its number', 'ABT, LEO, CAT, PF, LY, INCB'],
    ['a research code glued to more digits', 'ABT-4940 ABT4941'],
    ['a code split by two spaces', 'ABT  494'],
    ['a code in lower case across a space', 'abt 494, leo 124249'],
    ['a code in lower case without a separator', 'abt494 fk506'],
    ['a code with mixed case across a space', 'Abt 494'],
  ])('ignores %s', (_name, text) => {
    expect(findMentions(text)).toEqual([]);
  });
});

describe('findMentions: result shape', () => {
  const text =
    'Rinvoq LQ, then ABT 494 and tralokinumab-ldrm; up\u00ADadacitinib? No: Xeljanz/XR and ciclosporin.';

  test('returns mentions sorted by start and non-overlapping', () => {
    const mentions = findMentions(text);
    expect(mentions.length).toBeGreaterThan(3);
    for (let i = 1; i < mentions.length; i++) {
      expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
    }
  });

  test('gives offsets whose slice is the surface once soft hyphens are removed', () => {
    for (const m of findMentions(text)) {
      expect(text.slice(m.start, m.end).replace(/\u00AD/g, '')).toBe(m.surface);
    }
  });

  test('returns an empty list for empty text', () => {
    expect(findMentions('')).toEqual([]);
  });
});
