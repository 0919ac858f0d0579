import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'puppeteer';
import {
  FIXTURES,
  highlightCount,
  launchFirefox,
  mentionPoint,
  ourHost,
  serveFolder,
  shadowRootOf,
  waitForValue,
} from './harness';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;
let page: Page;

beforeAll(async () => {
  server = await serveFolder(FIXTURES);
  browser = await launchFirefox();
  page = await browser.newPage();
  await page.goto(`${server.url}/article.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('JAK Lens in Firefox', () => {
  test('highlights mentions through CSS.highlights', async () => {
    const count = await waitForValue(
      'highlights in Firefox',
      () => highlightCount(page),
      (n) => n >= 8,
    );
    expect(count).toBeGreaterThanOrEqual(8);
  });

  test('the sidebar opens at a clicked drug and lists the drugs on the page', async () => {
    const point = await mentionPoint(page, 'abrocitinib');
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    const root = await shadowRootOf(await ourHost(page));
    const title = await root.waitForSelector('[data-testid=drug-title]', { timeout: 5000 });
    expect((await title!.evaluate((el) => el.textContent ?? '')).toLowerCase()).toContain(
      'abrocitinib',
    );
    await (await root.$('button.back'))?.click(); // from the drug view back to the list
    await root.waitForSelector('[data-testid=page-drug]');
    const rows = await root.$$('[data-testid=page-drug]');
    expect(rows.length).toBe(7);
  });
});
