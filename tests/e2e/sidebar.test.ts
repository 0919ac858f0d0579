import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, ElementHandle, Page } from 'puppeteer';
import {
  BROWSERS,
  FIXTURES,
  axeCheck,
  launch,
  mentionPoint,
  pressToggleShortcut,
  ourHost,
  serveFolder,
  shadowRootOf,
  waitForPage,
  waitForSidebar,
} from './harness';

/** The drugs of `sidebar.html`, in document order. */
const PAGE_DRUGS = ['upadacitinib', 'abrocitinib', 'dupilumab', 'tralokinumab', 'ruxolitinib'];
/** The six topics the product promises for a drug the interview discusses at length. */
const CORE_TOPICS = [
  'mechanism',
  'efficacy',
  'safety',
  'combination',
  'patient-selection',
  'long-term-management',
];
const INTERVIEW = readFileSync(resolve('data/sources/interview.txt'), 'utf8');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

type Root = ElementHandle<Node>;

let server: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  server = await serveFolder(FIXTURES);
});

afterAll(async () => {
  await server?.close();
});

/** Loads the fixture and waits until every drug on it is highlighted. */
async function openFixture(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${server.url}/sidebar.html`);
  await waitForPage(page, 'all mentions highlighted', () => {
    let n = 0;
    for (const [, h] of CSS.highlights) n += h.size;
    return n >= 7;
  });
  return page;
}

async function hostAndRoot(page: Page): Promise<{ host: ElementHandle<Element>; root: Root }> {
  const host = await ourHost(page);
  return { host, root: await shadowRootOf(host) };
}

/** Whether the panel is on screen (it stays mounted, `hidden`, once closed). */
async function sidebarShown(root: Root): Promise<boolean> {
  const panel = await root.$('[data-testid=sidebar]');
  if (!panel) return false;
  return panel.evaluate(
    (el) => !(el as HTMLElement).hidden && el.getBoundingClientRect().width > 0,
  );
}

/** What has focus inside the closed shadow root (the page itself only sees the host). */
async function focused(root: Root) {
  return root.evaluate((r) => {
    const el = (r as ShadowRoot).activeElement;
    if (!el) return null;
    return {
      testid: el.getAttribute('data-testid'),
      drugId: el.getAttribute('data-drug-id'),
      role: el.getAttribute('role'),
      selected: el.getAttribute('aria-selected'),
      expanded: el.getAttribute('aria-expanded'),
      classes: el.className,
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim(),
    };
  });
}

async function textOf(root: Root, selector: string): Promise<string> {
  const el = await root.waitForSelector(selector, { timeout: 5000 });
  return (await el!.evaluate((e) => e.textContent ?? '')).trim();
}

/** Presses `key` until the focused element matches `done`, at most `max` times. */
async function pressUntil(
  page: Page,
  root: Root,
  key: string,
  done: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  max = 40,
  shift = false,
): Promise<Awaited<ReturnType<typeof focused>>> {
  for (let i = 0; i < max; i++) {
    if (shift) await page.keyboard.down('Shift');
    await page.keyboard.press(key as 'Tab');
    if (shift) await page.keyboard.up('Shift');
    const f = await focused(root);
    if (done(f)) return f;
  }
  throw new Error(`Focus never reached the wanted element with ${shift ? 'Shift+' : ''}${key}`);
}

async function typeQuery(page: Page, root: Root, query: string): Promise<void> {
  const input = await root.waitForSelector('[data-testid=search-input]');
  await input!.click({ count: 3 });
  await page.keyboard.press('Backspace');
  await input!.type(query);
  await page.waitForFunction(
    (r: Node, q: string) =>
      (r as ShadowRoot).querySelector<HTMLInputElement>('[data-testid=search-input]')?.value ===
        q && (r as ShadowRoot).querySelector('[data-testid=search-result]') !== null,
    { timeout: 5000, polling: 50 },
    root,
    query,
  );
}

async function firstResult(root: Root): Promise<{ kind: string | null; text: string }> {
  return root.$eval('[data-testid=search-result]', (el) => ({
    kind: el.getAttribute('data-kind'),
    text: (el.textContent ?? '').trim(),
  }));
}

describe.each(BROWSERS)('sidebar in %s', (name) => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch(name);
  });

  afterAll(async () => {
    await browser?.close();
  });

  describe('a reader working through one page', () => {
    let page: Page;
    let root: Root;

    beforeAll(async () => {
      page = await openFixture(browser);
      root = (await hostAndRoot(page)).root;
    });

    afterAll(async () => {
      await page?.close();
    });

    test('the launcher says how many drugs the page names and opens the sidebar on the list', async () => {
      expect(await textOf(root, '[data-testid=launcher]')).toContain(`${PAGE_DRUGS.length} drugs`);
      expect(await sidebarShown(root)).toBe(false);
      await (await root.$('[data-testid=launcher]'))!.click();
      await waitForSidebar(page, true, root);
      const rows = await root.$$eval('[data-testid=page-drug]', (els) =>
        els.map((el) => el.getAttribute('data-drug-id')),
      );
      expect(rows).toEqual(PAGE_DRUGS);
      expect((await focused(root))?.testid).toBe('tab-page');
      await (await root.$('[data-testid=close]'))!.click();
      await waitForSidebar(page, false, root);
    });

    test('clicking a mention opens the sidebar at that drug, with its topic sections', async () => {
      const point = await mentionPoint(page, 'Rinvoq');
      expect(point).not.toBeNull();
      await page.mouse.click(point!.x, point!.y);
      await waitForSidebar(page, true, root);
      expect(await textOf(root, '[data-testid=drug-title]')).toBe('Upadacitinib');
      expect((await focused(root))?.testid).toBe('drug-title');
      const sections = await root.$$eval('[data-testid^=topic-]', (els) =>
        els.map((el) => ({
          id: el.getAttribute('data-testid')!.slice('topic-'.length),
          heading: (el.querySelector('h3')?.textContent ?? '').trim(),
          notes: el.querySelectorAll('[data-testid=note]').length,
        })),
      );
      expect(sections.map((s) => s.id)).toEqual(expect.arrayContaining(CORE_TOPICS));
      for (const section of sections) {
        expect(section.heading).not.toBe('');
        expect(section.notes).toBeGreaterThan(0);
      }
      // The click must not also leave a hover card over the page.
      expect(await root.$('[data-testid=hover-card]')).toBeNull();
    });

    test('a quote expands under its note and is the verbatim sentence from the interview', async () => {
      const note = await root.waitForSelector('[data-testid=topic-safety] [data-testid=note]');
      const toggle = (await note!.$('[data-testid=quote-toggle]'))!;
      const quote = (await note!.$('[data-testid=quote]'))!;
      expect(await quote.isVisible()).toBe(false);
      expect(await toggle.evaluate((el) => el.getAttribute('aria-expanded'))).toBe('false');
      await toggle.click();
      await page.waitForFunction(
        (el: Element) => el.getBoundingClientRect().height > 0,
        { timeout: 5000 },
        quote,
      );
      expect(await toggle.evaluate((el) => el.getAttribute('aria-expanded'))).toBe('true');
      const paragraphs = await quote.$$eval('p', (ps) => ps.map((p) => p.textContent ?? ''));
      expect(paragraphs.length).toBeGreaterThan(0);
      for (const text of paragraphs) expect(squash(INTERVIEW)).toContain(squash(text));
    });

    test('the compare view shows the JAK-versus-biologic table and links the drugs found', async () => {
      await (await root.$('[data-testid=tab-compare]'))!.click();
      const table = await root.waitForSelector('[data-testid=compare] table');
      const shape = await table!.evaluate((t) => ({
        columns: t.querySelectorAll('thead th').length,
        rows: t.querySelectorAll('tbody tr').length,
        found: [...t.querySelectorAll('thead button')].map((b) => b.textContent ?? ''),
      }));
      expect(shape.columns).toBe(3);
      expect(shape.rows).toBeGreaterThanOrEqual(10);
      const found = shape.found.join(' ').toLowerCase();
      // Columns list only the drugs every row is about: the rows compare the oral JAK
      // inhibitors with dupilumab, so tofacitinib and tralokinumab are not column members.
      for (const drug of ['upadacitinib', 'abrocitinib', 'dupilumab']) {
        expect(found).toContain(drug);
      }
      expect(found).not.toContain('tofacitinib');
      // A linked drug opens its notes.
      const link = await root.$('[data-testid=compare] thead button');
      const name = (await link!.evaluate((b) => b.firstChild?.textContent ?? '')).trim();
      await link!.click();
      expect(await textOf(root, '[data-testid=drug-title]')).toBe(name);
    });

    test('search finds upadacitinib from the brand prefix "rinv" and from the typo "upadacitnib"', async () => {
      await (await root.$('[data-testid=tab-search]'))!.click();
      await typeQuery(page, root, 'rinv');
      expect(await firstResult(root)).toMatchObject({ kind: 'drug' });
      expect((await firstResult(root)).text).toMatch(/^Upadacitinib/);
      await typeQuery(page, root, 'upadacitnib');
      expect((await firstResult(root)).text).toMatch(/^Upadacitinib/);
      await (await root.$('[data-testid=search-result]'))!.click();
      expect(await textOf(root, '[data-testid=drug-title]')).toBe('Upadacitinib');
    });

    test('Escape closes the sidebar and returns focus to where it was before opening', async () => {
      await (await root.$('[data-testid=close]'))!.click();
      await waitForSidebar(page, false, root);
      await page.focus('#reading-list');
      await pressToggleShortcut(page);
      await waitForSidebar(page, true, root);
      expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('reading-list');
      expect(await focused(root)).not.toBeNull();
      await page.keyboard.press('Escape');
      await waitForSidebar(page, false, root);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('reading-list');
    });

    test('Escape after opening from the launcher puts focus back on the launcher', async () => {
      const launcher = await root.waitForSelector('[data-testid=launcher]');
      await launcher!.focus();
      await page.keyboard.press('Enter');
      await waitForSidebar(page, true, root);
      await page.keyboard.press('Escape');
      await waitForSidebar(page, false, root);
      expect((await focused(root))?.testid).toBe('launcher');
    });
  });

  test('every view is reachable and usable with the keyboard alone', async () => {
    const page = await openFixture(browser);
    const { root } = await hostAndRoot(page);
    try {
      // Alt+Shift+J opens the list with focus on the selected tab.
      await pressToggleShortcut(page);
      await waitForSidebar(page, true, root);
      expect(await focused(root)).toMatchObject({ testid: 'tab-page', selected: 'true' });

      // Arrow keys, Home and End move between the tabs, which show their views.
      await page.keyboard.press('ArrowRight');
      expect(await focused(root)).toMatchObject({ testid: 'tab-compare', selected: 'true' });
      expect(await root.$('[data-testid=compare]')).not.toBeNull();
      await page.keyboard.press('ArrowRight');
      expect(await focused(root)).toMatchObject({ testid: 'tab-search', selected: 'true' });
      expect(await root.$('[data-testid=search-input]')).not.toBeNull();
      await page.keyboard.press('ArrowRight');
      expect(await focused(root)).toMatchObject({ testid: 'tab-page', selected: 'true' });
      await page.keyboard.press('End');
      expect((await focused(root))?.testid).toBe('tab-search');
      await page.keyboard.press('Home');
      expect((await focused(root))?.testid).toBe('tab-page');

      // Tab leaves the tab list for the drug rows; arrows move between rows; Enter opens one.
      await page.keyboard.press('Tab');
      expect(await focused(root)).toMatchObject({ testid: 'page-drug', drugId: PAGE_DRUGS[0] });
      await page.keyboard.press('ArrowDown');
      expect((await focused(root))?.drugId).toBe(PAGE_DRUGS[1]);
      await page.keyboard.press('End');
      expect((await focused(root))?.drugId).toBe(PAGE_DRUGS.at(-1));
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowDown');
      expect((await focused(root))?.drugId).toBe('abrocitinib');
      await page.keyboard.press('Enter');
      expect(await focused(root)).toMatchObject({ testid: 'drug-title', text: 'Abrocitinib' });

      // In the drug view, Tab reaches a quote toggle and Enter expands the quote.
      const toggle = await pressUntil(page, root, 'Tab', (f) => f?.testid === 'quote-toggle');
      expect(toggle?.expanded).toBe('false');
      await page.keyboard.press('Enter');
      expect((await focused(root))?.expanded).toBe('true');

      // Back to the list, where focus lands on the row we came from.
      await pressUntil(page, root, 'Tab', (f) => !!f?.classes.includes('back'), 60, true);
      await page.keyboard.press('Enter');
      expect(await focused(root)).toMatchObject({ testid: 'page-drug', drugId: 'abrocitinib' });

      // Compare: reach a linked drug in the table and open it.
      await pressUntil(page, root, 'Tab', (f) => f?.testid === 'tab-page', 10, true);
      await page.keyboard.press('ArrowRight');
      const link = await pressUntil(page, root, 'Tab', (f) => !!f?.classes.includes('mark'));
      await page.keyboard.press('Enter');
      const title = await focused(root);
      expect(title?.testid).toBe('drug-title');
      expect(link?.text.toLowerCase()).toContain(title!.text.toLowerCase());

      // Search: type, move into the results with ArrowDown, open with Enter.
      await pressUntil(page, root, 'Tab', (f) => f?.role === 'tab', 10, true);
      await page.keyboard.press('End');
      expect((await focused(root))?.testid).toBe('tab-search');
      await page.keyboard.press('Tab');
      expect((await focused(root))?.testid).toBe('search-input');
      await page.keyboard.type('rinv');
      await root.waitForSelector('[data-testid=search-result]');
      await page.keyboard.press('ArrowDown');
      expect(await focused(root)).toMatchObject({ testid: 'search-result' });
      await page.keyboard.press('Enter');
      expect(await focused(root)).toMatchObject({ testid: 'drug-title', text: 'Upadacitinib' });

      // Escape closes; the shortcut reopens where the reader was.
      await page.keyboard.press('Escape');
      await waitForSidebar(page, false, root);
      await pressToggleShortcut(page);
      await waitForSidebar(page, true, root);
      expect(await textOf(root, '[data-testid=drug-title]')).toBe('Upadacitinib');
    } finally {
      await page.close();
    }
  });

  /**
   * Puppeteer switches the colour scheme through CDP's media emulation, which Firefox over
   * WebDriver BiDi does not have: Firefox checks the palette it starts with (light), Chromium
   * both.
   */
  const schemes = name === 'chromium' ? (['light', 'dark'] as const) : (['light'] as const);

  test.each(schemes)(
    'axe-core finds no violations in any view, with the %s palette',
    async (scheme) => {
      const page = await openFixture(browser);
      if (name === 'chromium') {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      }
      expect(
        await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme),
      ).toBe(true);
      // Tall enough that no view scrolls: axe then measures every element, and none straddles
      // the panel's scroll edge (which axe reports as "partially obscured", undecided).
      await page.setViewport({ width: 1280, height: 24000 });
      const { host, root } = await hostAndRoot(page);
      const results: Record<string, Awaited<ReturnType<typeof axeCheck>>> = {};
      const scrolling: string[] = [];
      const check = async (view: string) => {
        const body = await root.$('.body');
        if (await body?.evaluate((b) => b.scrollHeight > b.clientHeight + 1)) scrolling.push(view);
        results[view] = await axeCheck(page, host, root);
      };
      try {
        await root.waitForSelector('[data-testid=launcher]');
        await check('launcher');

        const point = await mentionPoint(page, 'tralokinumab');
        await page.mouse.move(point!.x, point!.y);
        await root.waitForSelector('[data-testid=hover-card]', { timeout: 5000 });
        await check('hover card');
        await page.keyboard.press('Escape');
        await root.waitForSelector('[data-testid=hover-card]', { hidden: true });
        await page.mouse.move(1, 1);

        await (await root.$('[data-testid=launcher]'))!.click();
        await waitForSidebar(page, true, root);
        await check('page list');

        await (await root.$('[data-testid=page-drug]'))!.click();
        await root.waitForSelector('[data-testid=drug-title]');
        await (await root.$('[data-testid=quote-toggle]'))!.click();
        await (await root.$('details.facts summary'))?.click();
        await root.$eval('.body', (body) => body.scrollTo(0, 0));
        await check('drug view, quote and facts open');

        await (await root.$('[data-testid=tab-compare]'))!.click();
        await root.waitForSelector('[data-testid=compare]');
        await check('compare');

        await (await root.$('[data-testid=tab-search]'))!.click();
        await typeQuery(page, root, 'upadacitinib');
        await check('search results');
      } finally {
        await page.close();
      }
      expect(scrolling).toEqual([]);
      for (const [view, result] of Object.entries(results)) {
        expect({ view, violations: result.violations }).toEqual({ view, violations: [] });
        const contrast = result.incomplete.filter((r) => r.id === 'color-contrast');
        expect({ view, undecidedContrast: contrast }).toEqual({ view, undecidedContrast: [] });
        expect(result.contrastPasses, view).toBeGreaterThan(0);
      }
      expect(Object.keys(results)).toHaveLength(6);
    },
  );

  test('the accessibility check reaches into the closed shadow root: a planted faint line fails', async () => {
    const page = await openFixture(browser);
    const { host, root } = await hostAndRoot(page);
    try {
      await (await root.waitForSelector('[data-testid=launcher]'))!.click();
      await waitForSidebar(page, true, root);
      await root.evaluate((r) => {
        const line = document.createElement('p');
        line.className = 'planted';
        line.textContent = 'Too faint to read';
        line.style.cssText = 'color:#ddd;background:#fff';
        (r as ShadowRoot).querySelector('.body')?.prepend(line);
      });
      const result = await axeCheck(page, host, root);
      const contrast = result.violations.find((v) => v.id === 'color-contrast');
      expect(contrast?.targets).toEqual([expect.stringContaining('.planted')]);
    } finally {
      await page.close();
    }
  });

  describe('opening and closing', () => {
    let page: Page;
    let root: Root;

    beforeAll(async () => {
      page = await openFixture(browser);
      root = (await hostAndRoot(page)).root;
    });

    afterAll(async () => {
      await page?.close();
    });

    test('opens from the launcher, shows a drug with its notes, and closes with Escape', async () => {
      await (await root.waitForSelector('[data-testid=launcher]'))!.click();
      await waitForSidebar(page, true, root);
      const rows = await root.$$eval('[data-testid=page-drug]', (els) =>
        els.map((el) => el.getAttribute('data-drug-id')),
      );
      expect(rows).toEqual(PAGE_DRUGS);

      await (await root.$('[data-testid=page-drug][data-drug-id=dupilumab]'))!.click();
      expect(await textOf(root, '[data-testid=drug-title]')).toBe('Dupilumab');
      expect((await root.$$('[data-testid^=topic-]')).length).toBeGreaterThan(0);
      const toggle = (await root.$('[data-testid=quote-toggle]'))!;
      await toggle.click();
      expect(await (await root.$('[data-testid=quote]'))!.isVisible()).toBe(true);

      await page.keyboard.press('Escape');
      await waitForSidebar(page, false, root);
      expect(await root.$('[data-testid=launcher]')).not.toBeNull();
    });

    test('a click on a mention opens the sidebar at that drug, and the close button closes it', async () => {
      const point = await mentionPoint(page, 'abrocitinib');
      expect(point).not.toBeNull();
      await page.mouse.click(point!.x, point!.y);
      await waitForSidebar(page, true, root);
      expect(await textOf(root, '[data-testid=drug-title]')).toBe('Abrocitinib');
      await (await root.$('[data-testid=close]'))!.click();
      await waitForSidebar(page, false, root);
    });
  });
});
