import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, ElementHandle, Page } from 'puppeteer';
import {
  FIXTURES,
  launch,
  mentionPoint,
  serveFolder,
  shownDrugTitle,
  sidebarRoot,
  waitForPage,
  waitForSidebar,
} from './harness';
import { SHOWN } from '../unit/data/applicability.table';

/**
 * The applicability rule in the real sidebar: on a page naming drugs the interview does not
 * mean (tofacitinib, nemolizumab, the systemic forms), each mention opens a card that renders
 * exactly the notes the reviewed table admits for it, by note id, and a brand opens its form.
 */

/** Mention on `applicability.html` → the drug (or route form) it must open, and its title. */
const MENTIONS: [text: string, drugId: string, title: string][] = [
  ['tofacitinib', 'tofacitinib', 'Tofacitinib'],
  ['baricitinib', 'baricitinib', 'Baricitinib'],
  ['nemolizumab', 'nemolizumab', 'Nemolizumab'],
  ['Prograf', 'tacrolimus-systemic', 'Tacrolimus (systemic)'],
  ['Protopic', 'tacrolimus-topical', 'Tacrolimus (topical)'],
  ['Jakafi', 'ruxolitinib-oral', 'Ruxolitinib (oral)'],
  ['Opzelura', 'ruxolitinib-topical', 'Ruxolitinib (topical)'],
];

type Root = ElementHandle<Node>;

let server: Awaited<ReturnType<typeof serveFolder>>;
let browser: Browser;
let page: Page;
let root: Root;

beforeAll(async () => {
  server = await serveFolder(FIXTURES);
  browser = await launch('chromium');
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${server.url}/applicability.html`);
  await waitForPage(page, 'all mentions highlighted', () => {
    let n = 0;
    for (const [, h] of CSS.highlights) n += h.size;
    return n >= 8;
  });
  root = await sidebarRoot(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Clicks the first mention written `text`, with the sidebar closed first, and waits for it. */
async function openAt(text: string): Promise<void> {
  const close = await root.$('[data-testid=close]');
  if (close && (await close.isVisible())) {
    await close.click();
    await waitForSidebar(page, false, root);
  }
  const point = await mentionPoint(page, text);
  expect(point, text).not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
  await waitForSidebar(page, true, root);
}

/** The note ids rendered under `scope` (a selector inside the sidebar), in page order. */
async function noteIds(scope = '[data-testid=sidebar]'): Promise<string[]> {
  return root.$$eval(`${scope} [data-testid=note]`, (els) =>
    els.map((el) => el.getAttribute('data-note-id') ?? ''),
  );
}

const sorted = (ids: readonly string[]) => [...ids].sort();

describe('in Chromium, each mention shows only the notes admitted for its drug', () => {
  test.each(MENTIONS)(
    '%s opens %s with exactly its admitted notes',
    async (text, drugId, title) => {
      await openAt(text);
      await page.waitForFunction(
        (r: Node, want: string) =>
          (r as ShadowRoot).querySelector('[data-testid=drug-title]')?.textContent?.trim() === want,
        { timeout: 5000, polling: 50 },
        root,
        title,
      );
      expect(await shownDrugTitle(page)).toBe(title);
      expect(sorted(await noteIds())).toEqual(sorted(SHOWN[drugId]!));
    },
  );

  test('the generic name opens both tacrolimus forms, each section with only its own notes', async () => {
    await openAt('tacrolimus');
    expect(await shownDrugTitle(page)).toBe('Tacrolimus');
    const forms = await root.$$eval('[data-testid=drug-form]', (els) =>
      els.map((el) => el.getAttribute('data-form-id')),
    );
    expect(forms).toEqual(['tacrolimus-topical', 'tacrolimus-systemic']);
    for (const form of ['tacrolimus-topical', 'tacrolimus-systemic']) {
      expect(sorted(await noteIds(`[data-form-id=${form}]`))).toEqual(sorted(SHOWN[form]!));
    }
  });

  test('the page list has a row per route form and one for the generic', async () => {
    // Back from the drug view to the list of drugs on this page.
    await (await root.waitForSelector('button.back'))!.click();
    await root.waitForSelector('[data-testid=page-drug]', { timeout: 5000 });
    const rows = await root.$$eval('[data-testid=page-drug]', (els) =>
      els.map((el) => el.getAttribute('data-drug-id')),
    );
    expect(rows).toEqual([...MENTIONS.map(([, id]) => id), 'tacrolimus']);
  });
});
