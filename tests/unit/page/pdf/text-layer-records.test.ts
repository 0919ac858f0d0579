import { describe, expect, test } from 'vitest';
import { findPdfMentions, pdfPageText, type PdfTextItem } from '@/core/pdf-text';
import { textLayerRecords } from '@/page/pdf/text-layer-records';

const item = (str: string, y = 700, hasEOL = false): PdfTextItem => ({
  str,
  hasEOL,
  transform: [11, 0, 0, 11, 72, y],
  height: str === '' ? 0 : 11,
});

/** Spans the way PDF.js's text layer makes them: one per item, empty items hold no text node. */
function layerOf(items: PdfTextItem[]): HTMLElement[] {
  const layer = document.createElement('div');
  document.body.append(layer);
  return items.map((it) => {
    const span = document.createElement('span');
    span.textContent = it.str;
    if (it.str !== '') layer.append(span);
    return span;
  });
}

const rangeText = (pieces: { node: Text; start: number; end: number }[]) =>
  pieces.map((p) => p.node.data.slice(p.start, p.end)).join('|');

describe('textLayerRecords', () => {
  test('gives each mention the text nodes and offsets of the spans it covers', () => {
    const items = [
      item('Preferred: Dupixent', 700, true),
      item('', 690, true),
      item('Upadaci', 680),
      item('tinib 15 mg', 680),
    ];
    const spans = layerOf(items);
    const records = textLayerRecords(spans, findPdfMentions(pdfPageText(items)));
    expect(records.map((r) => [r.drugId, rangeText(r.pieces)])).toEqual([
      ['dupilumab', 'Dupixent'],
      ['upadacitinib', 'Upadaci|tinib'],
    ]);
    expect(records[0]?.pieces[0]?.node).toBe(spans[0]?.firstChild);
  });

  test('paints nothing for a layer whose spans hold other text than the page was read from', () => {
    const items = [item('Take Rinvoq daily')];
    const mentions = findPdfMentions(pdfPageText(items));
    expect(textLayerRecords(layerOf([item('Take Olumiant daily')]), mentions)).toEqual([]);
    expect(textLayerRecords([], mentions)).toEqual([]);
  });

  test('keeps a misspelling’s form, so the reader paints it dotted', () => {
    const items = [item('Stopped Dupixant in May')];
    const mentions = findPdfMentions(pdfPageText(items), { fuzzy: true });
    const [record] = textLayerRecords(layerOf(items), mentions);
    expect(record).toMatchObject({ drugId: 'dupilumab', surface: 'Dupixant', fuzzy: 'Dupixent' });
  });

  test('keeps a name broken over two lines as one record over both spans', () => {
    const items = [item('Rinvoq', 700, true), item('LQ', 686)];
    const [record] = textLayerRecords(layerOf(items), findPdfMentions(pdfPageText(items)));
    expect(record && rangeText(record.pieces)).toBe('Rinvoq|LQ');
  });
});
