/**
 * The PDF case in the reader (issue 14, "Bench"): the 300-page document (`pdf.mjs`'s `writePdf`)
 * opened in JAK Lens's built reader (`reader.html?file=<URL>`), against the same file in a plain
 * page running PDF.js's viewer alone (the files the reader ships, copied from the build), in
 * headless Chromium at 1280×800, one fresh tab per run, interleaved.
 *
 * Wall times from navigation start (`performance.now()` in the page, polled every animation
 * frame): JAK Lens's first highlighted mention (a `jaklens-` CSS highlight holding a range) and
 * its whole drug list (the status line's summary, shown once every page's text is read);
 * PDF.js's first text-layer span and its last page's text read (`getTextContent` per page, as
 * the reader's scan calls it). Peak heap: the page's `JSHeapUsedSize` (CDP
 * `Performance.getMetrics`) sampled every 100 ms; PDF.js's worker has its own heap, in neither.
 */
import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium } from '../lib/launch-browser.mjs';
import { median } from './stats.mjs';

const TIMEOUT_MS = 180_000;
const HEAP_SAMPLE_MS = 100;

/** The baseline page's script: PDF.js's viewer as the reader sets it up, and the text read. */
const BASELINE_SCRIPT = `const lib = globalThis.pdfjsLib;
const { EventBus, PDFLinkService, PDFFindController, PDFViewer } = globalThis.pdfjsViewer;
const asset = (path) => new URL('pdfjs/' + path, location.href).href;
lib.GlobalWorkerOptions.workerSrc = asset('build/pdf.worker.min.mjs');
const eventBus = new EventBus();
const linkService = new PDFLinkService({ eventBus });
const findController = new PDFFindController({ eventBus, linkService });
const viewer = new PDFViewer({
  container: document.getElementById('viewerContainer'),
  viewer: document.getElementById('viewer'),
  eventBus,
  linkService,
  findController,
  textLayerMode: 1,
});
linkService.setViewer(viewer);
eventBus.on('pagesinit', () => { viewer.currentScaleValue = 'auto'; });
const pdf = await lib.getDocument({
  url: new URLSearchParams(location.search).get('file'),
  isEvalSupported: false,
  enableXfa: false,
  cMapUrl: asset('cmaps/'),
  cMapPacked: true,
  standardFontDataUrl: asset('standard_fonts/'),
  wasmUrl: asset('wasm/'),
  iccUrl: asset('iccs/'),
}).promise;
viewer.setDocument(pdf);
linkService.setDocument(pdf);
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  await page.getTextContent({ includeMarkedContent: true, disableNormalization: true });
  page.cleanup();
}
document.documentElement.dataset.fullText = String(performance.now());
`;

