import { launchChromium } from '../lib/launch-browser.mjs';
import { ownFunctions } from './profile.mjs';
import { summarizeTrace } from './trace.mjs';

/**
 * What the trace records: the categories, user-timing marks and the V8 sampler. Not
 * `v8`: it logs every call from Blink into JS (200,000 for mark.js's node filter on one page)
 * and slows the trace down for nothing we use.
 */
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'toplevel',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
];

/** "Quiet": no signal change and under 10% main-thread load for this long. */
const QUIET_MS = 1_000;
const POLL_MS = 200;
const MAX_BUSY_FRACTION = 0.1;
const TIMEOUT_MS = 60_000;
const INJECT_TIMEOUT_MS = 5_000;

/**
 * @typedef {{ name: string, browser: import('puppeteer').Browser, origin: string | null,
 *   highlights: boolean }} Contender
 */

/**
 * One headless Chromium per contender, with its unpacked extension installed (none for the
 * baseline, but extensions are enabled there too so every browser starts the same way). Tabs
 * are fresh per visit; the browser lives for the whole run.
 * @param {string} name
 * @param {string | null} extensionDir
 * @returns {Promise<Contender>}
 */
export async function launchContender(name, extensionDir) {
  const { browser, extensionId: id } = await launchChromium({ extension: extensionDir });
  return {
    name,
    browser,
    origin: id ? `chrome-extension://${id}` : null,
    highlights: name === 'jaklens',
  };
}

/** Read in the page's main world: highlight ranges, bench wrappers and all elements. */
function pageSignal() {
  let highlights = 0;
  for (const [, h] of globalThis.CSS?.highlights ?? []) highlights += h.size;
  return {
    highlights,
    matches: document.querySelectorAll('mark.jlb0').length,
    elements: document.getElementsByTagName('*').length,
  };
}

/**
 * Visits `url` in a fresh tab with tracing on, waits for quiet (and for a dynamic page, starts
 * its batches and waits for quiet again), then measures.
 * @param {Contender} contender
 * @param {string} url
 * @param {{ batchIntervalMs?: number, profile?: boolean }} [options] `batchIntervalMs` for the
 *   dynamic page; `profile` adds the contender's bottom-up function times
 */
export async function visit(contender, url, { batchIntervalMs, profile = false } = {}) {
  const page = await contender.browser.newPage();
  try {
    const cdp = await page.createCDPSession();
    let injectedAt = contender.origin ? 0 : -1;
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.origin === contender.origin && !injectedAt) injectedAt = Date.now();
    });
    await cdp.send('Runtime.enable');
    await cdp.send('Performance.enable');
    await page.tracing.start({ categories: CATEGORIES });
    const t0 = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
    const loadedAt = Date.now();
    // A content script that never injects (a broken build) must not stall the run.
    const since = () => injectedAt || loadedAt + INJECT_TIMEOUT_MS;
    let timedOut = !(await waitForQuiet(page, cdp, since));
    const started = Math.max(loadedAt, injectedAt);
    if (batchIntervalMs !== undefined) {
      await page.evaluate((ms) => void window.__bench.start(ms), batchIntervalMs);
      await page.waitForFunction(() => window.__bench.done, { timeout: TIMEOUT_MS, polling: 100 });
      const doneAt = Date.now();
      timedOut = !(await waitForQuiet(page, cdp, () => doneAt)) || timedOut;
    }
    const quietAt = Date.now();
    const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
    const tracedAt = Date.now();
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const signal = await page.evaluate(pageSignal);
    const summary = summarizeTrace(trace.traceEvents, {
      pageUrl: url,
      origin: contender.origin,
      phaseMark: batchIntervalMs === undefined ? undefined : 'bench-batches-start',
    });
    const functions =
      profile && contender.origin
        ? ownFunctions(trace.traceEvents, { pageUrl: url, origin: contender.origin })
        : undefined;
    return {
      ...summary,
      functions,
      mentions: contender.highlights ? signal.highlights : signal.matches,
      elements: signal.elements,
      heapMB: round(heap.usedSize / 2 ** 20),
      embedderMB: round((heap.embedderHeapUsedSize ?? 0) / 2 ** 20),
      injected: injectedAt > 0 || contender.origin === null,
      settleMs: quietAt - started,
      timedOut,
      /** Where the visit's wall time went (harness overhead, for keeping runs short). */
      harnessS: [loadedAt - t0, quietAt - loadedAt, tracedAt - quietAt, Date.now() - tracedAt]
        .map((x) => (x / 1000).toFixed(1))
        .join('/'),
    };
  } finally {
    await page.close();
  }
}

function round(x) {
  return Math.round(x * 100) / 100;
}

/**
 * Polls the page signal and the renderer's cumulative main-thread task time until, for
 * QUIET_MS, the signal has not changed and the thread was busy under 10% of the time, counted
 * from `since()` (load or the content script's injection, whichever is later).
 * @returns {Promise<boolean>} false on timeout
 */
async function waitForQuiet(page, cdp, since) {
  const begin = Date.now();
  /** @type {{ at: number, busy: number, signal: string }[]} */
  const polls = [];
  while (Date.now() - begin < TIMEOUT_MS) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const { metrics } = await cdp.send('Performance.getMetrics');
    const busy = (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
    const signal = JSON.stringify(await page.evaluate(pageSignal));
    const at = Date.now();
    polls.push({ at, busy, signal });
    const from = Math.max(since(), begin);
    if (at - from < QUIET_MS || polls[0].at > at - QUIET_MS) continue;
    const recent = polls.filter((p) => p.at >= at - QUIET_MS);
    const first = recent[0];
    const steady = recent.every((p) => p.signal === signal);
    const idle = busy - first.busy < MAX_BUSY_FRACTION * (at - first.at);
    if (steady && idle) return true;
  }
  return false;
}
