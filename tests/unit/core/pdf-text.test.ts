import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  findPdfMentions,
  hasSelectableText,
  itemRange,
  pdfPageText,
  type PdfContentItem,
  type PdfTextItem,
} from '@/core/pdf-text';

/** A text item as PDF.js gives it: `y` is the baseline, 11 pt text unless `str` is empty. */
const item = (str: string, y = 700, hasEOL = false): PdfTextItem => ({
  str,
  hasEOL,
  transform: [11, 0, 0, 11, 72, y],
  height: str === '' ? 0 : 11,
});
const eol = (y = 700): PdfTextItem => item('', y, true);

describe('pdfPageText', () => {
  test('joins the items of a line as written and ends lines where PDF.js marks them', () => {
    const page = pdfPageText([
      item('Drug'),
      item(' '),
      item('Tier'),
      eol(),
      item('Rinvoq (upadacitinib)', 686),
      item(' ', 686),
      item('Tier 3', 686, true),
      item('Dupixent', 672),
    ]);
    expect(page.text).toBe('Drug Tier\nRinvoq (upadacitinib) Tier 3\nDupixent');
  });

  test('records where each text item starts, skipping marked content (which has no span)', () => {
    const items: PdfContentItem[] = [
      { type: 'beginMarkedContent' },
      item('Olumiant'),
      { type: 'endMarkedContent' },
      item(' 2 mg', 700, true),
      item('Cibinqo', 686),
    ];
    const page = pdfPageText(items);
    expect(page.itemStarts).toEqual([0, 8, 14]);
    expect(page.itemLengths).toEqual([8, 5, 7]);
  });

  test('breaks the line between items on different baselines even without an end-of-line mark', () => {
    expect(pdfPageText([item('Rinvoq', 700), item('LQ', 680)]).text).toBe('Rinvoq\nLQ');
    expect(pdfPageText([item('Rin', 700), item('voq', 701)]).text).toBe('Rinvoq');
  });

  test('every text item is found at its recorded start', () => {
    const arbitraryItem = fc.record({
      str: fc.string({ maxLength: 8 }),
      hasEOL: fc.boolean(),
      transform: fc.tuple(
        fc.constant(11),
        fc.constant(0),
        fc.constant(0),
        fc.constant(11),
        fc.constant(72),
        fc.integer({ min: 0, max: 800 }),
      ),
      height: fc.constantFrom(0, 11),
    });
    fc.assert(
      fc.property(fc.array(arbitraryItem, { maxLength: 30 }), (items) => {
        const page = pdfPageText(items);
        items.forEach((it, i) => {
          const start = page.itemStarts[i] ?? -1;
          expect(page.text.slice(start, start + it.str.length)).toBe(it.str);
        });
      }),
    );
  });
});

describe('hasSelectableText', () => {
  test('is false for a page with no items or only blanks and line ends (a scanned page)', () => {
    expect(hasSelectableText(pdfPageText([]))).toBe(false);
    expect(hasSelectableText(pdfPageText([item(' '), eol(), item('')]))).toBe(false);
    expect(hasSelectableText(pdfPageText([item(' '), item('1')]))).toBe(true);
  });
});

describe('itemRange', () => {
  const page = pdfPageText([
    item('Take '),
    item('Rinvoq', 700, true),
    eol(690),
    item('daily', 680),
  ]);
  // text: "Take Rinvoq\n\ndaily"

  test('maps a range inside one item to that item and offsets in its text', () => {
    expect(itemRange(page, 5, 11)).toEqual({
      from: { item: 1, offset: 0 },
      to: { item: 1, offset: 6 },
    });
    expect(itemRange(page, 2, 4)).toEqual({
      from: { item: 0, offset: 2 },
      to: { item: 0, offset: 4 },
    });
  });

  test('moves ends that fall on line breaks onto the nearest item text', () => {
    expect(page.text.slice(8, 15)).toBe('voq\n\nda');
    expect(itemRange(page, 8, 15)).toEqual({
      from: { item: 1, offset: 3 },
      to: { item: 3, offset: 2 },
    });
    expect(itemRange(page, 11, 13)).toBeUndefined();
    expect(itemRange(page, 11, 14)).toEqual({
      from: { item: 3, offset: 0 },
      to: { item: 3, offset: 1 },
    });
  });

  test('gives nothing for an empty or inverted range', () => {
    expect(itemRange(page, 5, 5)).toBeUndefined();
    expect(itemRange(page, 6, 5)).toBeUndefined();
  });
});

describe('findPdfMentions', () => {
  test('finds drug names on a page with their page offsets and text-layer positions', () => {
    const page = pdfPageText([
      item('Preferred: '),
      item('Dupixent', 700, true),
      item('Non-preferred: Rinvoq (upadacitinib)', 686),
    ]);
    const mentions = findPdfMentions(page);
    expect(mentions.map((m) => [m.drugId, m.surface, m.start, m.end])).toEqual([
      ['dupilumab', 'Dupixent', 11, 19],
      ['upadacitinib', 'Rinvoq', 35, 41],
      ['upadacitinib', 'upadacitinib', 43, 55],
    ]);
    expect(mentions[1]?.from).toEqual({ item: 2, offset: 15 });
    expect(mentions[1]?.to).toEqual({ item: 2, offset: 21 });
  });

  test('finds a name split across two items of one line and maps both ends', () => {
    const page = pdfPageText([item('Upadaci'), item('tinib 15 mg')]);
    const [mention] = findPdfMentions(page);
    expect(mention).toMatchObject({ drugId: 'upadacitinib', start: 0, end: 12 });
    expect(mention?.from).toEqual({ item: 0, offset: 0 });
    expect(mention?.to).toEqual({ item: 1, offset: 5 });
  });

  test('does not join a word to the word on the next line', () => {
    const glued = pdfPageText([item('Tier 2 Olumiant', 700), item('Rinvoq', 686)]);
    expect(findPdfMentions(glued).map((m) => m.surface)).toEqual(['Olumiant', 'Rinvoq']);
  });
});

describe('findPdfMentions on transcription glue and slips', () => {
  test('finds names glued to a dose or the next word, as PDF text extraction writes them', () => {
    const page = pdfPageText([item('Rinvoq15 mg; upadacitinibtablets')]);
    expect(findPdfMentions(page).map((m) => [m.surface, m.start, m.end])).toEqual([
      ['Rinvoq', 0, 6],
      ['upadacitinib', 13, 25],
    ]);
  });

  test('finds misspellings only when asked, marked with the form they are close to', () => {
    const page = pdfPageText([item('Patient stopped Dupixant.')]);
    expect(findPdfMentions(page)).toEqual([]);
    expect(findPdfMentions(page, { fuzzy: true })).toMatchObject([
      { drugId: 'dupilumab', surface: 'Dupixant', fuzzy: 'Dupixent', start: 16, end: 24 },
    ]);
  });
});
