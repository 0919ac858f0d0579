/**
 * Detection over a whole PDF: each page's text read in turn, through the same mapping and
 * matcher (`pdf-text.ts`), with a callback per page so a viewer can list and paint mentions
 * while the rest of the document is still being read. Only the mentions are kept, not the
 * text, so memory grows with what was found rather than with the page count, and each page is
 * released once read. Typed against the few PDF.js methods it calls, so the reader, the CLI and
 * the tests (with a stand-in document) share it.
 */
import {
  findPdfMentions,
  hasSelectableText,
  pdfPageText,
  TEXT_LAYER_CONTENT,
  type PdfContentItem,
  type PdfMention,
} from './pdf-text';

/** The part of PDF.js's `PDFPageProxy` read here. */
export interface PdfPageSource {
  getTextContent(params: typeof TEXT_LAYER_CONTENT): Promise<{ items: readonly unknown[] }>;
  cleanup(): unknown;
}

/** The part of PDF.js's `PDFDocumentProxy` read here. */
export interface PdfDocumentSource {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPageSource>;
}

export interface PdfPageScan {
  /** 1-based. */
  page: number;
  /** How many text items (text-layer spans) the page has: the mentions' item indexes fit it. */
  itemCount: number;
  hasText: boolean;
  mentions: PdfMention[];
}

export interface PdfDocumentScan {
  pages: number;
  /** Pages with any selectable text; 0 means a scanned (image-only) document. */
  pagesWithText: number;
  mentionCount: number;
}

export interface ScanOptions {
  /** Stops between pages: the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** After each page, in page order. */
  onPage?: (scan: PdfPageScan, pages: number) => void;
  /** Misspellings too (the fuzzy rule); names glued to what follows always count in a PDF. */
  fuzzy?: boolean;
}

/** Reads every page of `document` in order; resolves with the totals. */
export async function scanPdfDocument(
  document: PdfDocumentSource,
  { signal, onPage, fuzzy = false }: ScanOptions = {},
): Promise<PdfDocumentScan> {
  const totals: PdfDocumentScan = { pages: document.numPages, pagesWithText: 0, mentionCount: 0 };
  for (let n = 1; n <= document.numPages; n++) {
    signal?.throwIfAborted();
    const page = await document.getPage(n);
    const content = await page.getTextContent(TEXT_LAYER_CONTENT);
    page.cleanup();
    signal?.throwIfAborted();
    const text = pdfPageText(content.items as readonly PdfContentItem[]);
    const scan: PdfPageScan = {
      page: n,
      itemCount: text.itemStarts.length,
      hasText: hasSelectableText(text),
      mentions: findPdfMentions(text, { fuzzy }),
    };
    if (scan.hasText) totals.pagesWithText += 1;
    totals.mentionCount += scan.mentions.length;
    onPage?.(scan, document.numPages);
  }
  return totals;
}
