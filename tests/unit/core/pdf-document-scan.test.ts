import { describe, expect, test } from 'vitest';
import {
  scanPdfDocument,
  type PdfDocumentSource,
  type PdfPageScan,
} from '@/core/pdf-document-scan';
import { TEXT_LAYER_CONTENT } from '@/core/pdf-text';

/** A stand-in for a PDF.js document: one line of text per page ('' = an image-only page). */
function documentOf(lines: string[], onGetPage: (n: number) => void = () => undefined) {
  const released: number[] = [];
  const params: unknown[] = [];
  const document: PdfDocumentSource = {
    numPages: lines.length,
    getPage: async (n) => {
      onGetPage(n);
      const line = lines[n - 1] ?? '';
      return {
        getTextContent: async (p) => {
          params.push(p);
          return {
            items:
              line === ''
                ? []
                : [{ str: line, hasEOL: false, transform: [11, 0, 0, 11, 72, 700], height: 11 }],
          };
        },
        cleanup: () => released.push(n),
      };
    },
  };
  return { document, released, params };
}

describe('scanPdfDocument', () => {
  test('reports each page in order with its mentions, and the totals', async () => {
    const { document } = documentOf(['Dupixent', '', 'Rinvoq or Cibinqo']);
    const pages: PdfPageScan[] = [];
    const totals = await scanPdfDocument(document, { onPage: (scan) => pages.push(scan) });
    expect(pages.map((p) => [p.page, p.hasText, p.mentions.map((m) => m.drugId)])).toEqual([
      [1, true, ['dupilumab']],
      [2, false, []],
      [3, true, ['upadacitinib', 'abrocitinib']],
    ]);
    expect(totals).toEqual({ pages: 3, pagesWithText: 2, mentionCount: 3 });
  });

  test("reads pages with the text layer's own options and releases each page", async () => {
    const { document, released, params } = documentOf(['a', 'b']);
    await scanPdfDocument(document);
    expect(released).toEqual([1, 2]);
    expect(params).toEqual([TEXT_LAYER_CONTENT, TEXT_LAYER_CONTENT]);
  });

  test('stops between pages once aborted, with the abort reason', async () => {
    const controller = new AbortController();
    const read: number[] = [];
    const { document } = documentOf(['Dupixent', 'Rinvoq', 'Olumiant', 'Cibinqo'], (n) =>
      read.push(n),
    );
    const scan = scanPdfDocument(document, {
      signal: controller.signal,
      onPage: ({ page }) => {
        if (page === 2) controller.abort(new Error('tab closed'));
      },
    });
    await expect(scan).rejects.toThrow('tab closed');
    expect(read).toEqual([1, 2]);
  });
});
