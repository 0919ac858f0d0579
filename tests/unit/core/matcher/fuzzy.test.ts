import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { drugs } from '@/data/drugs';
import { LEXICON_EXTRA } from '@/data/lexicon-extra';
import { buildLexicon, findMentions, mightContainName, mightMention } from '@/core/matcher';
import { isFuzzyForm } from '@/core/matcher/compile';
import { isOneEdit } from '@/core/matcher/edit';
import { fuzzyExclusions } from '@/core/matcher/fuzzy-compile';
import { fuzzyLookup } from '@/core/matcher/fuzzy';

const FUZZY = { fuzzy: true } as const;
const found = (text: string) =>
  findMentions(text, FUZZY).map((m) => [m.surface, m.drugId, m.fuzzy ?? null]);

describe('isOneEdit', () => {
  test.each([
    ['dupixant', 'dupixent', true, 'a letter replaced'],
    ['dupixennt', 'dupixent', true, 'a letter added'],
    ['dupixnt', 'dupixent', true, 'a letter left out'],
    ['dupixnet', 'dupixent', true, 'two neighbours swapped'],
    ['dupixent', 'dupixent', false, 'the same word'],
    ['dupixannt', 'dupixent', false, 'two edits'],
    ['dupixetn', 'dupixent', true, 'the last two letters swapped'],
    ['dupixen', 'dupixent', true, 'the last letter left out'],
    ['dupixentt', 'dupixent', true, 'a letter added at the end'],
    ['dpuixent', 'dupixent', true, 'a swap near the start (the prefix rule is not its job)'],
  ])('"%s" against "%s" is %s: %s', (word, name, expected) => {
    expect(isOneEdit(word, name)).toBe(expected);
  });
});

describe('the fuzzy rule', () => {
  test('finds a one-letter slip in a brand and says which form it is close to', () => {
    expect(found('I have been on Dupixant since May.')).toEqual([
      ['Dupixant', 'dupilumab', 'Dupixent'],
    ]);
  });

  test.each([
    ['Dupixnt', 'a letter left out'],
    ['Dupixennt', 'a letter added'],
    ['Dupixetn', 'two neighbours swapped'],
    ['DUPIXANT', 'in capitals'],
  ])('finds "%s" (%s)', (word) => {
    expect(found(`Started ${word} today`)).toEqual([[word, 'dupilumab', 'Dupixent']]);
  });

  test('finds misspelt generics as the dataset writes them', () => {
    expect(found('upadacitinb and tofacitnib and methotrexte')).toEqual([
      ['upadacitinb', 'upadacitinib', 'upadacitinib'],
      ['tofacitnib', 'tofacitinib', 'tofacitinib'],
      ['methotrexte', 'methotrexate', 'methotrexate'],
    ]);
  });

  test('applies only to names of seven letters or more', () => {
    // Rinvoq (6) and Vtama (5): a slip in a short name is too often another word.
    expect(found('Rinvoc and Vtana and Olumiant')).toEqual([['Olumiant', 'baricitinib', null]]);
    expect(found('Olumiat')).toEqual([['Olumiat', 'baricitinib', 'Olumiant']]);
  });

  test('needs the first five letters exactly', () => {
    expect(found('Dupoxent Dipixent Dupixant')).toEqual([['Dupixant', 'dupilumab', 'Dupixent']]);
  });

  test('allows one edit, not two', () => {
    expect(found('Dupixannt and upadacitnb')).toEqual([]);
  });

  test('never joins or splits words', () => {
    expect(found('Dupix ent, Dupi xant, Dupixant-like, the Dupixantly')).toEqual([
      ['Dupixant', 'dupilumab', 'Dupixent'],
    ]);
    // A whole word is compared: a name inside a longer word is no misspelling.
    expect(found('Dupixentamine')).toEqual([]);
  });

  test('keeps the matcher boundaries: a glued digit or Latin letter ends nothing', () => {
    expect(found('2Dupixant Dupixanté Dupixant2')).toEqual([]);
    expect(found('使用Dupixant治疗')).toEqual([['Dupixant', 'dupilumab', 'Dupixent']]);
  });

  test('never reports a dictionary word one edit from a name', () => {
    // "program" is one letter from Prograf, and an English word.
    expect(found('The program starts in May.')).toEqual([]);
    expect(found('Prograd')).toEqual([['Prograd', 'tacrolimus-systemic', 'Prograf']]);
  });

  test('never reports a form of a drug as a misspelling', () => {
    expect(found('Methotrexat, azathioprin, Leflunomid')).toEqual([
      ['Methotrexat', 'methotrexate', null],
      ['azathioprin', 'azathioprine', null],
      ['Leflunomid', 'leflunomide', null],
    ]);
  });

  test('is off unless asked for', () => {
    expect(findMentions('I have been on Dupixant since May.')).toEqual([]);
    expect(mightMention('I have been on Dupixant since May.')).toBe(false);
  });

  test('works through soft hyphens and stops at zero-width spaces', () => {
    // As for exact names, the surface is the name without the invisible characters.
    expect(found('Dupi\u00ADxant')).toEqual([['Dupixant', 'dupilumab', 'Dupixent']]);
    expect(found('word\u200BDupixant')).toEqual([['Dupixant', 'dupilumab', 'Dupixent']]);
  });

  test('the pre-checks say yes to a misspelling and no to its dictionary neighbour', () => {
    expect(mightMention('on Dupixant', FUZZY)).toBe(true);
    expect(mightMention('the program', FUZZY)).toBe(false);
    expect(mightMention('our method', FUZZY)).toBe(false);
    expect(mightMention('on Rinvoq', FUZZY)).toBe(true);
    expect(mightContainName('xDupixant', FUZZY)).toBe(true);
    expect(mightContainName('xDupixant')).toBe(false);
  });
});

