import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { drugs } from '@/data/drugs';
import { GERMAN_COMPOUND_SUFFIXES, LEXICON_EXTRA } from '@/data/lexicon-extra';
import { buildLexicon, findCandidates, findMentions, mightMention } from '@/core/matcher';
import { tokenize } from '@/core/matcher/compile';

const lexicon = buildLexicon(drugs, LEXICON_EXTRA);

/**
 * fast-check settings for the generated-text properties: as many runs as the hand-rolled PRNG
 * had seeds, and a fixed seed so a run is the same on every machine. A failure prints its seed
 * and shrunk counterexample; `FC_SEED=<n> npx vitest run <this file>` replays or explores.
 */
const RUNS: fc.Parameters<unknown> = {
  numRuns: 1500,
  seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : 20_261_201,
};

const GLUE = [
  ' ',
  ' ',
  '',
  '-',
  '/',
  '®',
  '\n',
  '\u00A0',
  '_',
  '.',
  '(',
  'é',
  'Я',
  '2',
  'x',
  '乌',
  'ウ',
  'ß',
  'ี',
  '\u0301',
  '\u200B',
  '  ',
];
const WORDS = [
  'the',
  'JAK1',
  'inhibitor',
  'AbbVie',
  'LQ',
  'XR',
  'ldrm',
  'cream',
  '494',
  'ABT',
  'citinib',
  'ritlecitinib',
  'therapie',
  'Tabletten',
];
const TRANSPARENT = ['\u00AD', '\u200C', '\u200D', '\u2060', '\uFEFF'];

/** Separators a page might write inside a multi-word name or a code. */
const SEPARATORS = ['-', ' ', '\n', '\u00A0', '\u2010'];

/** A lexicon surface as a page might write it: any case, any separator. */
const variant = fc.constantFrom(...lexicon.map((e) => e.surface)).chain((surface) => {
  const chars = [...surface];
  const breaks = chars.filter((c) => c === '-' || c === ' ').length;
  return fc
    .tuple(
      fc.array(fc.boolean(), { minLength: chars.length, maxLength: chars.length }),
      fc.array(fc.constantFrom(...SEPARATORS), { minLength: breaks, maxLength: breaks }),
    )
    .map(([upper, seps]) => {
      let k = 0;
      return chars
        .map((c, i) => {
          if (c === '-' || c === ' ') return seps[k++]!;
          return upper[i] ? c.toUpperCase() : c.toLowerCase();
        })
        .join('');
    });
});

/** The start or the end of a surface: the near-misses a page is full of. */
const fragment = fc
  .constantFrom(...lexicon.map((e) => e.surface))
  .chain((surface) =>
    fc
      .tuple(fc.boolean(), fc.integer({ min: 0, max: surface.length - 1 }))
      .map(([head, cut]) => (head ? surface.slice(0, cut + 1) : surface.slice(cut))),
  );

