import { describe, expect, test } from 'vitest';
import { drugs } from '@/data/drugs';
import { AMBIGUOUS_FORMS } from '@/data/lexicon-extra';
import { buildLexicon, findCandidates, findMentions, mightMention } from '@/core/matcher';
import { tokenize } from '@/core/matcher/compile';

const lexicon = buildLexicon(drugs, AMBIGUOUS_FORMS);

/** Deterministic PRNG (mulberry32) so a failure names a reproducible seed. */
function rng(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]! };
}

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
];
const TRANSPARENT = ['\u00AD', '\u200C', '\u200D', '\u2060', '\uFEFF'];

/** A random surface as a page might write it: any case, any code separator. */
function variant(surface: string, r: ReturnType<typeof rng>): string {
  const cased = [...surface]
    .map((c) => (r.next() < 0.3 ? c.toUpperCase() : c.toLowerCase()))
    .join('');
  return cased.replace(/[- ]/g, () => r.pick(['-', ' ', '\n', '\u00A0', '\u2010']));
}

function randomText(r: ReturnType<typeof rng>): string {
  let text = '';
  const pieces = 1 + Math.floor(r.next() * 8);
  for (let i = 0; i < pieces; i++) {
    const surface = r.pick(lexicon).surface;
    const roll = r.next();
    if (roll < 0.4) text += variant(surface, r);
    else if (roll < 0.6) text += surface.slice(0, 1 + Math.floor(r.next() * surface.length));
    else if (roll < 0.75) text += surface.slice(Math.floor(r.next() * surface.length));
    else text += r.pick(WORDS);
    text += r.pick(GLUE);
  }
  return text;
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
        if (!glues(String.fromCodePoint(text.codePointAt(end) ?? 32)) && end > (best?.[0] ?? i)) {
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

const SEEDS = Array.from({ length: 1500 }, (_, i) => i + 1);

describe('findMentions on generated text', () => {
  test('agrees with a brute-force reference matcher', () => {
    for (const seed of SEEDS) {
      const text = randomText(rng(seed)).replace(/\u200B/g, ' ');
      const got = findCandidates(text).map((m) => [m.start, m.end, m.drugId]);
      expect(got, `seed ${seed}: ${JSON.stringify(text)}`).toEqual(reference(text));
    }
  });

  test('ignores transparent invisible characters wherever they are inserted', () => {
    for (const seed of SEEDS) {
      const r = rng(seed);
      const text = randomText(r);
      const chars = [...text];
      const noisy = chars.map((c) => (r.next() < 0.15 ? r.pick(TRANSPARENT) : '') + c).join('');
      const plain = findMentions(text).map((m) => [m.surface, m.drugId]);
      const mentions = findMentions(noisy);
      expect(
        mentions.map((m) => [m.surface, m.drugId]),
        `seed ${seed}`,
      ).toEqual(plain);
      for (const m of mentions) {
        expect(noisy.slice(m.start, m.end).replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')).toBe(
          m.surface,
        );
      }
    }
  });

  test('never gets a false "no" from mightMention', () => {
    for (const seed of SEEDS) {
      const r = rng(seed);
      const text = randomText(r);
      const noisy = [...text]
        .map((c) => (r.next() < 0.1 ? r.pick([...TRANSPARENT, '\u200B']) : '') + c)
        .join('');
      for (const t of [text, noisy]) {
        if (findMentions(t).length > 0)
          expect(mightMention(t), `seed ${seed}: ${JSON.stringify(t)}`).toBe(true);
      }
    }
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
