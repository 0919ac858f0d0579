import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer';
import { launchDriver, type ExtensionDriver } from './driver';
import { BROWSERS, serveFolder, sidebarRoot, waitForPage, waitForSidebar } from './harness';

/** The demo page's drugs and mention counts, as counted by hand (tests/unit/page/demo-export.test.ts). */
const DEMO_COUNTS = [
  ['Dupilumab', '5'],
  ['Tralokinumab', '4'],
  ['Upadacitinib', '6'],
  ['Abrocitinib', '5'],
  ['Baricitinib', '2'],
  ['Tofacitinib', '2'],
  ['Lebrikizumab', '2'],
  ['Ruxolitinib', '1'],
  ['Ruxolitinib (topical)', '1'],
  ['Tacrolimus', '1'],
  ['Crisaborole', '1'],
  ['Methotrexate', '1'],
  ['Sulfasalazine', '1'],
];

/** The CSV cells of each line (the demo page's cells hold no quotes or line breaks but commas). */
function csvRows(csv: string): string[][] {
  return csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
    .map((line) => [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1]!))
    .map((cells) => cells.slice(0, 4).map((c) => c.replace(/^"|"$/g, '').replace(/""/g, '"')));
}

async function openSidebarAtList(page: Page): Promise<ElementHandle<Node>> {
  await page.bringToFront();
  const root = await sidebarRoot(page);
  await (await root.waitForSelector('[data-testid=launcher]', { visible: true }))!.click();
  await waitForSidebar(page, true);
  return root;
}

describe.each(BROWSERS)('exports and citations in %s', (name) => {
  let ext: ExtensionDriver;
  let server: Awaited<ReturnType<typeof serveFolder>>;

  beforeAll(async () => {
    server = await serveFolder(resolve('scripts/demo'));
    ext = await launchDriver(name);
  });

  afterAll(async () => {
    await ext?.browser.close();
    await server?.close();
  });

  test('the CSV export of the demo page lists its drugs with their counts', async () => {
    const page = await ext.browser.newPage();
    await page.goto(`${server.url}/journal-club.html`);
    await waitForPage(page, 'highlights', () => CSS.highlights.size > 0);
    const root = await openSidebarAtList(page);
    const href = await (await root.waitForSelector('[data-testid=download-csv]'))!.evaluate(
      (a) => (a as HTMLAnchorElement).href,
    );
    expect(href.startsWith('data:text/csv')).toBe(true);
    const csv = decodeURIComponent(href.slice(href.indexOf(',') + 1));
    const table = csvRows(csv);
    expect(table[0]).toEqual(['Drug', 'Names seen', 'Mentions', 'First context']);
    expect(table.slice(1).map(([drug, , count]) => [drug, count])).toEqual(DEMO_COUNTS);
    await page.close();
  });

  // Defined for Chromium only (not skipped elsewhere): only its driver can read the clipboard.
  if (name === 'chromium') {
    test('a note’s AMA and Vancouver citations reach the clipboard as expected (Chromium: the only driver that can read it)', async () => {
      const page = await ext.browser.newPage();
      const context = ext.browser.defaultBrowserContext();
      await context.overridePermissions(server.url, ['clipboard-read', 'clipboard-write']);
      await page.goto(`${server.url}/journal-club.html`);
      await waitForPage(page, 'highlights', () => CSS.highlights.size > 0);
      const root = await openSidebarAtList(page);
      await (await root.waitForSelector(
        '[data-testid=page-drug][data-drug-id=upadacitinib]',
      ))!.click();
      const note = (await root.waitForSelector('[data-note-id=jak-first-line-systemic]'))!;
      const buttons = await note.$$('button');
      let opened = false;
      for (const b of buttons) {
        if ((await b.evaluate((el) => el.textContent?.trim())) === 'Cite') {
          await b.click();
          opened = true;
          break;
        }
      }
      expect(opened).toBe(true);
      const copied = async (testId: string) => {
        await (await note.waitForSelector(`[data-testid=${testId}]`))!.click();
        await root.waitForSelector('[data-testid=copy-status]');
        return page.evaluate(() => navigator.clipboard.readText());
      };
      const quote =
        '“JAK inhibitors are legitimate, bona fide, first-line systemic agents for AD.” (Q6: place in treatment)';
      expect(await copied('cite-ama-text')).toBe(
        `${quote}\nSong EJ. JAK Inhibitors in Atopic Dermatitis Treatment. The Dermatologist. 2025. Accessed December 1, 2026.`,
      );
      const vancouver = await copied('cite-vancouver-text');
      expect(vancouver.startsWith(`${quote}\n`)).toBe(true);
      expect(vancouver.endsWith('The Dermatologist [Internet]. 2025 [cited 2026 Dec 1].')).toBe(
        true,
      );
      await page.close();
    });
  }
});
