import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page, WebWorker } from 'puppeteer';
import { shadowRootOf } from './harness';
import {
  launchWatchedChromium,
  type ExtensionWatch,
  hostCount,
  hostHandle,
  ourHighlightSize,
  ourHighlightTexts,
  sleep,
  startServers,
  waitForHighlights,
  type Chrome,
  type Servers,
} from './hostile-support';

/**
 * Hostile pages, part 1 (Chromium): markup as text, overridden globals and a shared highlight
 * registry the page clears, tag squatting, strict CSP with Trusted Types, non-HTML documents and
 * the page's own shadow roots. Every extension request and console error is logged throughout
 * (cases 15 and 16) and checked per page and at the end.
 */

let browser: Browser;
let servers: Servers;
let watch: ExtensionWatch;
let chromium: Awaited<ReturnType<typeof launchWatchedChromium>>;
let page: Page;

beforeAll(async () => {
  servers = await startServers();
  chromium = await launchWatchedChromium(servers.origins);
  ({ browser, watch } = chromium);
  page = await browser.newPage();
});

afterAll(async () => {
  await chromium?.close();
  await servers?.close();
});

/** Opens a fixture and returns the error mark to check this page against afterwards. */
async function visit(path: string): Promise<number> {
  const mark = watch.errors.length;
  await page.goto(`${servers.url}/${path}`, { waitUntil: 'load' });
  return mark;
}

async function toggleSidebar(p: Page = page): Promise<void> {
  await p.keyboard.down('Alt');
  await p.keyboard.down('Shift');
  await p.keyboard.press('KeyJ');
  await p.keyboard.up('Shift');
  await p.keyboard.up('Alt');
}

async function sidebarRoot(p: Page = page) {
  return shadowRootOf(await hostHandle(p));
}

async function worker(): Promise<WebWorker> {
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
  );
  return (await target.worker())!;
}

/** Sends a message to the content script of `page`'s tab from the background. */
async function sendToPage(message: unknown): Promise<unknown> {
  await page.bringToFront();
  const sw = await worker();
  return sw.evaluate(async (m) => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.tabs.sendMessage(tab.id, m, { frameId: 0 });
  }, message);
}

describe('markup in page text and in our strings renders as text (case 1)', () => {
  test('escaped tags beside drug names are highlighted as plain text and never run', async () => {
    const mark = await visit('markup.html');
    await waitForHighlights(page, 4);
    const texts = await page.evaluate(ourHighlightTexts);
    expect(texts.map((t) => t.toLowerCase())).toEqual([
      'upadacitinib',
      'dupixent',
      'abrocitinib',
      'baricitinib',
    ]);
    await toggleSidebar();
    const root = await sidebarRoot();
    await root.waitForSelector('[data-testid=page-drug]');
    // The query reaches the search box as a value, and the "no results" line as text.
    const query = `<img src=x onerror="window.__pwned.push('query')"><script>window.__pwned.push('s')</script>`;
    await sendToPage({ type: 'open-sidebar', query });
    const input = await root.waitForSelector('[data-testid=search-input]');
    expect(await input!.evaluate((el) => (el as HTMLInputElement).value)).toBe(query);
    await sleep(500);
    const injected = await root.evaluate(
      (r) => (r as ShadowRoot).querySelectorAll('img, script, svg [onload], [onerror]').length,
    );
    expect(injected).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned: string[] }).__pwned)).toEqual(
      [],
    );
    expect(watch.errorsSince(mark)).toEqual([]);
  });
});

describe('a page that overrides globals and clears the shared registry (case 2)', () => {
  test('scanning and the sidebar work although the page replaced DOM and JSON built-ins', async () => {
    const mark = await visit('globals.html');
    await waitForHighlights(page, 2);
    expect((await page.evaluate(ourHighlightTexts)).map((t) => t.toLowerCase())).toEqual([
      'dupilumab',
      'upadacitinib',
    ]);
    // Content scripts run in an isolated world: the page's replacements are never ours.
    await page.evaluate(() => {
      document.getElementById('later')!.textContent = 'Olumiant';
    });
    await waitForHighlights(page, 3);
    await toggleSidebar();
    const root = await sidebarRoot();
    await root.waitForSelector('[data-testid=page-drug]');
    expect(await root.$$eval('[data-testid=page-drug]', (rows) => rows.length)).toBe(3);
    expect(await page.evaluate(hostCount)).toBe(1);
    expect(watch.errorsSince(mark)).toEqual([]);
  });

  test('our highlights come back after the page clears or overwrites them, at most once a second', async () => {
    const mark = watch.errors.length;
    await page.evaluate(() => {
      const w = window as unknown as { __restores: number; __stop: () => void };
      w.__restores = 0;
      let present = false;
      // Every 5 ms: count how often our highlight came back, then delete or overwrite it.
      const timer = setInterval(() => {
        const names = [...CSS.highlights.keys()].filter((n) => n.startsWith('jaklens-'));
        const main = names.find((n) => !n.endsWith('-flash'));
        const nowPresent = main !== undefined && CSS.highlights.get(main)!.size > 0;
        if (nowPresent && !present) w.__restores++;
        present = nowPresent;
        if (main === undefined) return;
        if (w.__restores % 2 === 0) CSS.highlights.clear();
        else
          CSS.highlights.set(
            main,
            new (window as unknown as { __Highlight: typeof Highlight }).__Highlight(),
          );
        present = false;
      }, 5);
      w.__stop = () => clearInterval(timer);
    });
    await sleep(5_000);
    const restores = await page.evaluate(() => {
      const w = window as unknown as { __restores: number; __stop: () => void };
      w.__stop();
      return w.__restores;
    });
    // One check per second (REGISTRY_CHECK_MS): about five in five seconds, never a fight.
    expect(restores).toBeGreaterThanOrEqual(3);
    expect(restores).toBeLessThanOrEqual(7);
    await waitForHighlights(page, 3, 5_000);
    expect(watch.errorsSince(mark)).toEqual([]);
  });
});

