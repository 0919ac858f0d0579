/**
 * The PDF reader page in a real browser: PDFs served from loopback, opened through the reader's
 * URL contract (`reader.html?file=`), checked for highlights on rendered pages, the per-page drug
 * list in the sidebar beside it (the in-page sidebar's components, in an open shadow root), hover
 * cards, the user's settings, next/previous mention across pages, each bad-input message, that
 * the PDF's URL is the only URL outside the extension the reader requested, and that "Open PDFs
 * in JAK Lens automatically" sends a PDF tab to the reader.
 *
 * Chromium: a test there can navigate a tab to the reader and watch its requests over CDP. In
 * Firefox a test cannot navigate a tab to a moz-extension:// page; reader-ways-in.test.ts has the
 * extension open the reader instead. The logic the reader runs is also unit-tested in happy-dom
 * over a stand-in PDF.js (tests/unit/entrypoints/reader/, tests/unit/core/pdf-*.test.ts,
 * tests/unit/page/pdf/). No driver can open a context menu or the toolbar button's menu, in
 * either browser: here the menu's click is dispatched to the background's own listeners, and the
 * entries themselves are unit-tested (tests/unit/entrypoints/background/reader-handlers.test.ts).
 *
 * Fixtures are generated here: the formulary is printed by Chromium from the HTML below (a real
 * producer's PDF, with embedded fonts), the password-protected copy is made from it by qpdf,
 * and the long, scanned-like and corrupt files come from tests/unit/support/pdf-fixtures.ts.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { corruptPdf, longPdf, qpdfEncryptedPdf, scannedPdf } from '../unit/support/pdf-fixtures';
import { axeCheck, extensionId, launch, shadowRootOf, waitForValue } from './harness';
import type { Chrome } from './hostile-support';

const FORMULARY_HTML = `<!doctype html><html><head><style>
  body { font: 12pt sans-serif; } table { border-collapse: collapse; width: 100%; }
  td, th { border: 1px solid #999; padding: 4pt; text-align: left; }
  .break { break-before: page; }
</style></head><body>
  <h1>Preferred Drug List: Dermatology</h1>
  <table><tr><th>Drug</th><th>Tier and requirements</th></tr>
    <tr><td>Dupixent (dupilumab) injection</td><td>Tier 2, prior authorization</td></tr>
    <tr><td>Rinvoq (upadacitinib) tablets</td><td>Tier 3, step therapy</td></tr>
  </table>
  <h2 class="break">Page two</h2>
  <table><tr><th>Drug</th><th>Tier and requirements</th></tr>
    <tr><td>Cibinqo (abrocitinib) tablets</td><td>Tier 3</td></tr>
    <tr><td>Rinvoq LQ oral solution</td><td>Not covered</td></tr>
  </table>
</body></html>`;
const PASSWORD = 'plan-members';

const dir = mkdtempSync(join(tmpdir(), 'jaklens-reader-'));
let browser: Browser;
let id: string;
let server: Server;
let origin: string;
/** Every URL path the loopback server was asked for, in order. */
const requested: string[] = [];

