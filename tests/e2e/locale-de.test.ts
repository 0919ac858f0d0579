import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { ElementHandle, Page } from 'puppeteer';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchDriver, type ExtensionDriver } from './driver';
import {
  FIXTURES,
  ourHost,
  pressToggleShortcut,
  serveFolder,
  sidebarRoot,
  waitForPage,
  waitForSidebar,
} from './harness';

/**
 * The German interface (the longest of the five) under a pinned font: DejaVu Sans, which
 * `.ci/run` installs (fonts-dejavu-core), forced over the pages' system-ui stack, so the
 * measurement does not depend on the machine's fonts. Every button, label, heading, tab and
 * select must show its whole text: not wider than its own box, and not cut by an ancestor that
 * clips. Chromium only: Firefox's extension pages cannot be opened by URL (docs/design.md,
 * "Toolchain facts") and the layout engine is not what is under test; the strings are.
 *
 * The in-page sidebar is measured twice: on a fixture page, as the content script shows it (the
 * launcher, the page list, a drug), and on a test page that mounts the same sidebar
 * (sidebar/mount.tsx) at its narrowest width, where every view is visited
 * (tests/e2e/locale-sidebar/, bundled here with Vite).
 *
 * JAKLENS_SCREENSHOT_DIR=docs saves the German options page and sidebar (README's screenshot).
 */

const PIN_FONT = "*, *::before, *::after { font-family: 'DejaVu Sans' !important; }";
const SCREENSHOTS = process.env.JAKLENS_SCREENSHOT_DIR;

/**
 * What the check finds wrong in `root` (a document or a shadow root), as readable lines, and how
 * many elements it measured (so an empty list cannot come from measuring nothing).
 */
function layoutProblems(root: Document | ShadowRoot): { checked: number; problems: string[] } {
  const SELECTOR =
    'button, label, legend, h1, h2, h3, h4, h5, h6, summary, select, th, dt, a, [role=tab], .chip';
  const problems: string[] = [];
  const describeEl = (el: Element) =>
    `<${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? ` data-testid=${el.getAttribute('data-testid')}` : ''}> “${(el.textContent ?? '').trim().slice(0, 60)}”`;
  const parentOf = (el: Element): Element | null =>
    el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
  const hiddenOnPurpose = (el: Element) => {
    for (let a: Element | null = el; a; a = parentOf(a)) {
      const s = getComputedStyle(a);
      if (s.clipPath !== 'none' || s.clip !== 'auto' || a.classList.contains('visually-hidden'))
        return true;
    }
    return false;
  };
  const canvas = document.createElement('canvas').getContext('2d')!;
  let checked = 0;

  for (const el of root.querySelectorAll<HTMLElement>(SELECTOR)) {
    if (el.getClientRects().length === 0) continue; // not rendered (hidden view, closed details)
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || hiddenOnPurpose(el)) continue;
    const name = describeEl(el);
    checked++;
    if (el instanceof HTMLSelectElement) {
      // The closed select shows its chosen option: the longest option must fit beside the arrow.
      canvas.font = style.font;
      const widest = Math.max(...[...el.options].map((o) => canvas.measureText(o.text).width));
      const room =
        el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16;
      if (widest > room + 1) problems.push(`${name}: option text ${widest}px in ${room}px`);
    } else if (style.display !== 'inline') {
      if (el.scrollWidth > el.clientWidth + 1)
        problems.push(`${name}: content ${el.scrollWidth}px wide in ${el.clientWidth}px`);
      if (style.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1)
        problems.push(`${name}: content ${el.scrollHeight}px tall in ${el.clientHeight}px`);
    }
    const box = el.getBoundingClientRect();
    for (let a = parentOf(el); a && a !== document.documentElement; a = parentOf(a)) {
      const s = getComputedStyle(a);
      const r = a.getBoundingClientRect();
      const left = r.left + a.clientLeft;
      const top = r.top + a.clientTop;
      // Any clipping cuts sideways (a sideways scroll is an overflow too); only hidden/clip
      // cuts downwards, since a scrolling panel shows the rest by scrolling.
      if (
        s.overflowX !== 'visible' &&
        (box.left < left - 1 || box.right > left + a.clientWidth + 1)
      )
        problems.push(`${name}: cut sideways by ${describeEl(a).slice(0, 40)}`);
      if (
        (s.overflowY === 'hidden' || s.overflowY === 'clip') &&
        (box.top < top - 1 || box.bottom > top + a.clientHeight + 1)
      )
        problems.push(`${name}: cut off below by ${describeEl(a).slice(0, 40)}`);
    }
  }
  const page = document.scrollingElement;
  if (page && page.scrollWidth > page.clientWidth + 1)
    problems.push(`the page scrolls sideways: ${page.scrollWidth}px in ${page.clientWidth}px`);
  return { checked, problems };
}

