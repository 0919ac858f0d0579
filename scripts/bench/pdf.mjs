/**
 * The PDF case (issue 14): a 300-page document read the way the CLI and the reader read it
 * (`core/pdf-document-scan.ts`: PDF.js's text items per page → page text → the matcher), against
 * PDF.js alone extracting the same pages' text. Measured in Node with PDF.js's legacy build (the
 * CLI's path), one fresh process per run so heap figures do not carry over; the reader's own
 * rendering (canvas, text layer) is not part of it.
 *
 * Run as a module (`measurePdf`), and as its own child process
 * (`node scripts/bench/pdf.mjs FILE MODE SCAN_BUNDLE`), which prints one JSON line.
 */
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from '../lib/launch-browser.mjs';
import { median } from './stats.mjs';
import { mulberry32, Prose } from './pages.mjs';

export const PDF_PAGES = 300;
/** Visible characters per page: a full page of prose at the print default, never two pages. */
const PAGE_CHARS = 2_500;

/**
 * The document's HTML: PDF_PAGES sections of article prose, one per printed page, a drug name
 * about every 500 characters. Pure and seeded, like the other pages.
 */
export function pdfSourceHtml(seed = 9, pages = PDF_PAGES) {
  const prose = new Prose(mulberry32(seed), { gap: 500, markupRate: 0 });
  const sections = [];
  for (let i = 0; i < pages; i++) {
    sections.push(`<section><h2>Page ${i + 1}</h2><p>${prose.inline(PAGE_CHARS)}</p></section>`);
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pdf</title><style>body { font: 11pt serif } section { break-after: page }</style></head><body>${sections.join('')}</body></html>`;
  return { html, mentions: prose.mentions, textChars: prose.chars };
}

/** Prints the document with headless Chromium (no extension) to `file`. */
export async function writePdf(file, seed = 9) {
  const { html, mentions, textChars } = pdfSourceHtml(seed);
  const { browser } = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await writeFile(file, await page.pdf({ format: 'Letter' }));
  } finally {
    await browser.close();
  }
  return { mentions, textChars };
}

/**
 * Runs each mode in its own process `runs` times, interleaved, and reports the medians.
 * @param {{ file: string, scanBundle: string, runs: number, log?: (...a: unknown[]) => void }} o
 */
export async function measurePdf({ file, scanBundle, runs, log = () => {} }) {
  const modes = ['jaklens', 'pdfjs'];
  /** @type {Record<string, any[]>} */
  const results = { jaklens: [], pdfjs: [] };
  for (let run = 0; run < runs; run++) {
    for (const mode of run % 2 ? [...modes].reverse() : modes) {
      const child = spawnSync(
        process.execPath,
        ['--expose-gc', fileURLToPath(import.meta.url), file, mode, scanBundle],
        { encoding: 'utf8', maxBuffer: 16 * 2 ** 20 },
      );
      if (child.status !== 0) throw new Error(`pdf ${mode} run failed: ${child.stderr.trim()}`);
      const r = JSON.parse(child.stdout.trim().split('\n').at(-1));
      results[mode].push(r);
      log(
        `run ${run + 1}/${runs} pdf-300 ${mode}: full ${r.fullMs} ms (CPU ${r.cpuMs}), first page ${r.firstPageMs} ms, heap +${r.heapGrowthMB} MB`,
      );
    }
  }
  const m = (mode, key) => round(median(results[mode].map((r) => r[key])));
  const summary = (mode) => ({
    fullMs: m(mode, 'fullMs'),
    cpuMs: m(mode, 'cpuMs'),
    firstPageMs: m(mode, 'firstPageMs'),
    firstMentionPageMs: m(mode, 'firstMentionPageMs'),
    heapGrowthMB: m(mode, 'heapGrowthMB'),
    peakRssMB: m(mode, 'peakRssMB'),
    mentions: m(mode, 'mentions'),
    runs: results[mode].length,
  });
  const jaklens = summary('jaklens');
  const pdfjs = summary('pdfjs');
  return {
    pages: results.jaklens[0]?.pages ?? null,
    jaklens,
    pdfjs,
    /** What the matching adds to PDF.js's own text extraction, per page. */
    matchingMsPerPage:
      jaklens.cpuMs === null || pdfjs.cpuMs === null
        ? null
        : round((jaklens.cpuMs - pdfjs.cpuMs) / (results.jaklens[0]?.pages ?? PDF_PAGES), 3),
  };
}

function round(x) {
  return x === null || !Number.isFinite(x) ? null : Math.round(x * 100) / 100;
}

/** The child: opens FILE with PDF.js and reads every page, with (`jaklens`) or without matching. */
async function child([file, mode, scanBundle]) {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const { getDocument, VerbosityLevel } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // eslint-disable-next-line no-unsanitized/method -- our own build output
  const { scanPdfDocument } = await import(pathToFileURL(scanBundle).href);
  const data = new Uint8Array(await readFile(file));
  globalThis.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  let peakHeap = heap0;
  let peakRss = process.memoryUsage().rss;
  const sample = () => {
    const u = process.memoryUsage();
    peakHeap = Math.max(peakHeap, u.heapUsed);
    peakRss = Math.max(peakRss, u.rss);
  };
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const task = getDocument({
    data,
    isEvalSupported: false,
    verbosity: VerbosityLevel.ERRORS,
    cMapUrl: join(root, 'cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: join(root, 'standard_fonts/'),
    wasmUrl: join(root, 'wasm/'),
  });
  const document = await task.promise;
  let firstPageMs = null;
  let firstMentionPageMs = null;
  let mentions = 0;
  const onPage = (count) => {
    const at = performance.now() - t0;
    firstPageMs ??= at;
    if (count > 0) firstMentionPageMs ??= at;
    mentions += count;
    sample();
  };
  if (mode === 'jaklens') {
    await scanPdfDocument(document, { onPage: (scan) => onPage(scan.mentions.length) });
  } else {
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      await page.getTextContent({ includeMarkedContent: true, disableNormalization: true });
      page.cleanup();
      onPage(0);
    }
  }
  const fullMs = performance.now() - t0;
  const { user, system } = process.cpuUsage(cpu0);
  const pages = document.numPages;
  await task.destroy();
  const mb = (b) => b / 2 ** 20;
  process.stdout.write(
    `${JSON.stringify({
      pages,
      mentions,
      fullMs,
      cpuMs: (user + system) / 1000,
      firstPageMs,
      firstMentionPageMs,
      heapGrowthMB: mb(peakHeap - heap0),
      peakRssMB: mb(peakRss),
    })}\n`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  child(process.argv.slice(2)).catch((error) => {
    console.error(error.stack ?? error);
    process.exit(1);
  });
}
