import { describe, expect, test } from 'vitest';
import { summarizePdfReader } from '../../../../scripts/bench/pdf-reader.mjs';
import { pdfReaderTable } from '../../../../scripts/bench/report.mjs';

describe('the PDF case in the reader (issue 14)', () => {
  const results = {
    jaklens: [
      { firstHighlightMs: 900.123, fullListMs: 5000, peakHeapMB: 40, summary: 'old' },
      { firstHighlightMs: 700, fullListMs: 4000, peakHeapMB: 60, summary: 'last' },
      { firstHighlightMs: 800, fullListMs: 6000, peakHeapMB: 50, summary: 'last' },
    ],
    pdfjs: [
      { firstTextLayerMs: 300, fullTextMs: 3000, peakHeapMB: 30 },
      { firstTextLayerMs: 400, fullTextMs: 3500, peakHeapMB: 35 },
    ],
  };

  test('each contender gets the median of every numeric figure, rounded to hundredths', () => {
    const summary = summarizePdfReader(results);
    expect(summary.jaklens).toMatchObject({
      firstHighlightMs: 800,
      fullListMs: 5000,
      peakHeapMB: 50,
    });
    expect(summary.pdfjs).toEqual({ firstTextLayerMs: 350, fullTextMs: 3250, peakHeapMB: 32.5 });
  });

  test("the reader's summary line is kept from the last run, and runs is the fewest any contender had", () => {
    const summary = summarizePdfReader(results);
    expect(summary.jaklens.summary).toBe('last');
    expect(summary.runs).toBe(2);
  });

  test('a figure missing from some runs is the median of the others, and null when none has it', () => {
    const summary = summarizePdfReader({
      jaklens: [
        { firstHighlightMs: null, fullListMs: 10 },
        { firstHighlightMs: 5, fullListMs: null },
      ],
      pdfjs: [{ firstTextLayerMs: null }],
    });
    expect(summary.jaklens).toEqual({ firstHighlightMs: 5, fullListMs: 10 });
    expect(summary.pdfjs).toEqual({ firstTextLayerMs: null });
  });

  test('the report shows the reader beside the viewer alone, a dash where a figure is missing', () => {
    const text = pdfReaderTable({
      jaklens: { firstHighlightMs: 800, fullListMs: 5000, peakHeapMB: 50, summary: '9 mentions' },
      pdfjs: { firstTextLayerMs: 350, fullTextMs: null, peakHeapMB: 32.5 },
      runs: 2,
    });
    const [, reader, viewer] = (text.split('\n\n')[1] ?? '').split('\n');
    expect(reader).toMatch(/^JAK Lens reader\s+800\s+5000\s+50\s+9 mentions$/);
    expect(viewer).toMatch(/^PDF\.js viewer alone\s+350\s+–\s+32\.5\s+–$/);
  });
});