beforeAll(async () => {
  browser = await launch('chromium');
  id = await extensionId(browser);
  const printer = await browser.newPage();
  await printer.setContent(FORMULARY_HTML);
  const formulary = await printer.pdf({ format: 'Letter' });
  await printer.close();
  const files: Record<string, Uint8Array | string> = {
    '/formulary.pdf': formulary,
    '/protected.pdf': qpdfEncryptedPdf(formulary, PASSWORD),
    '/long.pdf': longPdf(300),
    '/scanned.pdf': scannedPdf(),
    '/corrupt.pdf': corruptPdf(),
    '/login.pdf': '<!doctype html><title>Sign in</title><form>Sign in to see this PDF</form>',
  };
  for (const [path, body] of Object.entries(files)) writeFileSync(join(dir, path), body);
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requested.push(path);
    // CORS: the reader has no host permission for 127.0.0.1 in this test (optional permission).
    const cors = { 'access-control-allow-origin': '*', 'access-control-expose-headers': '*' };
    if (!(path in files)) {
      res.writeHead(404, { ...cors, 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = path === '/login.pdf' ? 'text/html' : 'application/pdf';
    res.writeHead(200, { ...cors, 'content-type': type }).end(readFileSync(join(dir, path)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await browser?.close();
  if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Opens the reader on `path` of the loopback server. `urls` are the paths the server was asked
 * for; `outside` every distinct URL the page (and its PDF.js worker) requested that is not the
 * extension's own: PDF.js may fetch one PDF in several range requests, so URLs are counted.
 */
async function openReader(
  path: string,
): Promise<{ page: Page; urls: () => string[]; outside: () => string[] }> {
  const before = requested.length;
  const page = await browser.newPage();
  // A desktop window: the status panel, the PDF and the sidebar side by side.
  await page.setViewport({ width: 1280, height: 800 });
  const seen: string[] = [];
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', ({ request }) => seen.push(request.url));
  page.on('request', (request) => seen.push(request.url()));
  await page.goto(`chrome-extension://${id}/reader.html?file=${encodeURIComponent(origin + path)}`);
  return {
    page,
    urls: () => [...new Set(requested.slice(before))],
    outside: () => [...new Set(seen.filter((url) => !url.startsWith(`chrome-extension://${id}/`)))],
  };
}

/** `selector` inside the reader's sidebar (an open shadow root): Puppeteer's `>>>` pierces it. */
const inSidebar = (selector: string) => `>>> ${selector}`;

const text = (page: Page, selector: string) =>
  page.$eval(selector, (el) => (el as HTMLElement).innerText.trim());

/** The text of every range in our CSS highlights on the reader page. */
function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...CSS.highlights.entries()]
      .filter(([name]) => name.startsWith('jaklens-') && !name.endsWith('-flash'))
      .flatMap(([, highlight]) => [...highlight])
      .map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      }),
  );
}

describe('the reader on a formulary PDF', () => {
  let page: Page;
  let urls: () => string[];
  let outside: () => string[];
  beforeAll(async () => {
    ({ page, urls, outside } = await openReader('/formulary.pdf'));
    await page.waitForSelector('[data-testid="reader-summary"]');
  });
  afterAll(() => page.close());

  test('the sidebar lists the drugs in document order with counts and their pages', async () => {
    await page.waitForSelector(inSidebar('[data-testid="pdf-drug"]'));
    const rows = await page.$$eval(inSidebar('[data-testid="pdf-drug"]'), (els) =>
      els.map((el) => ({
        drug: el.getAttribute('data-drug-id'),
        count: el.querySelector('[data-testid="pdf-drug-count"]')?.textContent,
        pages: [...el.querySelectorAll('[data-testid="pdf-drug-page"]')].map((b) => b.textContent),
      })),
    );
    expect(rows).toEqual([
      { drug: 'dupilumab', count: '2×', pages: ['p. 1'] },
      { drug: 'upadacitinib', count: '3×', pages: ['p. 1', 'p. 2'] },
      { drug: 'abrocitinib', count: '2×', pages: ['p. 2'] },
    ]);
  });

  test('the sidebar beside the PDF has no axe violations', async () => {
    // Contrast is left "incomplete" here (axe's layout grid starts at the zero-size fixed host);
    // the palette's pairs are checked by tests/unit/components/theme.test.ts.
    const host = await page.waitForSelector('[data-testid="reader-sidebar-host"]');
    const result = await axeCheck(page, host!, await shadowRootOf(host!));
    expect(result.violations).toEqual([]);
  });

  test('highlights the names on the rendered page in its selectable text layer', async () => {
    await page.waitForFunction(() => document.querySelectorAll('.textLayer span').length > 0);
    const expectedOnPageOne = ['Dupixent', 'dupilumab', 'Rinvoq', 'upadacitinib'];
    await page.waitForFunction(
      (n) => [...CSS.highlights.values()].reduce((sum, h) => sum + h.size, 0) >= n,
      {},
      expectedOnPageOne.length,
    );
    expect(await highlighted(page)).toEqual(expect.arrayContaining(expectedOnPageOne));
  });

  test('find-in-document goes to the first match and counts them all', async () => {
    // "Tier" is in both tables' header rows and in three cells.
    await page.type('[data-testid="find"]', 'tier');
    await page.waitForFunction(() =>
      / of \d+$/.test(document.querySelector('[data-testid="find-count"]')?.textContent ?? ''),
    );
    expect(await text(page, '[data-testid="find-count"]')).toBe('1 of 5');
  });

  test('a hover card shows on a highlighted name in the text layer', async () => {
    const point = await page.evaluate(() => {
      const [range] = [...CSS.highlights.entries()]
        .filter(([name]) => name.startsWith('jaklens-') && !name.endsWith('-flash'))
        .flatMap(([, highlight]) => [...highlight]);
      if (!range) return null;
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      const rect = live.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x - 3, point!.y);
    await page.mouse.move(point!.x, point!.y);
    const card = await page.waitForSelector(inSidebar('[data-testid="hover-card"]'));
    expect(await card!.evaluate((el) => el.getAttribute('aria-label'))).toMatch(
      /dupilumab|upadacitinib/i,
    );
    await page.mouse.move(5, 5);
    await page.waitForFunction(
      () =>
        !document
          .querySelector('[data-testid="reader-sidebar-host"]')
          ?.shadowRoot?.querySelector('[data-testid="hover-card"]'),
    );
  });

  test("a drug's name opens its notes, whose next mention goes to its page", async () => {
    const name = await page.waitForSelector(
      inSidebar('[data-drug-id="abrocitinib"] [data-testid="pdf-drug-open"]'),
    );
    await name!.click();
    await page.waitForSelector(inSidebar('[data-testid="drug-title"]'));
    const next = await page.waitForSelector(inSidebar('[aria-label="Next mention"]'));
    await next!.click();
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="page-number"]') as HTMLInputElement).value === '2',
    );
    await page.click(inSidebar('[data-testid="tab-search"]'));
    await page.type(inSidebar('[data-testid="search-input"]'), 'baricitinib');
    const result = await page.waitForSelector(inSidebar('[data-testid="search-result"]'));
    expect(await result!.evaluate((el) => el.textContent)).toMatch(/baricitinib/i);
    // Back to the document's list, for the next test.
    await page.click(inSidebar('[data-testid="tab-page"]'));
    await page.click(inSidebar('.back'));
    await page.waitForSelector(inSidebar('[data-testid="pdf-drug"]'));
  });

  test("the user's settings apply at once: groups, highlight style, theme", async () => {
    const stored = { theme: 'dark', highlightStyle: 'underline', groups: { biologic: false } };
    const store = (settings: object | null) =>
      page.evaluate(async (value) => {
        const { storage } = (globalThis as unknown as { chrome: Chrome }).chrome;
        if (value) await storage.sync.set({ settings: value });
        else await storage.sync.remove('settings');
      }, settings);
    await store(stored);
    try {
      await page.waitForFunction(() => {
        const host = document.querySelector('[data-testid="reader-sidebar-host"]');
        const ids = [...(host?.shadowRoot?.querySelectorAll('[data-testid="pdf-drug"]') ?? [])];
        return (
          ids.map((el) => el.getAttribute('data-drug-id')).join() === 'upadacitinib,abrocitinib'
        );
      });
      // Dupixent and dupilumab (a biologic) are no longer painted on page one.
      expect(await highlighted(page)).not.toContain('dupilumab');
      expect(await highlighted(page)).toEqual(expect.arrayContaining(['Rinvoq', 'upadacitinib']));
      const rules = await page.evaluate(() =>
        [...document.adoptedStyleSheets].flatMap((sheet) =>
          [...sheet.cssRules].map((r) => r.cssText),
        ),
      );
      expect(rules.join('\n')).toMatch(/::highlight\(jaklens-[a-z0-9]{6}\) \{ text-decoration/);
      const theme = await page.$eval('[data-testid="reader-sidebar-host"]', (el) =>
        el.shadowRoot?.querySelector('.jl')?.getAttribute('data-theme'),
      );
      expect(theme).toBe('dark');
      expect(await page.$eval('html', (el) => el.getAttribute('data-theme'))).toBe('dark');
    } finally {
      await store(null);
    }
  });

  test('requested only the PDF itself: one URL outside the extension', () => {
    expect(urls()).toEqual(['/formulary.pdf']);
    expect(outside()).toEqual([`${origin}/formulary.pdf`]);
  });
});

describe('the reader on a 300-page PDF', () => {
  test('reads every page, then next mention scrolls from page to page', async () => {
    const { page, urls, outside } = await openReader('/long.pdf');
    await page.waitForSelector('[data-testid="reader-summary"]', { timeout: 60_000 });
    const pages = await page.$$eval(inSidebar('[data-testid="pdf-drug-page"]'), (els) =>
      els.map((b) => b.getAttribute('data-page')),
    );
    expect(pages).toEqual(['50', '100', '150', '200', '250', '300']);
    for (const expected of ['50', '100']) {
      await page.click('[data-testid="next-mention"]');
      await page.waitForFunction(
        (n) =>
          (document.querySelector('[data-testid="page-number"]') as HTMLInputElement).value === n,
        {},
        expected,
      );
    }
    await page.click('[data-testid="previous-mention"]');
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="page-number"]') as HTMLInputElement).value === '50',
    );
    expect(urls()).toEqual(['/long.pdf']);
    expect(outside()).toEqual([`${origin}/long.pdf`]);
    await page.close();
  });
});

