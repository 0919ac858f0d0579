import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Browser, ElementHandle, Page } from 'puppeteer';
import {
  FIXTURES,
  highlightCount,
  highlightTexts,
  launchFirefox,
  serveFolder,
  waitForPage,
  waitForValue,
  type ExtensionApi,
  shownDrugTitle,
  sidebarRoot,
  waitForSidebar,
} from './harness';

/**
 * Firefox has no service-worker target to evaluate in, and Puppeteer cannot navigate a tab to a
 * moz-extension:// URL (design.md §3). A page the extension opens itself is reachable, though:
 * the sidebar's settings button has the background open the options page, and that page (with
 * the extension's own `browser.*`) is where these tests read storage, the badge and tab ids, and
 * from which they load the popup. What stays out of reach is the background's own listeners:
 * Firefox's events have no `dispatch`, so the keyboard command and the context-menu click are
 * covered here from the content side only (the messages those handlers send).
 */

/** `surfaces.html`: five distinct drugs, dupilumab twice. */
const DRUGS = ['upadacitinib', 'abrocitinib', 'dupilumab', 'tralokinumab', 'ruxolitinib'];
const MENTIONS = 6;
const BIOLOGICS = ['dupilumab', 'tralokinumab'];

let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;
let page: Page;
/** The options page the extension opened; later navigated to the popup. */
let ext: Page;
let tabId: number;
let scratch: string;

async function badge(): Promise<string> {
  return ext.evaluate(
    (tab) =>
      (globalThis as unknown as { browser: ExtensionApi }).browser.action.getBadgeText({
        tabId: tab,
      }),
    tabId,
  );
}

async function storedSettings(): Promise<Record<string, unknown>> {
  return ext.evaluate(() =>
    (globalThis as unknown as { browser: ExtensionApi }).browser.storage.sync.get('settings'),
  );
}

async function highlightRules(): Promise<string[]> {
  return page.evaluate(() =>
    document.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .filter((text) => text.includes('::highlight(')),
  );
}

async function stillSameDocument(): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { loadMarker?: number }).loadMarker === 1);
}

