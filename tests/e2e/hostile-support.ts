/**
 * Shared pieces of the hostile-page suites (hostile-*.test.ts): fixture servers on two loopback
 * ports, a watcher that logs every network request and console error of the extension through
 * CDP on every target, and page-side probes of our highlights and host.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, CDPSession, ElementHandle, Page, Target } from 'puppeteer';
import { summarizeTrace } from '../../scripts/bench/trace.mjs';
import {
  launch,
  pressToggleShortcut,
  serveFolder,
  shadowRootOf,
  type BrowserName,
} from './harness';

export const HOSTILE = resolve('tests/fixtures/hostile');

/** The strict policy (no styles, Trusted Types required) served on /csp.html. */
export const STRICT_CSP =
  "default-src 'none'; style-src 'none'; require-trusted-types-for 'script'";

export interface Servers {
  /** The fixture origin, e.g. http://127.0.0.1:40001 */
  url: string;
  /** The same files on a second loopback port: a cross-origin site. */
  crossUrl: string;
  crossPort: number;
  dir: string;
  origins: string[];
  close(): Promise<void>;
}

/**
 * Copies the fixtures into a temporary folder (so tests can add generated pages, say 5 MB of
 * text, without committing them), then serves it on two loopback ports.
 */
export async function startServers(
  generate?: (dir: string) => void | Promise<void>,
): Promise<Servers> {
  const dir = mkdtempSync(join(tmpdir(), 'jaklens-hostile-'));
  cpSync(HOSTILE, dir, { recursive: true });
  await generate?.(dir);
  const main = await serveFolder(dir, {
    headers: {
      '/csp.html': csp(),
      '/nonhtml/drugs.xhtml': { 'content-type': 'application/xhtml+xml; charset=utf-8' },
    },
  });
  const cross = await serveFolder(dir);
  return {
    url: main.url,
    crossUrl: cross.url,
    crossPort: cross.port,
    dir,
    origins: [main.url, cross.url],
    async close() {
      await main.close();
      await cross.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function csp(): Record<string, string> {
  return { 'content-security-policy': STRICT_CSP };
}

export function writeFixture(dir: string, name: string, text: string): void {
  writeFileSync(join(dir, name), text);
}

/**
 * The part of `chrome.*` the suites call inside extension contexts (service worker, extension
 * pages), typed loosely: the project has no @types/chrome.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Chrome = any;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// A counting proxy: every request that would leave the machine

/**
 * A local HTTP proxy that answers nothing and logs everything: plain requests by URL, TLS by
 * CONNECT host. Chromium sends every non-loopback request through it (loopback, the fixture
 * servers, goes direct), from every context, from the first instruction of the service worker
 * on, with no race against attaching debuggers. Nothing is forwarded.
 */
export async function startCountingProxy(): Promise<{
  port: number;
  requests: string[];
  close(): Promise<void>;
}> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    // Chromium may reset a refused tunnel before our reply lands: that is not a test error.
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    requests,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** A Chromium with the extension, behind a counting proxy, and a watch on every target. */
export async function launchWatchedChromium(
  origins: string[],
): Promise<{ browser: Browser; watch: ExtensionWatch; close(): Promise<void> }> {
  const proxy = await startCountingProxy();
  // Every non-loopback request goes to the counting proxy, so that none can leave unseen.
  const browser = await launch('chromium', {
    chromiumArgs: [
      // The browser's own clock and autofill-server queries; they would only add noise here.
      '--disable-features=NetworkTimeServiceQuerying,AutofillServerCommunication',
      `--proxy-server=http://127.0.0.1:${proxy.port}`,
    ],
  });
  const watch = await ExtensionWatch.attach(browser, origins, proxy.requests);
  return {
    browser,
    watch,
    async close() {
      await watch.detach();
      await browser.close();
      await proxy.close();
    },
  };
}

/**
 * Chromium 156 contacts its own Google services even with the closed-network flags and no
 * extension installed (measured behind this proxy: update.googleapis.com, accounts.google.com,
 * redirector.gvt1.com, at varying moments). Requests to those service domains are ignored at the
 * proxy; anything else that reaches it counts against us. Extension contexts are also watched
 * over CDP, which attributes a request to any host, Google's included, once attached.
 */
const BROWSER_OWN_HOST =
  /(?:^|\.)(?:google\.com|googleapis\.com|gvt1\.com|gvt2\.com|gstatic\.com)$/;

function isBrowserOwn(logged: string): boolean {
  const target = logged.split(' ')[1] ?? '';
  let host = '';
  try {
    host = target.includes('://') ? new URL(target).hostname : (target.split(':')[0] ?? '');
  } catch {
    return false;
  }
  return BROWSER_OWN_HOST.test(host);
}

// ---------------------------------------------------------------------------------------------
// Network and console watch (Chromium, CDP)

const LOCAL_SCHEMES = /^(data|blob|chrome-extension|chrome|about|devtools|chrome-untrusted):/;

interface ContextInfo {
  origin: string;
  extension: boolean;
}

/**
 * Attaches to every target of a Chromium browser (pages, frames, the service worker, extension
 * pages) and logs (a) every request made by an extension context, or by a page to anything but
 * the fixture servers, or initiated by extension code; (b) every console error, warning of an
 * uncaught error, or exception thrown by extension code (content-script isolated worlds, the
 * service worker and extension pages).
 */
export class ExtensionWatch {
  private readonly logged: string[] = [];
  readonly errors: string[] = [];
  private readonly sessions = new Set<CDPSession>();
  private readonly seen = new WeakSet<Target>();

  private constructor(
    private readonly origins: string[],
    private readonly proxied: readonly string[],
  ) {}

  /**
   * Requests seen on any target (CDP) and requests that reached the counting proxy, which sees
   * what CDP can miss (a service worker's first instructions run before a debugger attaches).
   */
  get requests(): string[] {
    const proxied = this.proxied.filter((r) => !isBrowserOwn(r));
    return [...this.logged, ...proxied.map((r) => `${r} (at the counting proxy)`)];
  }

  static async attach(
    browser: Browser,
    origins: string[],
    proxied: readonly string[] = [],
  ): Promise<ExtensionWatch> {
    const watch = new ExtensionWatch(origins, proxied);
    browser.on('targetcreated', (target: Target) => void watch.attachTo(target));
    await Promise.all(browser.targets().map((t) => watch.attachTo(t)));
    return watch;
  }

  /** Errors logged since `mark` (an index from `errors.length`). */
  errorsSince(mark: number): string[] {
    return this.errors.slice(mark);
  }

  private async attachTo(target: Target): Promise<void> {
    if (this.seen.has(target)) return;
    this.seen.add(target);
    const type: string = target.type();
    if (type === 'browser' || type === 'tab') return;
    const targetIsExtension = target.url().startsWith('chrome-extension://');
    let session: CDPSession;
    try {
      session = await target.createCDPSession();
    } catch {
      return; // closed before we got there
    }
    this.sessions.add(session);
    const contexts = new Map<number, ContextInfo>();
    const fromExtension = (contextId?: number, url?: string) =>
      targetIsExtension ||
      (contextId !== undefined && contexts.get(contextId)?.extension === true) ||
      (url ?? '').startsWith('chrome-extension://');

    session.on('Runtime.executionContextCreated', (e) => {
      const origin = e.context.origin ?? '';
      const name = e.context.name ?? '';
      contexts.set(e.context.id, {
        origin,
        extension: origin.startsWith('chrome-extension://') || name === 'JAK Lens',
      });
    });
    session.on('Runtime.consoleAPICalled', (e) => {
      if (e.type !== 'error' && e.type !== 'assert') return;
      const url = e.stackTrace?.callFrames[0]?.url;
      if (!fromExtension(e.executionContextId, url)) return;
      const text = e.args.map((a) => a.value ?? a.description ?? '').join(' ');
      this.errors.push(`console.${e.type} in ${target.url()}: ${text}`);
    });
    session.on('Runtime.exceptionThrown', (e) => {
      const d = e.exceptionDetails;
      const url = d.url ?? d.stackTrace?.callFrames[0]?.url;
      if (!fromExtension(d.executionContextId, url)) return;
      this.errors.push(
        `uncaught in ${target.url()}: ${d.exception?.description ?? d.text} (${url ?? '?'})`,
      );
    });
    session.on('Log.entryAdded', (e) => {
      if (e.entry.level !== 'error') return;
      if (!fromExtension(undefined, e.entry.url)) return;
      this.errors.push(`log error in ${target.url()}: ${e.entry.text}`);
    });
    session.on('Network.requestWillBeSent', (e) => {
      const url = e.request.url;
      if (LOCAL_SCHEMES.test(url)) return;
      const initiator = JSON.stringify(e.initiator ?? {});
      const byExtension = targetIsExtension || initiator.includes('chrome-extension://');
      const offFixture = !this.origins.some((o) => url === o || url.startsWith(`${o}/`));
      if (byExtension || offFixture) {
        this.logged.push(`${url} from ${target.url()} (initiator ${initiator.slice(0, 200)})`);
      }
    });
    try {
      await Promise.all([
        session.send('Runtime.enable'),
        session.send('Network.enable'),
        session.send('Log.enable').catch(() => undefined),
      ]);
      // A worker or frame that was paused for us would wait forever otherwise.
      await session.send('Runtime.runIfWaitingForDebugger').catch(() => undefined);
    } catch {
      // The target went away while we attached.
    }
  }

  async detach(): Promise<void> {
    await Promise.all([...this.sessions].map((s) => s.detach().catch(() => undefined)));
  }
}

// ---------------------------------------------------------------------------------------------
// Page-side probes (run with page.evaluate: no closures over Node values)

/** Texts of our main highlight (`jaklens-*`, not the flash one), in range order. */
export function ourHighlightTexts(): string[] {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('jaklens-') || name.endsWith('-flash')) continue;
    return [...highlight].map((range) => {
      const r = document.createRange();
      r.setStart(range.startContainer, range.startOffset);
      r.setEnd(range.endContainer, range.endOffset);
      return r.toString();
    });
  }
  return [];
}

/** Number of ranges in our main highlight (0 when it is not registered). */
export function ourHighlightSize(): number {
  for (const [name, highlight] of CSS.highlights)
    if (name.startsWith('jaklens-') && !name.endsWith('-flash')) return highlight.size;
  return 0;
}

/** Hyphenated (custom-element) children of <html> and <body>: our host has that shape. */
export function hostCount(): number {
  const root = document.documentElement;
  if (!root) return 0;
  const body = document.body;
  return [...root.children, ...(body ? [...body.children] : [])].filter((el) =>
    el.localName.includes('-'),
  ).length;
}

/** Waits (polling in the page) until our main highlight has at least `n` ranges. */
export async function waitForHighlights(page: Page, n: number, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (min: number) => {
      for (const [name, h] of CSS.highlights)
        if (name.startsWith('jaklens-') && !name.endsWith('-flash') && h.size >= min) return true;
      return false;
    },
    { timeout, polling: 50 },
    n,
  );
}