describe('"Open PDFs in JAK Lens automatically"', () => {
  /** Writes the option through an extension page, as the options page would. */
  async function setOption(on: boolean): Promise<void> {
    const page = await browser.newPage();
    await page.goto(`chrome-extension://${id}/reader.html`);
    await page.evaluate(async (value) => {
      const { storage } = (globalThis as unknown as { chrome: Chrome }).chrome;
      if (value) await storage.sync.set({ settings: { openPdfsInReader: true } });
      else await storage.sync.remove('settings');
    }, on);
    await page.close();
  }

  test('sends a PDF tab to the reader, which then highlights it', async () => {
    await setOption(true);
    const page = await browser.newPage();
    try {
      const reader = `chrome-extension://${id}/reader.html?file=${encodeURIComponent(`${origin}/formulary.pdf`)}`;
      await page.goto(`${origin}/formulary.pdf`).catch(() => undefined);
      await page.waitForFunction((url) => location.href === url, {}, reader);
      await page.waitForSelector('[data-testid="reader-summary"]');
      expect(await text(page, '[data-testid="reader-summary"]')).toMatch(/of 3 drugs/);
    } finally {
      await page.close();
      await setOption(false);
    }
  });
});

describe('the context menu’s "Open in JAK Lens reader"', () => {
  /**
   * No driver can open a browser context menu, so the click the menu would deliver is dispatched
   * to the background's own `contextMenus.onClicked` listeners (Chromium's event objects have
   * `dispatch`): the real handler, the real `tabs` calls.
   */
  async function clickMenu(info: Record<string, unknown>, tab: { id: number; url: string }) {
    const worker = await browser
      .waitForTarget(
        (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`),
      )
      .then((t) => t.worker());
    await worker!.evaluate(
      (clicked, inTab) =>
        (
          globalThis as unknown as {
            chrome: { contextMenus: { onClicked: { dispatch(...a: unknown[]): void } } };
          }
        ).chrome.contextMenus.onClicked.dispatch(clicked, inTab),
      info,
      tab,
    );
  }

  /** The tab id of `page`, found by its address (a PDF viewer runs no content script of ours). */
  async function tabIdOf(page: Page): Promise<number> {
    const session = await page.createCDPSession();
    const { targetInfo } = await session.send('Target.getTargetInfo');
    await session.detach();
    const worker = await browser
      .waitForTarget(
        (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`),
      )
      .then((t) => t.worker());
    return waitForValue(
      'the tab by its address',
      () =>
        worker!.evaluate(async (url) => {
          const { tabs } = (globalThis as unknown as { chrome: Chrome }).chrome as unknown as {
            tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
          };
          const all = await tabs.query({});
          return all.find((t) => t.url === url)?.id ?? -1;
        }, targetInfo.url),
      (tab) => tab >= 0,
      20_000,
    );
  }

  test('on a link to a PDF it opens the reader on that PDF in a new tab', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/index.html`).catch(() => undefined);
    const tabId = await tabIdOf(page);
    const opened = browser.waitForTarget((t) => t.url().includes('/reader.html?file='));
    await clickMenu(
      { menuItemId: 'jak-lens-reader-link', linkUrl: `${origin}/formulary.pdf` },
      { id: tabId, url: page.url() },
    );
    const reader = (await (await opened).page())!;
    expect(new URL(reader.url()).searchParams.get('file')).toBe(`${origin}/formulary.pdf`);
    await reader.waitForSelector('[data-testid="reader-summary"]');
    expect(await text(reader, '[data-testid="reader-summary"]')).toMatch(/of 3 drugs/);
    await reader.close();
    await page.close();
  });

  test("on the toolbar button's menu it sends a PDF tab to the reader", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/formulary.pdf`).catch(() => undefined);
    const tabId = await tabIdOf(page);
    await clickMenu({ menuItemId: 'jak-lens-reader-action' }, { id: tabId, url: page.url() });
    await page.waitForFunction(() => location.pathname.endsWith('/reader.html'));
    await page.waitForSelector('[data-testid="reader-summary"]');
    expect(await text(page, '[data-testid="reader-summary"]')).toMatch(/of 3 drugs/);
    await page.close();
  });
});