/** The page the extension opened, found by its real URL (Puppeteer reports about:blank). */
async function findExtensionPage(path: string): Promise<Page> {
  return waitForValue(
    `the extension's ${path}`,
    async () => {
      for (const p of await browser.pages()) {
        const href = await p.evaluate(() => location.href).catch(() => '');
        if (href.startsWith('moz-extension://') && href.includes(path)) return p;
      }
      return null;
    },
    (p) => p !== null,
  ) as Promise<Page>;
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'jaklens-ff-e2e-'));
  server = await serveFolder(FIXTURES);
  browser = await launchFirefox();
  page = await browser.newPage();
  await page.goto(`${server.url}/surfaces.html`);
  await waitForPage(page, 'highlights', () => CSS.highlights.size > 0);
  await page.evaluate(() => {
    (window as unknown as { loadMarker: number }).loadMarker = 1;
  });
  // The user's way to the options page: the sidebar's settings button.
  const root = await sidebarRoot(page);
  await (await root.waitForSelector('[data-testid=launcher]'))!.click();
  await waitForSidebar(page, true);
  await (await root.$('[data-testid=sidebar] .head button:not([data-testid=close])'))!.click();
  ext = await findExtensionPage('/options.html');
  // The tab whose content script answers with a report is the fixture.
  tabId = await ext.evaluate(async () => {
    const ff = (globalThis as unknown as { browser: ExtensionApi }).browser;
    for (const tab of await ff.tabs.query({})) {
      if (tab.id === undefined) continue;
      const report = await ff.tabs.sendMessage(tab.id, { type: 'get-report' }).catch(() => null);
      if (report) return tab.id;
    }
    return -1;
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

beforeEach(async () => {
  await ext.evaluate(() =>
    (globalThis as unknown as { browser: ExtensionApi }).browser.storage.sync.clear(),
  );
  await waitForValue(
    'all mentions highlighted',
    () => highlightCount(page),
    (n) => n === MENTIONS,
  );
});

describe('browser surfaces in Firefox', () => {
  test("the sidebar's settings button opens the options page", async () => {
    expect(await ext.evaluate(() => location.pathname)).toBe('/options.html');
    expect(await ext.waitForSelector('[data-testid=options-style]')).not.toBeNull();
    expect(tabId).toBeGreaterThan(0);
  });

  test('the toolbar badge shows how many distinct drugs the tab names', async () => {
    expect(await waitForValue('badge', badge, (t) => t === String(DRUGS.length))).toBe('5');
  });

  test('a highlight style and a group switched off in the options page apply to the open tab without a reload', async () => {
    expect((await highlightRules()).join('\n')).toContain('background-color');
    await ext.bringToFront();
    await ext.select('[data-testid=options-style]', 'underline');
    await waitForValue('underline rule in the page', highlightRules, (rules) =>
      rules.some((r) => r.includes('underline') && !r.includes('background-color')),
    );

    await (await ext.$('[data-testid=options-group-biologic]'))!.click();
    const texts = await waitForValue(
      'biologics unhighlighted',
      () => highlightTexts(page),
      (t) => t.length === MENTIONS - 3,
    );
    const lower = texts.map((t) => t.toLowerCase());
    for (const drug of BIOLOGICS) expect(lower).not.toContain(drug);
    expect(lower).toContain('upadacitinib');
    expect(await waitForValue('badge without biologics', badge, (t) => t === '3')).toBe('3');

    const root = await sidebarRoot(page);
    await page.bringToFront();
    await (await root.$('[data-testid=tab-page]'))!.click();
    const rows = await root.$$eval('[data-testid=page-drug]', (els) =>
      els.map((el) => el.getAttribute('data-drug-id')),
    );
    expect(rows).toEqual(DRUGS.filter((d) => !BIOLOGICS.includes(d)));

    await ext.bringToFront();
    await (await ext.$('[data-testid=options-group-biologic]'))!.click();
    await waitForValue(
      'biologics back',
      () => highlightCount(page),
      (n) => n === MENTIONS,
    );
    await root.waitForSelector('[data-testid=page-drug][data-drug-id=dupilumab]');
    expect(await stillSameDocument()).toBe(true);
  });

  test('importing a malformed settings file shows an error and changes no setting', async () => {
    await ext.bringToFront();
    await ext.select('[data-testid=options-style]', 'underline');
    await waitForValue(
      'the underline style stored',
      storedSettings,
      (s) =>
        (s.settings as { highlightStyle?: string } | undefined)?.highlightStyle === 'underline',
    );
    const before = await storedSettings();
    const input = (await ext.$('[data-testid=options-import]')) as ElementHandle<HTMLInputElement>;
    const path = join(scratch, 'truncated.json');
    writeFileSync(
      path,
      '{"format": "jak-lens-settings", "version": 1, "settings": {"side": "left"',
    );
    await input.uploadFile(path);
    const error = await ext.waitForSelector('[data-testid=options-error]', { timeout: 5000 });
    expect(await error!.evaluate((el) => el.textContent ?? '')).toMatch(/not valid JSON/);
    expect(await storedSettings()).toEqual(before);

    const good = join(scratch, 'good.json');
    writeFileSync(
      good,
      JSON.stringify({ format: 'jak-lens-settings', version: 1, settings: { side: 'left' } }),
    );
    await input.uploadFile(good);
    await waitForValue(
      'the good file imported',
      storedSettings,
      (s) => (s.settings as { side?: string } | undefined)?.side === 'left',
    );
  });

  test('toggle-sidebar and open-sidebar messages, as the command and the context menu send, drive the sidebar', async () => {
    const send = (message: object) =>
      ext.evaluate(
        (tab, m) =>
          (globalThis as unknown as { browser: ExtensionApi }).browser.tabs.sendMessage(tab, m),
        tabId,
        message,
      );
    await page.bringToFront();
    const root = await sidebarRoot(page);
    if (await root.$('[data-testid=sidebar]:not([hidden])')) {
      await (await root.$('[data-testid=close]'))!.click();
    }
    await waitForSidebar(page, false);
    await send({ type: 'toggle-sidebar' });
    await waitForSidebar(page, true);
    await send({ type: 'toggle-sidebar' });
    await waitForSidebar(page, false);
    await send({ type: 'open-sidebar', drugId: 'abrocitinib' });
    await waitForSidebar(page, true);
    expect(await shownDrugTitle(page)).toBe('Abrocitinib');
  });

  test('switching "On this site" off in the popup clears the open tab, and on restores it, without a reload', async () => {
    await ext.evaluate((tab) => {
      location.href = `popup.html?tab=${tab}`;
    }, tabId);
    const popup = await findExtensionPage('/popup.html');
    await popup.bringToFront();
    const toggle = (await popup.waitForSelector('[data-testid=site-toggle]'))!;
    await popup.waitForSelector('[data-testid=popup-drug]');
    expect(await toggle.evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);

    await toggle.click();
    await popup.waitForSelector('[data-testid=popup-disabled]');
    await waitForPage(page, 'highlights and host removed', () => {
      let n = 0;
      for (const [, h] of CSS.highlights) n += h.size;
      const host = [...document.documentElement.children, ...document.body.children].find((el) =>
        el.tagName.includes('-'),
      );
      return n === 0 && !host;
    });
    expect(await waitForValue('badge cleared', badge, (t) => t === '')).toBe('');

    await toggle.click();
    await waitForValue(
      'highlights back',
      () => highlightCount(page),
      (n) => n === MENTIONS,
    );
    const root = await sidebarRoot(page);
    expect(await root.waitForSelector('[data-testid=launcher]')).not.toBeNull();
    expect(await waitForValue('badge back', badge, (t) => t === '5')).toBe('5');
    expect(await stillSameDocument()).toBe(true);
  });
});
