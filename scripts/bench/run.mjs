import { launchChromium } from '../lib/launch-browser.mjs';
import { ownFunctions } from './profile.mjs';
import { JAKLENS_BUILDS } from './stats.mjs';
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
  if (name === 'nofuzzy') await turnFuzzyMatchingOff(browser);
  return {
    name,
    browser,
    origin: id ? `chrome-extension://${id}` : null,
    highlights: JAKLENS_BUILDS.includes(name),
  };
}

/**
 * The `nofuzzy` contender: JAK Lens's build with the `fuzzyMatching` setting off, stored the way
 * the options page stores a setting (a partial `settings` object in `storage.sync`, merged with
 * the defaults), through the extension's service worker.
 * @param {import('puppeteer').Browser} browser
 */
async function turnFuzzyMatchingOff(browser) {
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    { timeout: 10_000 },
  );
  const worker = await target.worker();
  await worker.evaluate(() => chrome.storage.sync.set({ settings: { fuzzyMatching: false } }));
}

/**
 * Read in the page's main world: highlight ranges, bench wrappers and all elements, in the page
 * and in every frame it can read (same-origin and srcdoc frames; a cross-origin frame's document
 * is out of reach, and so are its highlights).
 */
function pageSignal() {
  let highlights = 0;
  let matches = 0;
  let elements = 0;
  const windows = [window];
  for (let i = 0; i < windows.length; i++) {
    const w = windows[i];
    let doc;
    try {
      doc = w.document;
      for (const [, h] of w.CSS?.highlights ?? []) highlights += h.size;
    } catch {
      continue;
    }
    matches += doc.querySelectorAll('mark.jlb0').length;
    elements += doc.getElementsByTagName('*').length;
    for (let f = 0; f < w.frames.length; f++) windows.push(w.frames[f]);
  }
  return { highlights, matches, elements };
}

/**
 * In the page's main world: scrolls the first highlighted mention to the middle of the viewport
 * and returns its centre, or null when nothing is highlighted.
 */
function firstMentionPoint() {
  for (const [, highlight] of CSS.highlights) {
    for (const r of highlight) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
  }
  return null;
}

/** The interaction's user-timing mark: what comes after it is the first interaction's cost. */
export const INTERACTION_MARK = 'bench-interaction';

/**
 * Whether JAK Lens's sidebar is shown: its host is the hyphenated element under <html> or
 * <body>; the panel sits in a closed shadow root, which CDP's `DOM.describeNode` pierces.
 * @param {import('puppeteer').CDPSession} cdp
 */
async function sidebarShown(cdp) {
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `[...document.documentElement.children, ...(document.body?.children ?? [])].find((el) => el.tagName.includes('-')) ?? null`,
  });
  if (!result.objectId) return false;
  const { node } = await cdp.send('DOM.describeNode', {
    objectId: result.objectId,
    depth: 1,
    pierce: true,
  });
  const root = node.shadowRoots?.[0];
  if (!root) return false;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId });
  const { result: shown } = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: `function () {
      const panel = this.querySelector('[data-testid=sidebar]');
      return !!panel && !panel.hidden && panel.getBoundingClientRect().width > 0;
    }`,
    returnByValue: true,
  });
  return shown.value === true;
}

/**
 * After the page is quiet: clicks its first highlighted mention, as a reader would, and waits
 * for the sidebar (stage 2, injected on demand) to show. The mouse passes over the mention on
 * its way, so the hover that starts loading stage 2 happens too.
 * @returns {Promise<{ clicked: boolean, shownAt: number | null, clickedAt: number }>}
 */
async function clickFirstMention(page, cdp) {
  const point = await page.evaluate(firstMentionPoint);
  if (!point) return { clicked: false, shownAt: null, clickedAt: Date.now() };
  await new Promise((resolve) => setTimeout(resolve, 300));
  await page.mouse.move(1, 1);
  await page.evaluate((mark) => void performance.mark(mark), INTERACTION_MARK);
  const clickedAt = Date.now();
  await page.mouse.click(point.x, point.y);
  while (Date.now() - clickedAt < INJECT_TIMEOUT_MS) {
    if (await sidebarShown(cdp).catch(() => false)) {
      return { clicked: true, shownAt: Date.now(), clickedAt };
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { clicked: true, shownAt: null, clickedAt };
}

/**
 * Visits `url` in a fresh tab with tracing on, waits for quiet (and for a dynamic page, starts
 * its batches and waits for quiet again), then measures.
 * @param {Contender} contender
 * @param {string} url
 * @param {{ batchIntervalMs?: number, profile?: boolean, interact?: boolean }} [options]
 *   `batchIntervalMs` for the dynamic page; `profile` adds the contender's bottom-up function
 *   times; `interact` clicks the first mention once the page is quiet and measures from there
 *   (`phaseMs` is then the first interaction's cost, `interactionWallMs` click to sidebar)
 */
export async function visit(
  contender,
  url,
  { batchIntervalMs, profile = false, interact = false } = {},
) {
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
    let interaction;
    if (interact) {
      interaction = await clickFirstMention(page, cdp);
      const from = interaction.shownAt ?? Date.now();
      timedOut = !(await waitForQuiet(page, cdp, () => from)) || timedOut;
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
      phaseMark: interact
        ? INTERACTION_MARK
        : batchIntervalMs === undefined
          ? undefined
          : 'bench-batches-start',
    });
    const functions =
      profile && contender.origin
        ? ownFunctions(trace.traceEvents, {
            pageUrl: url,
            origin: contender.origin,
            ...(interact && { afterMark: INTERACTION_MARK }),
          })
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
      ...(interaction && {
        interactionShown: interaction.shownAt !== null,
        interactionWallMs:
          interaction.shownAt === null ? null : interaction.shownAt - interaction.clickedAt,
      }),
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