describe('a page that squats on custom-element names (case 3)', () => {
  test('the sidebar mounts, shows and works although the page upgrades our element', async () => {
    const mark = await visit('squat.html');
    await waitForHighlights(page, 2);
    const host = await hostHandle(page);
    // The page defined our random name as soon as it appeared and upgraded the element.
    // (The page's own <jak-lens> was constructed once before that.)
    expect(
      await page.evaluate(() => (window as unknown as { __upgraded: number }).__upgraded),
    ).toBe(2);
    await toggleSidebar();
    const root = await shadowRootOf(host);
    const panel = await root.waitForSelector('[data-testid=sidebar]', { visible: true });
    const box = await panel!.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    const onTop = await page.evaluate(
      (x, y) => document.elementFromPoint(x, y)?.localName.includes('-') ?? false,
      box!.x + box!.width / 2,
      box!.y + box!.height / 2,
    );
    expect(onTop).toBe(true);
    const rows = await root.$$('[data-testid=page-drug]');
    expect(rows).toHaveLength(2);
    await rows[0]!.click();
    await root.waitForSelector('[data-testid=drug-title]', { visible: true });
    expect(await page.evaluate(hostCount)).toBe(2); // ours and the page's own <jak-lens>
    expect(watch.errorsSince(mark)).toEqual([]);
  });
});

describe('a strict CSP with Trusted Types (case 6)', () => {
  test('the sidebar is styled and no policy violation comes from us', async () => {
    await page.evaluateOnNewDocument(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`),
      );
    });
    const mark = await visit('csp.html');
    await waitForHighlights(page, 3);
    await toggleSidebar();
    const root = await sidebarRoot();
    const panel = await root.waitForSelector('[data-testid=sidebar]', { visible: true });
    const style = await panel!.evaluate((el) => {
      const s = getComputedStyle(el);
      return { position: s.position, background: s.backgroundColor, width: el.clientWidth };
    });
    expect(style.position).toBe('fixed');
    expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(style.width).toBeGreaterThan(200);
    // Our highlight rule (an adopted stylesheet) applies despite style-src 'none'.
    const painted = await page.evaluate(() => {
      const name = [...CSS.highlights.keys()].find((n) => n.startsWith('jaklens-'))!;
      return [...document.adoptedStyleSheets].some((s) =>
        [...s.cssRules].some((r) => r.cssText.includes(`::highlight(${name})`)),
      );
    });
    expect(painted).toBe(true);
    await sleep(500);
    expect(
      await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    ).toEqual([]);
    expect(watch.errorsSince(mark)).toEqual([]);
  });
});

describe('documents that are not HTML (case 11)', () => {
  test.each(['drugs.svg', 'drugs.xml', 'drugs.txt', 'drugs.json'])(
    '%s gets no host, no highlight and no error',
    async (file) => {
      const mark = await visit(`nonhtml/${file}`);
      await sleep(1_500);
      expect(await page.evaluate(hostCount)).toBe(0);
      expect(await page.evaluate(ourHighlightSize)).toBe(0);
      expect(watch.errorsSince(mark)).toEqual([]);
    },
  );

  test('an XHTML page is HTML and is read', async () => {
    const mark = await visit('nonhtml/drugs.xhtml');
    await waitForHighlights(page, 1);
    expect(watch.errorsSince(mark)).toEqual([]);
  });
});

describe("the page's own shadow DOM (case 12)", () => {
  test('names in open shadow roots are highlighted; a closed root is skipped', async () => {
    const mark = await visit('shadow.html');
    await waitForHighlights(page, 4);
    await sleep(500);
    const texts = (await page.evaluate(ourHighlightTexts)).map((t) => t.toLowerCase());
    expect(texts).toEqual(['baricitinib', 'dupixent', 'abrocitinib', 'tralokinumab']);
    expect(texts).not.toContain('upadacitinib'); // in the closed root
    expect(watch.errorsSince(mark)).toEqual([]);
  });
});

describe('the whole file (cases 15 and 16)', () => {
  test('no extension context made a network request', () => {
    expect(watch.requests).toEqual([]);
  });

  test('the extension logged no console error and threw nothing on any page', () => {
    expect(watch.errors).toEqual([]);
  });
});