/** Pins the font in `page` (and in the open shadow root of `shadowHostSelector`). */
async function pinFont(page: Page, shadowHostSelector?: string): Promise<void> {
  await page.addStyleTag({ content: PIN_FONT });
  if (shadowHostSelector) {
    await page.evaluate(
      (selector, css) => {
        const style = document.createElement('style');
        style.textContent = css;
        document.querySelector(selector)!.shadowRoot!.append(style);
      },
      shadowHostSelector,
      PIN_FONT,
    );
  }
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** The font families Chromium really rendered `selector`'s text with (CDP). */
async function renderedFonts(page: Page, selector: string): Promise<string[]> {
  const session = await page.createCDPSession();
  try {
    await session.send('DOM.enable');
    await session.send('CSS.enable');
    const { root } = await session.send('DOM.getDocument', { depth: -1, pierce: true });
    const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((f) => f.familyName);
  } finally {
    await session.detach();
  }
}

/** The problems in `page` (or in the open shadow root of `shadowHostSelector`), after a frame. */
async function problemsIn(page: Page, shadowHostSelector?: string): Promise<string[]> {
  const root = await page.evaluateHandle(
    (selector) => (selector ? document.querySelector(selector)!.shadowRoot! : document),
    shadowHostSelector,
  );
  return problemsInRoot(page, root as ElementHandle<Node>);
}

/** The problems under `root`, a handle to a document or a (closed) shadow root. */
async function problemsInRoot(page: Page, root: ElementHandle<Node>): Promise<string[]> {
  const { checked, problems } = await page.evaluate(layoutProblems, root as never);
  expect(checked).toBeGreaterThan(5);
  return problems;
}

describe('the German interface under a pinned font (Chromium)', () => {
  let ext: ExtensionDriver;
  let server: Awaited<ReturnType<typeof serveFolder>>;
  let sidebarServer: Awaited<ReturnType<typeof serveFolder>>;
  let scratch: string;
  let fixture: Page;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'jaklens-locale-'));
    await build({
      root: resolve('tests/e2e/locale-sidebar'),
      configFile: false,
      logLevel: 'warn',
      plugins: [preact()],
      resolve: { alias: { '@': resolve('.') } },
      define: { __BUILD_DATE__: JSON.stringify('2026-12-01') },
      build: { outDir: scratch, emptyOutDir: true, target: 'es2022', minify: false },
    });
    sidebarServer = await serveFolder(scratch);
    server = await serveFolder(FIXTURES);
    ext = await launchDriver('chromium');
    await ext.connect(await ext.browser.newPage());
    await ext.evaluate((api) => api.storage.sync.set({ settings: { language: 'de' } }));
    fixture = await ext.browser.newPage();
    await fixture.goto(`${server.url}/surfaces.html`);
    await waitForPage(fixture, 'highlights', () => CSS.highlights.size > 0);
  });

  afterAll(async () => {
    await ext?.browser.close();
    await server?.close();
    await sidebarServer?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  test('the options page is in German, and every label fits', async () => {
    const options = await ext.openExtensionPage('options.html');
    await options.setViewport({ width: 800, height: 1000 });
    await waitForPage(options, 'the German options page', () =>
      document.querySelector('h1')?.textContent?.includes('Einstellungen'),
    );
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('de');
    await pinFont(options);
    expect(await renderedFonts(options, 'h1')).toEqual(['DejaVu Sans']);
    expect(await problemsIn(options)).toEqual([]);
    if (SCREENSHOTS) {
      await options.screenshot({
        path: join(SCREENSHOTS, 'screenshot-de-options.png'),
        fullPage: true,
      });
    }
  });

  test('the options page switches language at once when the setting changes', async () => {
    const options = await ext.openExtensionPage('options.html');
    await waitForPage(options, 'German', () => document.documentElement.lang === 'de');
    await options.select('[data-testid=options-language]', 'fr');
    await waitForPage(options, 'French', () =>
      document.querySelector('h1')?.textContent?.includes('Options de JAK Lens'),
    );
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('fr');
    // The choices of the other selects are read at render time too.
    expect(await options.$eval('[data-testid=options-side] option', (o) => o.textContent)).toBe(
      'Gauche',
    );
    await options.select('[data-testid=options-language]', 'de');
    await waitForPage(options, 'German again', () => document.documentElement.lang === 'de');
    await options.close();
  });

  test('the toolbar popup is in German, and every label fits', async () => {
    await fixture.bringToFront();
    const popup = await ext.openPopup(fixture);
    await waitForPage(popup, 'the German popup', () =>
      document.body.textContent?.includes('Wirkstoffe auf dieser Seite'),
    );
    await pinFont(popup);
    expect(await renderedFonts(popup, 'h1')).toEqual(['DejaVu Sans']);
    expect(await problemsIn(popup)).toEqual([]);
    await popup.close();
  });

  test('the in-page sidebar on a fixture page: launcher, page list and a drug fit in German', async () => {
    await fixture.bringToFront();
    const root = await sidebarRoot(fixture);
    // Test-only: the pinned font into our closed shadow root, through the protocol's handle.
    const pin = () =>
      root.evaluate((r, css) => {
        const style = document.createElement('style');
        style.textContent = css;
        (r as ShadowRoot).append(style);
      }, PIN_FONT);
    await pin();
    const launcher = await root.waitForSelector('[data-testid=launcher]', { timeout: 10_000 });
    expect(await launcher!.evaluate((el) => el.textContent)).toContain('5 Wirkstoffe');
    expect(await launcher!.evaluate((el) => getComputedStyle(el).fontFamily)).toBe('"DejaVu Sans"');

    await pressToggleShortcut(fixture);
    await waitForSidebar(fixture, true, root);
    await pin(); // after stage 2's own stylesheet, which it adds when it mounts
    const text = () => root.evaluate((r) => (r as ShadowRoot).textContent ?? '');
    expect(await text()).toContain('Wirkstoffe auf dieser Seite');
    expect(await (await ourHost(fixture)).evaluate((el) => (el as HTMLElement).lang)).toBe('de');
    const problems = (await problemsInRoot(fixture, root)).map((p) => `page list: ${p}`);

    await (await root.$('[data-testid=sidebar] [data-testid=page-drug]'))!.click();
    await root.waitForSelector('[data-testid=drug-title]', { timeout: 5000 });
    expect(await text()).toContain('Notizen und Zitate sind auf Englisch');
    problems.push(...(await problemsInRoot(fixture, root)).map((p) => `drug view: ${p}`));
    expect(problems).toEqual([]);
  });

  test('the open in-page sidebar follows a language change at once, without a reload', async () => {
    const root = await sidebarRoot(fixture);
    await waitForSidebar(fixture, true, root);
    const text = () => root.evaluate((r) => (r as ShadowRoot).textContent ?? '');
    await ext.evaluate((api) => api.storage.sync.set({ settings: { language: 'fr' } }));
    try {
      await fixture.waitForFunction(
        (r: Node) =>
          (r as ShadowRoot).textContent?.includes('Fermer JAK Lens') ||
          !!(r as ShadowRoot).querySelector('[aria-label="Fermer JAK Lens"]'),
        { timeout: 5000, polling: 50 },
        root,
      );
      expect(await (await ourHost(fixture)).evaluate((el) => (el as HTMLElement).lang)).toBe('fr');
      expect(await text()).not.toContain('Wirkstoffe');
    } finally {
      await ext.evaluate((api) => api.storage.sync.set({ settings: { language: 'de' } }));
    }
  });

  describe('the sidebar, on a page that mounts it in German', () => {
    let page: Page;
    const HOST = 'jaklens-test-host';

    beforeAll(async () => {
      page = await ext.browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await openSidebar('lang=de');
    });

    /** Loads the test page with `query` and waits for the sidebar, font pinned. */
    async function openSidebar(query: string): Promise<void> {
      await page.goto(`${sidebarServer.url}/index.html?${query}`);
      await page.waitForFunction(
        (host) => document.querySelector(host)?.shadowRoot?.querySelector('[data-testid=sidebar]'),
        { timeout: 10_000 },
        HOST,
      );
      await pinFont(page, HOST);
    }

    /** The element matching `selector` in the sidebar's shadow root. */
    async function click(selector: string): Promise<void> {
      const handle = await page.evaluateHandle(
        (host, sel) => document.querySelector(host)!.shadowRoot!.querySelector(sel),
        HOST,
        selector,
      );
      const el = handle.asElement();
      if (!el) throw new Error(`No ${selector} in the sidebar`);
      await (el as import('puppeteer').ElementHandle<Element>).click();
    }

    async function view(what: string): Promise<string[]> {
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(undefined))));
      return (await problemsIn(page, HOST)).map((p) => `${what}: ${p}`);
    }

    test('every view’s labels fit: page list, a drug, compare, search, about', async () => {
      const shadowText = () =>
        page.evaluate((host) => document.querySelector(host)!.shadowRoot!.textContent, HOST);
      expect(await shadowText()).toContain('Wirkstoffe auf dieser Seite');
      const problems = [...(await view('page list'))];

      await click('[data-testid=sidebar] [data-testid^=page-drug]');
      await page.waitForFunction(
        (host) =>
          document.querySelector(host)!.shadowRoot!.querySelector('[data-testid=drug-title]'),
        {},
        HOST,
      );
      problems.push(...(await view('drug view')));

      await click('[data-testid=sidebar] [role=tab][data-testid=tab-compare]');
      problems.push(...(await view('compare')));
      await click('[data-testid=sidebar] [role=tab][data-testid=tab-search]');
      await click('[data-testid=sidebar] [data-testid=search-input]');
      await page.keyboard.type('JAK');
      await page.waitForFunction(
        (host) =>
          document.querySelector(host)!.shadowRoot!.querySelector('[data-testid=search-result]'),
        {},
        HOST,
      );
      problems.push(...(await view('search results')));
      await click('[data-testid=sidebar] [data-testid=about-open]');
      problems.push(...(await view('about')));
      expect(await shadowText()).toContain('Notizen und Zitate sind auf Englisch');
      expect(problems).toEqual([]);
    });

    test('screenshot', async () => {
      if (!SCREENSHOTS) return;
      await openSidebar('lang=de&width=380');
      await click('[data-testid=sidebar] [data-testid^=page-drug]');
      await page.waitForFunction(
        (host) =>
          document.querySelector(host)!.shadowRoot!.querySelector('[data-testid=drug-title]'),
        {},
        HOST,
      );
      const panel = await page.evaluateHandle(
        (host) => document.querySelector(host)!.shadowRoot!.querySelector('[data-testid=sidebar]')!,
        HOST,
      );
      await (panel as import('puppeteer').ElementHandle<Element>).screenshot({
        path: join(SCREENSHOTS, 'screenshot-de-sidebar.png'),
      });
    });
  });
});