describe('bad input gets a clear message', () => {
  test.each([
    ['/missing.pdf', 'The server says this PDF does not exist (404 Not found).'],
    ['/login.pdf', 'This is not a PDF, or the file is damaged'],
    ['/corrupt.pdf', 'This is not a PDF, or the file is damaged'],
  ])('%s', async (path, message) => {
    const { page, urls } = await openReader(path);
    await page.waitForSelector('[data-testid="reader-error"]');
    expect(await text(page, '[data-testid="reader-error"]')).toContain(message);
    expect(urls()).toEqual([path]);
    await page.close();
  });

  test('a scanned PDF says it has no selectable text', async () => {
    const { page } = await openReader('/scanned.pdf');
    await page.waitForSelector('[data-testid="no-text"]');
    expect(await text(page, '[data-testid="no-text"]')).toBe(
      "No selectable text: JAK Lens can't read scanned pages.",
    );
    await page.close();
  });

  test('a password-protected PDF asks for the password, says when it is wrong, then opens', async () => {
    const { page } = await openReader('/protected.pdf');
    await page.waitForSelector('[data-testid="password"]');
    await page.type('[data-testid="password"]', 'wrong');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="password-form"]')?.textContent?.includes('not right'),
    );
    await page.type('[data-testid="password"]', PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="reader-summary"]');
    await page.waitForSelector(inSidebar('[data-testid="pdf-drug"]'));
    expect(await page.$$eval(inSidebar('[data-testid="pdf-drug"]'), (els) => els.length)).toBe(3);
    await page.close();
  });
});
