import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer';
import { launchDriver, type ExtensionDriver } from './driver';
import {
  BROWSERS,
  FIXTURES,
  mentionPoint,
  serveFolder,
  sidebarRoot,
  waitForPage,
  waitForValue,
} from './harness';

/**
 * A quieter hover card: "Don't show cards on this site" in the card itself, and keyboard focus
 * on a mention still showing its card where the pointer's are off (unit tests cover that the
 * pointer then loads nothing: tests/unit/entrypoints/content/top-frame.test.ts).
 */
describe.each(BROWSERS)('hover cards in %s', (name) => {
  let ext: ExtensionDriver;
  let server: Awaited<ReturnType<typeof serveFolder>>;

  beforeAll(async () => {
    server = await serveFolder(FIXTURES);
    ext = await launchDriver(name);
    // Firefox reaches the extension's context through a page of its own.
    const door = await ext.browser.newPage();
    await door.goto(`${server.url}/surfaces.html`);
    await waitForPage(door, 'highlights', () => CSS.highlights.size > 0);
    await ext.connect(door);
    await ext.evaluate((api) => api.storage.sync.clear());
  });

  afterAll(async () => {
    await ext?.evaluate((api) => api.storage.sync.clear()).catch(() => undefined);
    await ext?.browser.close();
    await server?.close();
  });

  async function status(page: Page): Promise<{ uiLoaded: boolean }> {
    const tabId = await ext.tabIdOf(page);
    return ext.evaluate(
      (api, tab) => api.tabs.sendMessage(tab, { type: 'get-report' }, { frameId: 0 }),
      tabId,
    );
  }

  async function noCardSites(): Promise<unknown> {
    const stored = (await ext.evaluate((api) => api.storage.sync.get('settings'))) as {
      settings?: { noCardSites?: unknown };
    };
    return stored.settings?.noCardSites;
  }

  test('"Don\'t show cards on this site" closes the card and keeps the site; focus still shows cards there', async () => {
    const page = await ext.browser.newPage();
    await page.goto(`${server.url}/surfaces.html`);
    await page.bringToFront();
    await waitForPage(page, 'highlights', () => CSS.highlights.size > 0);

    const point = (await mentionPoint(page, 'dupilumab'))!;
    await page.mouse.move(point.x, point.y);
    const root = await sidebarRoot(page);
    await root.waitForSelector('[data-testid=hover-card]', { visible: true });
    await (await root.$('[data-testid=hover-card-hide-on-site]'))!.click();
    await root.waitForSelector('[data-testid=hover-card]', { hidden: true });
    expect(
      await waitForValue(
        'the site kept in noCardSites',
        noCardSites,
        (sites) => Array.isArray(sites) && sites.length > 0,
      ),
    ).toEqual(['127.0.0.1']);

    // A fresh page of the same site: a link naming a drug, reached with the keyboard.
    await page.mouse.move(1, 1);
    await page.reload();
    await waitForPage(page, 'highlights', () => CSS.highlights.size > 0);
    await page.evaluate(() => {
      const link = document.createElement('a');
      link.href = '#rinvoq';
      link.id = 'rinvoq';
      link.textContent = 'Rinvoq';
      document.body.prepend(link);
    });
    await waitForValue(
      'the link highlighted',
      () => mentionPoint(page, 'rinvoq'),
      (p) => p !== null,
    );
    await page.focus('#rinvoq');
    await waitForValue(
      'the sidebar code loaded for the focused mention',
      () => status(page),
      (s) => s.uiLoaded,
    );
    const card = await (
      await sidebarRoot(page)
    ).waitForSelector('[data-testid=hover-card]', { visible: true });
    expect(await card!.evaluate((el) => el.getAttribute('aria-label'))).toBe('Upadacitinib');
    await page.close();
  });
});