describe('fuzzyLookup', () => {
  const lookup = fuzzyLookup({
    forms: [
      ['Examplinib', 'examplinib'],
      ['Examplinab', 'othermab'],
      ['Wordsworth', 'wordy'],
    ],
    excluded: ['wordsworthy'],
    isForm: (word) => word === 'examplinob',
    isAmbiguous: (form) => form === 'Wordsworth',
  });

  test('a word that is another drug’s form is not a misspelling of this one', () => {
    expect(lookup('Examplinob')).toBeUndefined();
  });

  test('a word one edit from two drugs names neither', () => {
    expect(lookup('Examplinxb')).toBeUndefined();
  });

  test('a listed dictionary word is never a misspelling', () => {
    expect(lookup('Wordsworthy')).toBeUndefined();
    expect(lookup('Wordsworht')).toEqual({
      drugId: 'wordy',
      canonical: 'Wordsworth',
      ambiguous: true,
    });
  });
});

describe('fuzzyExclusions', () => {
  test('lists dictionary words one edit from a name with its prefix, folded, sorted', () => {
    expect(
      fuzzyExclusions(drugs, ['Program', 'programs', 'méthotrexatè', 'Dupixänt', 'cat', 'Prgoram']),
    ).toEqual(['dupixant', 'program']);
  });

  test('every form it could apply to is one word of seven letters or more', () => {
    for (const entry of buildLexicon(drugs, LEXICON_EXTRA).filter(isFuzzyForm)) {
      expect(entry.surface).toMatch(/^[A-Za-z]{7,}$/);
    }
  });
});

describe('the fuzzy rule on generated text', () => {
  const forms = buildLexicon(drugs, LEXICON_EXTRA)
    .filter(isFuzzyForm)
    .map((e) => e.surface);
  /** A form with one random edit after its prefix (or none), any case. */
  const slip = fc
    .tuple(
      fc.constantFrom(...forms),
      fc.nat(),
      fc.constantFrom('sub', 'ins', 'del', 'swap', 'none'),
      fc.constantFrom(...'aeioux'),
      fc.boolean(),
    )
    .map(([form, at, edit, letter, upper]) => {
      const i = 5 + (at % (form.length - 6));
      const edited =
        edit === 'sub'
          ? form.slice(0, i) + letter + form.slice(i + 1)
          : edit === 'ins'
            ? form.slice(0, i) + letter + form.slice(i)
            : edit === 'del'
              ? form.slice(0, i) + form.slice(i + 1)
              : edit === 'swap'
                ? form.slice(0, i) + form[i + 1] + form[i] + form.slice(i + 2)
                : form;
      return upper ? edited.toUpperCase() : edited;
    });
  const glue = fc.constantFrom(' ', '', '.', '\n', 'x', '2', '-', '乌', '\u00AD', '\u200B', 'é');
  const text = fc
    .array(fc.tuple(fc.oneof(slip, fc.constantFrom('the', 'program', 'method', 'Rinvoq')), glue), {
      minLength: 1,
      maxLength: 6,
    })
    .map((pieces) => pieces.map(([w, g]) => w + g).join(''));
  const RUNS = { numRuns: 1000, seed: 20_261_202 };

  test('never gets a false "no" from mightMention', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (findMentions(t, FUZZY).length > 0) expect(mightMention(t, FUZZY)).toBe(true);
      }),
      RUNS,
    );
  });

  test('reads through soft hyphens and zero-width joiners as the exact matcher does', () => {
    const transparent = fc.constantFrom('\u00AD', '\u200C', '\u200D', '\u2060', '\uFEFF');
    const pair = text
      .filter((t) => !/[\u00AD\u200B]/.test(t))
      .chain((plain) =>
        fc
          .array(fc.option(transparent, { freq: 6 }), {
            minLength: plain.length,
            maxLength: plain.length,
          })
          .map((inserts): [string, string] => [
            plain,
            [...plain].map((c, i) => (inserts[i] ?? '') + c).join(''),
          ]),
      );
    fc.assert(
      fc.property(pair, ([plain, noisy]) => {
        const view = (t: string) =>
          findMentions(t, FUZZY).map((m) => [m.surface, m.drugId, m.fuzzy ?? null]);
        expect(view(noisy)).toEqual(view(plain));
      }),
      RUNS,
    );
  });

  test('finds a superset of the exact matches, each misspelling one edit from its form', () => {
    fc.assert(
      fc.property(text, (t) => {
        const exact = findMentions(t);
        const fuzzy = findMentions(t, FUZZY);
        expect(fuzzy.filter((m) => m.fuzzy === undefined)).toEqual(exact);
        for (const m of fuzzy) {
          if (m.fuzzy === undefined) continue;
          expect(isOneEdit(m.surface.toLowerCase(), m.fuzzy.toLowerCase())).toBe(true);
          expect(m.surface.slice(0, 5).toLowerCase()).toBe(m.fuzzy.slice(0, 5).toLowerCase());
        }
      }),
      RUNS,
    );
  });
});
