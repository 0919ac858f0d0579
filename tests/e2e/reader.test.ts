/**
 * The PDF reader page in a real browser: PDFs served from loopback, opened through the reader's
 * URL contract (`reader.html?file=`), checked for highlights on rendered pages, the per-page drug
 * list, next/previous mention across pages, each bad-input message, and that the PDF's URL is
 * the only one the reader requested.
 *
 * Chromium only: Firefox's WebDriver BiDi driver cannot navigate a tab to a moz-extension://
 * page (docs/design.md, "Toolchain facts"), so the reader cannot be opened there by a test; the
 * logic it runs is unit-tested (tests/unit/core/pdf-*.test.ts, tests/unit/page/pdf/).
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
import { extensionId, launch } from './harness';

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

/** Opens the reader on `path` of the loopback server; returns the page and the URLs it asked for. */
async function openReader(path: string): Promise<{ page: Page; urls: () => string[] }> {
  const before = requested.length;
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${id}/reader.html?file=${encodeURIComponent(origin + path)}`);
  return { page, urls: () => [...new Set(requested.slice(before))] };
}

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
  beforeAll(async () => {
    ({ page, urls } = await openReader('/formulary.pdf'));
    await page.waitForSelector('[data-testid="reader-summary"]');
  });
  afterAll(() => page.close());

  test('lists the drugs in document order with counts and the pages they are on', async () => {
    const rows = await page.$$eval('[data-testid="pdf-drug"]', (els) =>
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

  test('requested only the PDF itself', () => {
    expect(urls()).toEqual(['/formulary.pdf']);
  });
});

describe('the reader on a 300-page PDF', () => {
  test('reads every page, then next mention scrolls from page to page', async () => {
    const { page, urls } = await openReader('/long.pdf');
    await page.waitForSelector('[data-testid="reader-summary"]', { timeout: 60_000 });
    const pages = await page.$$eval('[data-testid="pdf-drug-page"]', (els) =>
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
    expect(await page.$$eval('[data-testid="pdf-drug"]', (els) => els.length)).toBe(3);
    await page.close();
  });
});
