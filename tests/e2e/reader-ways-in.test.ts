/**
 * The PDF reader's ways in, in both browsers: `reader.html?file=` and the popup's "Open in JAK
 * Lens reader" on a PDF tab, as a user would press it, and the plain message for bad input. In Firefox a test cannot navigate a tab to
 * a moz-extension:// page, but a page the extension opens itself is reachable
 * (tests/e2e/driver.ts), so there the extension opens the reader (`tabs.create`). The fuller
 * reader checks (settings, find, bad input, network, the menus) run in Chromium (reader.test.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { corruptPdf, formularyPdf, scannedPdf } from '../unit/support/pdf-fixtures';
import { launchDriver, type ExtensionDriver } from './driver';
import { BROWSERS, FIXTURES, serveFolder, waitForPage, waitForValue } from './harness';

/** The drugs of the formulary fixture, in document order (tests/unit/support/pdf-fixtures.ts). */
async function sidebarDrugs(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-testid="reader-sidebar-host"]');
    const root = host?.shadowRoot;
    return [...(root?.querySelectorAll('[data-testid="pdf-drug"]') ?? [])].map(
      (el) => el.getAttribute('data-drug-id') ?? '',
    );
  });
}

function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() =>
    [...CSS.highlights.entries()]
      .filter(([name]) => name.startsWith('jaklens-') && !name.endsWith('-flash'))
      .reduce((sum, [, h]) => sum + h.size, 0),
  );
}

describe.each(BROWSERS)('the PDF reader in %s', (name) => {
  let ext: ExtensionDriver;
  let pages: Awaited<ReturnType<typeof serveFolder>>;
  let pdfs: Awaited<ReturnType<typeof serveFolder>>;
  let dir: string;
  let expected: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jaklens-reader-ff-'));
    writeFileSync(join(dir, 'formulary.pdf'), formularyPdf());
    writeFileSync(join(dir, 'scanned.pdf'), scannedPdf());
    writeFileSync(join(dir, 'corrupt.pdf'), corruptPdf());
    pdfs = await serveFolder(dir);
    pages = await serveFolder(FIXTURES);
    ext = await launchDriver(name);
    const door = await ext.browser.newPage();
    await door.goto(`${pages.url}/surfaces.html`);
    await waitForPage(door, 'highlights', () => CSS.highlights.size > 0);
    await ext.connect(door);
  });

  afterAll(async () => {
    await ext?.browser.close();
    await pdfs?.close();
    await pages?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Waits for the whole document to be read (the summary shows then), and checks the list. */
  async function expectRead(reader: Page): Promise<void> {
    await reader.waitForSelector('[data-testid="reader-summary"]', { timeout: 30_000 });
    // The sidebar renders into its own shadow root just after the page's summary: wait until
    // its list is there and the same on two reads in a row.
    let previous = '';
    const drugs = await waitForValue(
      'the sidebar lists the PDF’s drugs',
      () => sidebarDrugs(reader),
      (list) => {
        const same = list.length > 0 && JSON.stringify(list) === previous;
        previous = JSON.stringify(list);
        return same;
      },
    );
    expected ??= drugs;
    expect(drugs).toEqual(expected);
    expect(drugs).toContain('dupilumab');
    await waitForValue(
      'highlights on the rendered page',
      () => highlightCount(reader),
      (n) => n > 0,
    );
  }

  /** The reader opened by the extension on `path` of the PDF server. */
  async function openReader(path: string): Promise<Page> {
    const url = `${pdfs.url}${path}`;
    const reader = await ext.openExtensionPage(`/reader.html?file=${encodeURIComponent(url)}`);
    await reader.bringToFront();
    return reader;
  }

  test('reader.html?file= shows the per-page drug list beside the PDF and highlights its text layer', async () => {
    const reader = await openReader('/formulary.pdf');
    await reader.setViewport({ width: 1280, height: 800 });
    await expectRead(reader);
    await reader.close();
  });

  test('the popup on a PDF tab opens it in the reader, which reads it the same way', async () => {
    const url = `${pdfs.url}/formulary.pdf`;
    // A PDF viewer runs no content script of ours: the tab is opened through the extension,
    // which knows its id.
    const tabId = await ext.evaluate(async (api, address) => {
      const tab = await api.tabs.create({ url: address });
      return tab.id ?? -1;
    }, url);
    expect(tabId).toBeGreaterThanOrEqual(0);
    // The popup names the page by the tab's address: wait until the tab is on the PDF.
    await waitForValue(
      'the tab on the PDF',
      () => ext.evaluate(async (api, id) => (await api.tabs.get(id)).url ?? '', tabId),
      (address) => address === url,
      20_000,
    );
    const known = await ext.extensionPages();
    const popup = await ext.openExtensionPage(`/popup.html?tab=${tabId}`);
    await (await popup.waitForSelector('[data-testid="popup-open-reader"]'))!.click();
    const reader = await ext.waitForExtensionPage('reader.html', known);
    await reader.setViewport({ width: 1280, height: 800 });
    await expectRead(reader);
    await reader.close();
  });

  test.each([
    ['/missing.pdf', 'reader-error', 'The server says this PDF does not exist (404 Not found).'],
    ['/corrupt.pdf', 'reader-error', 'This is not a PDF, or the file is damaged'],
    ['/scanned.pdf', 'no-text', "No selectable text: JAK Lens can't read scanned pages."],
  ])('bad input %s gets its plain message', async (path, testId, message) => {
    const reader = await openReader(path);
    const shown = await reader.waitForSelector(`[data-testid="${testId}"]`, { timeout: 20_000 });
    expect(await shown!.evaluate((el) => (el as HTMLElement).innerText)).toContain(message);
    await reader.close();
  });
});
