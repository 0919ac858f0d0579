import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'puppeteer';
import { FIREFOX_BUILD, launchFirefox, shadowRootOf } from './harness';
import {
  hostCount,
  hostHandle,
  ourHighlightSize,
  ourHighlightTexts,
  sleep,
  startServers,
  waitForHighlights,
  type Servers,
} from './hostile-support';

/**
 * Hostile pages in Firefox, for the cases where it differs from Chromium: content scripts see the
 * page through Xray wrappers rather than an isolated world, page CSP applies differently to what
 * content scripts insert, text and JSON documents have their own viewers, and an updated add-on
 * is injected into open tabs. Page errors are collected on every page.
 */

let browser: Browser;
let servers: Servers;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  servers = await startServers();
  browser = await launchFirefox();
  page = await browser.newPage();
  page.on('pageerror', (error) => {
    // Firefox reports the CSP block of its own favicon request as a page error; not ours.
    if (!String(error).includes('/favicon.ico')) pageErrors.push(String(error));
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /jak|extension|moz-extension/i.test(message.text()))
      pageErrors.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await servers?.close();
});

async function visit(path: string): Promise<number> {
  const mark = pageErrors.length;
  await page.goto(`${servers.url}/${path}`, { waitUntil: 'load' });
  return mark;
}

async function toggleSidebar(): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press('KeyJ');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

describe('JAK Lens on hostile pages in Firefox', () => {
  test('overridden DOM and JSON built-ins do not reach the content script (Xray wrappers)', async () => {
    const mark = await visit('globals.html');
    await waitForHighlights(page, 2);
    await toggleSidebar();
    const root = await shadowRootOf(await hostHandle(page));
    await root.waitForSelector('[data-testid=page-drug]', { visible: true });
    expect(await page.evaluate(hostCount)).toBe(1);
    expect(pageErrors.slice(mark)).toEqual([]);
  });

  test('under a strict CSP with Trusted Types the sidebar is styled and nothing is reported', async () => {
    await page.evaluateOnNewDocument(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        // Firefox's own favicon request is blocked by img-src too; it is not ours.
        if (!e.blockedURI.endsWith('/favicon.ico'))
          w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`);
      });
    });
    const mark = await visit('csp.html');
    await waitForHighlights(page, 3);
    await toggleSidebar();
    const root = await shadowRootOf(await hostHandle(page));
    const panel = (await root.waitForSelector('[data-testid=sidebar]', { visible: true }))!;
    const style = await panel.evaluate((el) => {
      const s = getComputedStyle(el);
      return { position: s.position, background: s.backgroundColor, width: el.clientWidth };
    });
    expect(style.position).toBe('fixed');
    expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(style.width).toBeGreaterThan(200);
    await sleep(500);
    expect(
      await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    ).toEqual([]);
    expect(pageErrors.slice(mark)).toEqual([]);
  });

  test.each(['drugs.svg', 'drugs.xml', 'drugs.txt', 'drugs.json'])(
    '%s (Firefox has its own text and JSON viewers) gets no host and no highlight',
    async (file) => {
      const mark = await visit(`nonhtml/${file}`);
      await sleep(1_500);
      const state = await page.evaluate(() => ({
        hosts: document.documentElement
          ? [...document.querySelectorAll('*')].filter(
              (el) => el.localName.includes('-') && el.localName.startsWith('x-'),
            ).length
          : 0,
        ours:
          typeof CSS !== 'undefined' && CSS.highlights
            ? [...CSS.highlights.keys()].filter((n) => n.startsWith('jaklens-')).length
            : 0,
      }));
      expect(state).toEqual({ hosts: 0, ours: 0 });
      expect(pageErrors.slice(mark)).toEqual([]);
    },
  );

  test('frames are not scanned and only the top document gets a host', async () => {
    const mark = await visit(`frames.html?cross=${servers.crossPort}`);
    await waitForHighlights(page, 1);
    await sleep(2_000);
    expect(await page.evaluate(ourHighlightTexts)).toEqual(['upadacitinib']);
    expect(await page.evaluate(hostCount)).toBe(1);
    for (const frame of page.mainFrame().childFrames()) {
      const hosts = await frame
        .evaluate(
          () =>
            [...document.querySelectorAll('*')].filter((el) => el.localName.includes('-')).length,
        )
        .catch(() => 0); // a sandboxed frame without scripts cannot be evaluated in Firefox
      expect(hosts).toBe(0);
    }
    expect(pageErrors.slice(mark)).toEqual([]);
  });

  test('open shadow roots are read and a closed one is skipped', async () => {
    const mark = await visit('shadow.html');
    await waitForHighlights(page, 4);
    await sleep(500);
    const texts = (await page.evaluate(ourHighlightTexts)).map((t) => t.toLowerCase());
    expect(texts).toEqual(['baricitinib', 'dupixent', 'abrocitinib', 'tralokinumab']);
    expect(pageErrors.slice(mark)).toEqual([]);
  });

  test('clicks do nothing while <html> is nearly transparent', async () => {
    const mark = await visit('clickjack.html');
    await waitForHighlights(page, 2);
    const root = await shadowRootOf(await hostHandle(page));
    const launcher = (await root.waitForSelector('[data-testid=launcher]', { visible: true }))!;
    await page.evaluate(() => document.documentElement.style.setProperty('opacity', '0.03'));
    await launcher.click();
    await sleep(600);
    expect(await root.$('[data-testid=sidebar]')).toBeNull();
    await page.evaluate(() => document.documentElement.style.removeProperty('opacity'));
    await launcher.click();
    await root.waitForSelector('[data-testid=sidebar]', { visible: true });
    expect(pageErrors.slice(mark)).toEqual([]);
  });

  test('an add-on update tears the old UI down and Firefox injects exactly one new copy', async () => {
    const mark = await visit('lifecycle.html');
    await waitForHighlights(page, 3);
    await toggleSidebar();
    await (await shadowRootOf(await hostHandle(page))).waitForSelector('[data-testid=sidebar]');
    const oldHost = await page.evaluate(
      () =>
        [...document.documentElement.children].find((el) => el.localName.includes('-'))!.localName,
    );
    // Installing the same temporary add-on again is an in-place update (same id).
    await browser.installExtension(FIREFOX_BUILD);
    await page.waitForFunction(
      (old: string) =>
        ![...document.documentElement.children].some((el) => el.localName === old) &&
        [...document.documentElement.children].some((el) => el.localName.includes('-')),
      { timeout: 15_000, polling: 100 },
      oldHost,
    );
    await sleep(2_000);
    expect(await page.evaluate(hostCount)).toBe(1);
    expect(await page.evaluate(ourHighlightSize)).toBe(3);
    expect(
      await page.evaluate(
        () => [...CSS.highlights.keys()].filter((n) => n.startsWith('jaklens-')).length,
      ),
    ).toBe(1);
    expect(pageErrors.slice(mark)).toEqual([]);
  });
});
