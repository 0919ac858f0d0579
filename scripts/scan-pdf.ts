/**
 * PDF files for the scan CLI: PDF.js's legacy build (the one meant for Node; it draws nothing
 * here, but needs `@napi-rs/canvas` for its DOMMatrix/Path2D polyfills) opens the file, and
 * `core/pdf-document-scan` reads it page by page exactly as the reader does (same text items,
 * same page text, same matcher), releasing each page, so a 1,000-page file stays small.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { scanPdfDocument } from '@/core/pdf-document-scan';

/** One mention in a PDF: `start`/`end` are offsets in the text of page `page` (1-based). */
export interface PdfScanMention {
  drug: string;
  text: string;
  page: number;
  start: number;
  end: number;
  /** A misspelling (the fuzzy rule): the form it is one edit from. */
  didYouMean?: string;
}

/** Why a PDF gave no result, in words for the person running the CLI. */
export class PdfReadError extends Error {}

/** `%PDF-` within the first 1,024 bytes, where PDF readers (PDF.js too) look for the header. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

/** PDF.js loads on the first PDF only: an HTML-only scan never pays for it. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** Every drug name in a PDF, page by page; throws PdfReadError for a file it cannot read. */
export async function scanPdf(bytes: Uint8Array): Promise<PdfScanMention[]> {
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  const task = getDocument({
    // PDF.js transfers the buffer to its worker and refuses a Buffer: give it a plain copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    // Its warnings go to console.log, which is the CLI's JSON output.
    verbosity: VerbosityLevel.ERRORS,
    cMapUrl: join(PDFJS_DIR, 'cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: join(PDFJS_DIR, 'standard_fonts/'),
    wasmUrl: join(PDFJS_DIR, 'wasm/'),
  });
  try {
    const document = await task.promise.catch((error: unknown) => {
      throw new PdfReadError(openFailure(error));
    });
    const mentions: PdfScanMention[] = [];
    const totals = await scanPdfDocument(document, {
      // As the reader with the default settings: misspellings too (names glued to a number or a
      // word always count in PDF text, see core/pdf-text.ts).
      fuzzy: true,
      onPage: ({ page, mentions: found }) => {
        for (const m of found) {
          const mention: PdfScanMention = {
            drug: m.drugId,
            text: m.surface,
            page,
            start: m.start,
            end: m.end,
          };
          if (m.fuzzy !== undefined) mention.didYouMean = m.fuzzy;
          mentions.push(mention);
        }
      },
    });
    if (totals.pagesWithText === 0) {
      throw new PdfReadError("has no selectable text: JAK Lens can't read scanned pages");
    }
    return mentions;
  } catch (error) {
    if (error instanceof PdfReadError) throw error;
    throw new PdfReadError(`could not be read as a PDF: ${(error as Error).message}`);
  } finally {
    await task.destroy();
  }
}

function openFailure(error: unknown): string {
  const name = (error as Error | undefined)?.name;
  if (name === 'PasswordException') {
    return 'is password-protected (encrypted): open it with its password and save an unprotected copy to scan it';
  }
  if (name === 'InvalidPDFException') return 'is not a valid PDF (corrupt or truncated)';
  return `could not be opened as a PDF: ${(error as Error).message}`;
}