/** The host handle: the custom-element child of <html> (our host mounts there). */
export async function hostHandle(page: Page, timeout = 10_000): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    () => [...document.documentElement.children].find((el) => el.localName.includes('-')),
    { timeout, polling: 50 },
  );
  return handle.asElement() as ElementHandle<Element>;
}

// ---------------------------------------------------------------------------------------------
// Our share of the page's main thread, from a Chromium performance trace

/**
 * Trace categories for {@link ourShareOfTrace}: tasks, script events and the V8 sampler (the
 * bench's set; long animation frames do not name content scripts, so they cannot be used).
 */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'toplevel',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
];

/**
 * Our share of the page's main thread: how many profiler samples were ours and in how many
 * separate tasks our code ran. Attribution is the bench's (scripts/bench/trace.mjs): a sample is
 * ours when a frame of its stack comes from our chrome-extension:// scripts, which covers
 * scheduler.yield() continuations, callbacks and the DOM calls we make. Durations are in the
 * summary too, for reading a failure; tests assert counts only (the bench owns the timings).
 */
export function ourShareOfTrace(
  trace: Uint8Array,
  pageUrl: string,
  origin: string,
): ReturnType<typeof summarizeTrace> {
  const { traceEvents } = JSON.parse(Buffer.from(trace).toString('utf8')) as {
    traceEvents: Parameters<typeof summarizeTrace>[0];
  };
  return summarizeTrace(traceEvents, { pageUrl, origin });
}

