import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { drugs } from '@/data/drugs';
import { LEXICON_EXTRA } from '@/data/lexicon-extra';
import { buildLexicon, findMentions } from '@/core/matcher';
import { mightNameDrug } from '@/core/matcher/quick-check';

const lexicon = buildLexicon(drugs, LEXICON_EXTRA);
const RUNS: fc.Parameters<unknown> = {
  numRuns: 2000,
  seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : 20_261_202,
};

const GLUE = [' ', '', '-', '\n', '\u00A0', '.', '(', 'Я', '乌', '2', 'x', '\u00AD', '\u200B'];
const WORDS = ['patients', 'the', 'mg', 'Tabletten', 'crème', 'therapy', 'sulfate', 'and'];
const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz');

/** A lexicon form, sometimes misspelled by one edit after its fifth letter, or broken at a line end. */
const name = fc
  .tuple(
    fc.constantFrom(...lexicon.map((e) => e.surface)),
    fc.nat(),
    letters,
    fc.constantFrom('keep', 'substitute', 'insert', 'delete', 'break'),
  )
  .map(([surface, at, letter, how]) => {
    if (how === 'keep' || surface.length < 7) return surface;
    const i = 5 + (at % (surface.length - 5));
    if (how === 'substitute') return surface.slice(0, i) + letter + surface.slice(i + 1);
    if (how === 'insert') return surface.slice(0, i) + letter + surface.slice(i);
    if (how === 'delete') return surface.slice(0, i) + surface.slice(i + 1);
    return `${surface.slice(0, i)}- ${surface.slice(i)}`;
  });

const text = fc
  .array(fc.tuple(fc.oneof(name, fc.constantFrom(...WORDS)), fc.constantFrom(...GLUE)), {
    minLength: 1,
    maxLength: 6,
  })
  .map((pieces) => pieces.map(([piece, glue]) => piece + glue).join(''));

describe('mightNameDrug (the gate’s pre-check)', () => {
  test('says maybe wherever the matcher finds a name, exact or misspelled', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (findMentions(t, { fuzzy: true }).length > 0) expect(mightNameDrug(t)).toBe(true);
      }),
      RUNS,
    );
  });

  test('says maybe on every baseline page with expected detections', () => {
    const dir = 'tests/fixtures/pages';
    const pages = readdirSync(dir).filter((f) => f.endsWith('.expected.json'));
    expect(pages.length).toBeGreaterThan(5);
    for (const file of pages) {
      const expected = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
        file: string;
        mentions: unknown[];
      };
      if (expected.mentions.length === 0) continue;
      const html = readFileSync(expected.file, 'utf8');
      const body = new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
      expect(mightNameDrug(body), file).toBe(true);
    }
  });

  test('says no on ordinary text', () => {
    for (const t of [
      'Sunny spells on Saturday, showers on Sunday, and a mild start to the week.',
      'The council approved the budget for the new library and two bus routes.',
      'Preheat the oven, whisk the eggs with sugar, fold in the flour and bake.',
    ]) {
      expect(mightNameDrug(t), t).toBe(false);
    }
  });

  test('reads through invisible characters and a hyphen at a line break', () => {
    expect(mightNameDrug('Ri\u00ADnvoq')).toBe(true);
    expect(mightNameDrug('ta- crolimus')).toBe(true);
    expect(mightNameDrug('Ri\u200Bnvoq')).toBe(true);
  });
});

describe('mightNameDrug where textContent joins blocks', () => {
  test('a capitalised name glued to the block before it counts', () => {
    expect(mightNameDrug('TreatmentRinvoq is taken once daily')).toBe(true);
    expect(mightNameDrug('2023Dupixent')).toBe(true);
  });

  test('five letters inside an ordinary word do not', () => {
    expect(mightNameDrug('after discontinuationemollients were used')).toBe(false);
    expect(mightNameDrug('the scorecompared well')).toBe(false);
  });
});