/** The baseline page: PDF.js's display layer, then its viewer (which reads `pdfjsLib`), in order. */
const BASELINE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>PDF.js viewer alone</title>
<link rel="stylesheet" href="pdfjs/web/pdf_viewer.css">
<style>html, body { margin: 0; height: 100% } #viewerContainer { position: absolute; inset: 0; overflow: auto }</style>
</head><body><div id="viewerContainer"><div id="viewer" class="pdfViewer"></div></div>
<script type="module" src="pdfjs/build/pdf.min.mjs"></script>
<script type="module" src="pdfjs/web/pdf_viewer.mjs"></script>
<script type="module" src="pdfjs-viewer.js"></script>
</body></html>`;

/**
 * Writes the baseline page into `pagesDir` (`pdfjs-viewer.html`), with the PDF.js files the
 * reader ships copied from the extension build (`<extensionDir>/pdfjs/`), so both run the same
 * files, byte for byte.
 */
async function writeBaseline(pagesDir, extensionDir) {
  await cp(join(extensionDir, 'pdfjs'), join(pagesDir, 'pdfjs'), { recursive: true });
  await writeFile(join(pagesDir, 'pdfjs-viewer.html'), BASELINE_HTML);
  await writeFile(join(pagesDir, 'pdfjs-viewer.js'), BASELINE_SCRIPT);
}

/** In the reader page: when a `jaklens-` highlight holds a range. */
function readerFirstHighlight() {
  for (const [name, highlight] of CSS.highlights) {
    if (name.startsWith('jaklens-') && highlight.size > 0) return performance.now();
  }
  return false;
}

/** In the reader page: when the status line shows the whole document's summary (or an error). */
function readerFullList() {
  const error = document.querySelector('[data-testid="reader-error"]');
  if (error) return `error: ${error.textContent}`;
  const done = document.querySelector('[data-testid="reader-summary"], [data-testid="no-text"]');
  return done ? performance.now() : false;
}

/** In the baseline page: when the first text-layer span exists. */
function baselineFirstTextLayer() {
  return document.querySelector('.textLayer span') ? performance.now() : false;
}

/** In the baseline page: when the last page's text was read. */
function baselineFullText() {
  const at = document.documentElement.dataset.fullText;
  return at ? Number(at) : false;
}

/** In the reader page, at the end: what the status line says and how many ranges are painted. */
function readerOutcome() {
  let ranges = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (name.startsWith('jaklens-') && !name.endsWith('-flash')) ranges += highlight.size;
  }
  const summary = document.querySelector('[data-testid="reader-summary"]')?.textContent ?? null;
  return { summary, paintedRanges: ranges };
}

/**
 * One visit: a fresh 1280×800 tab on `url`, the heap sampled until both `first` and `full`
 * (page functions returning `performance.now()` when their moment has come) have fired.
 * @returns {Promise<{ firstMs: number | null, fullMs: number, peakHeapMB: number, page: any }>}
 */
async function visitPdf(browser, url, first, full) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1280, height: 800 });
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    let peak = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const { metrics } = await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] }));
        peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
        await new Promise((resolve) => setTimeout(resolve, HEAP_SAMPLE_MS));
      }
    })();
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: TIMEOUT_MS });
      const wait = (fn) =>
        page
          .waitForFunction(fn, { polling: 'raf', timeout: TIMEOUT_MS })
          .then((handle) => handle.jsonValue());
      // A document read without any highlight (a broken build) gives null, not a stalled run.
      const firstAt = wait(first).catch(() => null);
      const fullMs = await wait(full);
      if (typeof fullMs === 'string') throw new Error(`${url}: ${fullMs}`);
      const firstMs = await Promise.race([
        firstAt,
        new Promise((resolve) => setTimeout(() => resolve(null), 2_000)),
      ]);
      return { firstMs, fullMs, peakHeapMB: peak / 2 ** 20, page };
    } finally {
      sampling = false;
      await sampler;
    }
  } catch (error) {
    await page.close();
    throw error;
  }
}

/**
 * Runs both contenders `runs` times, interleaved (the order alternating), after one unmeasured
 * visit each (code caches, the worker's first start), and reports the medians.
 * @param {{ pdfUrl: string, serverUrl: string, pagesDir: string, extensionDir: string,
 *   runs: number, log?: (...a: unknown[]) => void }} o `pdfUrl` is served with
 *   `access-control-allow-origin: *` (the reader has no host permission for it)
 */
export async function measurePdfReader({
  pdfUrl,
  serverUrl,
  pagesDir,
  extensionDir,
  runs,
  log = () => {},
}) {
  await writeBaseline(pagesDir, extensionDir);
  const jaklens = await launchChromium({ extension: extensionDir });
  const baseline = await launchChromium();
  const file = encodeURIComponent(pdfUrl);
  const contenders = {
    jaklens: async () => {
      const v = await visitPdf(
        jaklens.browser,
        `chrome-extension://${jaklens.extensionId}/reader.html?file=${file}`,
        readerFirstHighlight,
        readerFullList,
      );
      const outcome = await v.page.evaluate(readerOutcome);
      await v.page.close();
      return {
        firstHighlightMs: v.firstMs,
        fullListMs: v.fullMs,
        peakHeapMB: v.peakHeapMB,
        ...outcome,
      };
    },
    pdfjs: async () => {
      const v = await visitPdf(
        baseline.browser,
        `${serverUrl}/pdfjs-viewer.html?file=${file}`,
        baselineFirstTextLayer,
        baselineFullText,
      );
      await v.page.close();
      return { firstTextLayerMs: v.firstMs, fullTextMs: v.fullMs, peakHeapMB: v.peakHeapMB };
    },
  };
  /** @type {Record<string, Record<string, any>[]>} */
  const results = { jaklens: [], pdfjs: [] };
  try {
    for (const visit of Object.values(contenders)) await visit();
    const names = Object.keys(contenders);
    for (let run = 0; run < runs; run++) {
      for (const name of run % 2 ? [...names].reverse() : names) {
        const r = await contenders[name]();
        results[name].push(r);
        log(
          `run ${run + 1}/${runs} pdf-300 reader ${name}: ` +
            Object.entries(r)
              .map(([k, v]) => `${k} ${typeof v === 'number' ? Math.round(v) : v}`)
              .join(', '),
        );
      }
    }
  } finally {
    await Promise.all([jaklens.browser.close(), baseline.browser.close()]);
  }
  return summarizePdfReader(results);
}

/**
 * Medians per contender of every numeric field of its runs (rounded to 0.01); a text field
 * (the reader's summary line) is kept from the last run. `runs` is the fewest runs any
 * contender has.
 * @param {Record<string, Record<string, unknown>[]>} results per contender, one object per run
 */
export function summarizePdfReader(results) {
  /** @type {Record<string, any>} */
  const out = {};
  for (const [name, list] of Object.entries(results)) {
    /** @type {Record<string, unknown>} */
    const summary = {};
    for (const key of Object.keys(list[0] ?? {})) {
      const values = list.map((r) => r[key]);
      if (values.every((v) => typeof v !== 'number')) summary[key] = values.at(-1) ?? null;
      else {
        const m = median(/** @type {number[]} */ (values.filter((v) => typeof v === 'number')));
        summary[key] = m === null ? null : Math.round(m * 100) / 100;
      }
    }
    out[name] = summary;
  }
  out.runs = Math.min(...Object.values(results).map((list) => list.length));
  return out;
}