// ---------------------------------------------------------------------------------------------
// The extension's service worker (Chromium)

/**
 * Evaluates `fn` in our background service worker. MV3 workers stop and restart (after install,
 * when idle), which detaches a handle; the call is retried on a fresh worker a few times.
 */
export async function inWorker<A extends unknown[], R>(
  browser: Browser,
  fn: (...args: A) => R | Promise<R>,
  ...args: A
): Promise<R> {
  let last: unknown;
  for (let attempt = 0; attempt < 6; attempt++) {
    try {
      const isOurs = (t: Target) =>
        t.type() === 'service_worker' && t.url().startsWith('chrome-extension://');
      // The newest one: a restarted worker leaves its old target behind for a moment.
      const target =
        browser.targets().filter(isOurs).at(-1) ??
        (await browser.waitForTarget(isOurs, { timeout: 10_000 }));
      const worker = await target.worker();
      if (worker) return (await worker.evaluate(fn as never, ...(args as unknown as never[]))) as R;
    } catch (error) {
      last = error;
    }
    await sleep(300);
  }
  throw last;
}

// ---------------------------------------------------------------------------------------------
// One set-up for every hostile suite

export interface HostileOptions {
  /** Adds generated pages to the served copy of the fixtures before the servers start. */
  generate?: (dir: string) => void | Promise<void>;
  viewport?: { width: number; height: number };
}

