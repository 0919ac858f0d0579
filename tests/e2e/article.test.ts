import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'puppeteer';
import {
  BROWSERS,
  FIXTURES,
  elementCount,
  highlightCount,
  highlightTexts,
  launch,
  mentionPoint,
  ourHost,
  serveFolder,
  sidebarRoot,
  waitForValue,
} from './harness';

/** The generic names `article.html` mentions, in document order (dupilumab twice). */
const EXPECTED = [
  'upadacitinib',
  'abrocitinib',
  'baricitinib',
  'tofacitinib',
  'ruxolitinib',
  'dupilumab',
  'tralokinumab',
];

describe.each(BROWSERS)('JAK Lens on an article in %s', (name) => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveFolder>>;
  let page: Page;
  let baseline: number;

  beforeAll(async () => {
    server = await serveFolder(FIXTURES);
    browser = await launch(name);
    page = await browser.newPage();
    await page.goto(`${server.url}/article.html`);
    // The served page parsed afresh, untouched by any script: the count we may add one to.
    baseline = await page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      return new DOMParser().parseFromString(html, 'text/html').getElementsByTagName('*').length;
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('highlights every generic name through CSS.highlights, case-insensitively', async () => {
    await waitForValue(
      'all mentions',
      () => highlightCount(page),
      (n) => n >= 8,
    );
    const texts = (await highlightTexts(page)).map((t) => t.toLowerCase());
    for (const drug of EXPECTED) expect(texts).toContain(drug);
    expect(texts.filter((t) => t === 'dupilumab')).toHaveLength(2);
  });

  test('leaves the textarea alone', async () => {
    const texts = await highlightTexts(page);
    expect(texts.filter((t) => t === 'upadacitinib')).toHaveLength(0); // the page writes UPADACITINIB
    const value = await page.$eval('#editor', (el) => (el as HTMLTextAreaElement).value);
    expect(value).toBe('upadacitinib in a textarea is left alone');
  });

  test('adds exactly one element to the page: the sidebar host', async () => {
    await ourHost(page);
    expect(await elementCount(page)).toBe(baseline + 1);
  });

  test('clicking a highlighted word opens the sidebar at that drug', async () => {
    const point = await mentionPoint(page, 'Tralokinumab');
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    const root = await sidebarRoot(page);
    const title = await root.waitForSelector('[data-testid=drug-title]', { timeout: 5000 });
    expect((await title!.evaluate((el) => el.textContent ?? '')).toLowerCase()).toContain(
      'tralokinumab',
    );
  });

  test('the sidebar lists the drugs found, in document order', async () => {
    const root = await sidebarRoot(page);
    await (await root.$('button.back'))?.click(); // from the drug view back to the list
    await root.waitForSelector('[data-testid=page-drug]');
    const names = await root.$$eval('[data-testid=page-drug]', (rows) =>
      rows.map((row) => (row.textContent ?? '').toLowerCase()),
    );
    expect(names).toHaveLength(EXPECTED.length);
    EXPECTED.forEach((drug, i) => expect(names[i]).toContain(drug));
  });

  test('a click on another mention opens the sidebar at that drug', async () => {
    const point = await mentionPoint(page, 'abrocitinib');
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    const root = await sidebarRoot(page);
    await root.waitForSelector('[data-testid=drug-title]', { timeout: 5000 });
    await page.waitForFunction(
      (r: Node) =>
        ((r as ShadowRoot).querySelector('[data-testid=drug-title]')?.textContent ?? '')
          .toLowerCase()
          .includes('abrocitinib'),
      { timeout: 5000 },
      root,
    );
  });
});