/** Text of one to eight pieces (names, fragments, words), each followed by some glue. */
const text = fc
  .array(
    fc.tuple(
      fc.oneof(
        { arbitrary: variant, weight: 8 },
        { arbitrary: fragment, weight: 7 },
        { arbitrary: fc.constantFrom(...WORDS), weight: 5 },
      ),
      fc.constantFrom(...GLUE),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((pieces) => pieces.map(([piece, glue]) => piece + glue).join(''));

/** `base` with one of `chars` inserted before about one code point in `every`. */
function sprinkled(base: string, chars: readonly string[], every: number): fc.Arbitrary<string> {
  const points = [...base];
  const insert = fc.oneof(
    { arbitrary: fc.constant(''), weight: every - 1 },
    { arbitrary: fc.constantFrom(...chars), weight: 1 },
  );
  return fc
    .array(insert, { minLength: points.length, maxLength: points.length })
    .map((inserts) => points.map((c, i) => inserts[i] + c).join(''));
}

/**
 * Latin letters, digits and script-neutral marks glue onto a name, as in the matcher; letters of
 * other scripts do not. Checked one code point at a time.
 */
const glues = (c: string | undefined) =>
  c !== undefined && /[\p{N}\p{Script=Latin}\p{Script=Inherited}]/u.test(c);
const FORMS = lexicon.map((e) => ({
  re: new RegExp(tokenize(e.surface).join(''), 'iy'),
  drugId: e.drugId,
  code: e.code === true,
}));

/** A code's letters, as written, must be upper-case or joined to its number by a hyphen. */
function codeAsWritten(matched: string): boolean {
  const letters = /^[^0-9]*/.exec(matched)![0];
  return /[-\u2010\u2011]/.test(letters) || letters === letters.toUpperCase();
}

const gluesAt = (text: string, j: number) => glues(String.fromCodePoint(text.codePointAt(j) ?? 32));

/** A name ends at `j` when nothing glues on, or a listed German compound ending follows. */
function endsWord(text: string, j: number): boolean {
  if (!gluesAt(text, j)) return true;
  const rest = text.slice(j).toLowerCase();
  return GERMAN_COMPOUND_SUFFIXES.some(
    (suffix) => rest.startsWith(suffix) && !gluesAt(text, j + suffix.length),
  );
}

/** Obviously-correct and slow: every form at every position, longest valid end wins. */
function reference(text: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  let i = 0;
  while (i < text.length) {
    const before = [...text.slice(Math.max(0, i - 2), i)].pop();
    let best: [number, string] | undefined;
    if (!glues(before)) {
      for (const { re, drugId, code } of FORMS) {
        re.lastIndex = i;
        const m = re.exec(text);
        if (!m || (code && !codeAsWritten(m[0]))) continue;
        const end = i + m[0].length;
        if (endsWord(text, end) && end > (best?.[0] ?? i)) {
          best = [end, drugId];
        }
      }
    }
    if (best) {
      out.push([i, best[0], best[1]]);
      i = best[0];
    } else i++;
  }
  return out;
}

describe('findMentions on generated text', () => {
  test('agrees with a brute-force reference matcher', () => {
    fc.assert(
      fc.property(text, (generated) => {
        const t = generated.replace(/\u200B/g, ' ');
        const got = findCandidates(t).map((m) => [m.start, m.end, m.drugId]);
        expect(got).toEqual(reference(t));
      }),
      RUNS,
    );
  });

  test('ignores transparent invisible characters wherever they are inserted', () => {
    const pair = text.chain((plain) =>
      sprinkled(plain, TRANSPARENT, 7).map((noisy): [string, string] => [plain, noisy]),
    );
    fc.assert(
      fc.property(pair, ([plain, noisy]) => {
        const mentions = findMentions(noisy);
        expect(mentions.map((m) => [m.surface, m.drugId])).toEqual(
          findMentions(plain).map((m) => [m.surface, m.drugId]),
        );
        for (const m of mentions) {
          expect(
            noisy.slice(m.start, m.end).replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, ''),
          ).toBe(m.surface);
        }
      }),
      RUNS,
    );
  });

  test('never gets a false "no" from mightMention', () => {
    const plainOrNoisy = fc.oneof(
      text,
      text.chain((plain) => sprinkled(plain, [...TRANSPARENT, '\u200B'], 10)),
    );
    fc.assert(
      fc.property(plainOrNoisy, (t) => {
        if (findMentions(t).length > 0) expect(mightMention(t)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('every lexicon form', () => {
  const plain = lexicon.filter((e) => e.ambiguous !== 'always');
  const ambiguous = lexicon.filter((e) => e.ambiguous === 'always');

  test.each(plain.map((e) => [e.surface, e.drugId]))(
    'finds "%s" in isolation as %s',
    (surface, drugId) => {
      expect(findMentions(surface)).toEqual([{ start: 0, end: surface.length, drugId, surface }]);
    },
  );

  test.each(plain.map((e) => [e.surface, e.drugId]))(
    'finds "%s" in a sentence, upper-cased',
    (surface, drugId) => {
      const upper = surface.toUpperCase();
      expect(findMentions(`Is ${upper}, or not?`)).toEqual([
        { start: 3, end: 3 + upper.length, drugId, surface: upper },
      ]);
    },
  );

  test.each(ambiguous.map((e) => [e.surface, e.drugId]))(
    'finds the ambiguous "%s" as %s only with a drug context',
    (surface, drugId) => {
      expect(findMentions(`Is ${surface}, or not?`)).toEqual([]);
      expect(findMentions(`Is ${surface} 20 mg, or not?`)).toEqual([
        { start: 3, end: 3 + surface.length, drugId, surface },
      ]);
    },
  );
});

describe('mightMention', () => {
  test.each([
    [
      'says no for text without any drug name',
      'JAK inhibitors and IL-13 in atopic dermatitis',
      false,
    ],
    ['says yes for a plain mention', 'on dupilumab', true],
    ['says yes for a name split by a soft hyphen', 'on dupi\u00ADlumab', true],
    [
      'says yes for a name split by a zero-width space after a letter',
      'x\u200Bdu\u00ADpilumab',
      true,
    ],
  ])('%s', (_name, text, expected) => {
    expect(mightMention(text)).toBe(expected);
  });
});