/** A browser with our build, the hostile fixtures served, one tab, and our errors collected. */
export interface HostileBrowser {
  readonly name: BrowserName;
  readonly browser: Browser;
  /** The suite's tab, reused from page to page. */
  readonly page: Page;
  readonly servers: Servers;
  /** Our errors so far: every target over CDP in Chromium, the tab's page errors in Firefox. */
  readonly errors: string[];
  /** Opens a fixture in `p` and returns the error mark to check that page against. */
  visit(path: string, p?: Page): Promise<number>;
  /** Errors logged since `mark` (an index from {@link visit} or `errors.length`). */
  errorsSince(mark: number): string[];
  /** Our closed shadow root in `p`. */
  sidebarRoot(p?: Page): Promise<ElementHandle<Node>>;
  /** Presses the sidebar's shortcut in `p`. */
  toggleSidebar(p?: Page): Promise<void>;
}

/** Chromium adds the network watch and the service worker. */
export interface HostileChromium extends HostileBrowser {
  readonly watch: ExtensionWatch;
  /** The extension's id, from its service worker. */
  extensionId(): Promise<string>;
  /** Evaluates `fn` in our service worker (see {@link inWorker}). */
  inWorker<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
}

/**
 * Registers the suite's beforeAll/afterAll: fixture servers, `name` with our build (Chromium
 * behind the counting proxy with a CDP watch on every target), and one tab. The returned object
 * is filled in by the time the tests run.
 */
export function useHostileBrowser(name: 'chromium', options?: HostileOptions): HostileChromium;
export function useHostileBrowser(name: 'firefox', options?: HostileOptions): HostileBrowser;
export function useHostileBrowser(
  name: BrowserName,
  options: HostileOptions = {},
): HostileBrowser | HostileChromium {
  let browser: Browser | undefined;
  let page: Page | undefined;
  let servers: Servers | undefined;
  let watch: ExtensionWatch | undefined;
  let close: (() => Promise<void>) | undefined;
  const pageErrors: string[] = [];
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useHostileBrowser: no ${what} before beforeAll`);
    return value;
  };

  beforeAll(async () => {
    servers = await startServers(options.generate);
    if (name === 'chromium') {
      const chromium = await launchWatchedChromium(servers.origins);
      ({ browser, watch } = chromium);
      close = chromium.close;
    } else {
      const firefox = await launch('firefox');
      browser = firefox;
      close = () => firefox.close();
    }
    page = await browser.newPage();
    if (options.viewport) await page.setViewport(options.viewport);
    if (name === 'firefox') {
      // No CDP in Firefox: our errors are the ones the tab reports.
      page.on('pageerror', (error) => {
        // Firefox reports the CSP block of its own favicon request as a page error; not ours.
        if (!String(error).includes('/favicon.ico')) pageErrors.push(String(error));
      });
      page.on('console', (message) => {
        if (message.type() === 'error' && /jak|extension|moz-extension/i.test(message.text()))
          pageErrors.push(message.text());
      });
    }
  });

  afterAll(async () => {
    await close?.();
    await servers?.close();
  });

  const hostile: HostileChromium = {
    name,
    get browser() {
      return ready(browser, 'browser');
    },
    get page() {
      return ready(page, 'page');
    },
    get servers() {
      return ready(servers, 'servers');
    },
    get watch() {
      return ready(watch, 'network watch (Chromium only)');
    },
    get errors() {
      return watch ? watch.errors : pageErrors;
    },
    async visit(path, p = hostile.page) {
      const mark = hostile.errors.length;
      await p.bringToFront();
      await p.goto(`${hostile.servers.url}/${path}`, { waitUntil: 'load', timeout: 120_000 });
      return mark;
    },
    errorsSince(mark) {
      return hostile.errors.slice(mark);
    },
    async sidebarRoot(p = hostile.page) {
      return shadowRootOf(await hostHandle(p));
    },
    toggleSidebar(p = hostile.page) {
      return pressToggleShortcut(p);
    },
    async extensionId() {
      const target = await hostile.browser.waitForTarget(
        (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
      );
      return new URL(target.url()).host;
    },
    inWorker(fn, ...args) {
      return inWorker(hostile.browser, fn, ...args);
    },
  };
  return hostile;
}

/**
 * The checks that hold across every page a Chromium suite visited: no extension context made a
 * network request, and the extension logged no error and threw nothing. Register last.
 */
export function describeWholeRun(hostile: HostileChromium): void {
  describe('across every page of this file', () => {
    test('no extension context made a network request', () => {
      expect(hostile.watch.requests).toEqual([]);
    });

    test('the extension logged no console error and threw nothing on any page', () => {
      expect(hostile.errors).toEqual([]);
    });
  });
}
