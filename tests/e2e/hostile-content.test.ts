import { describe, expect, test } from 'vitest';
import { shadowRootOf } from './harness';
import {
  describeWholeRun,
  hostCount,
  hostHandle,
  ourHighlightSize,
  ourHighlightTexts,
  sleep,
  useHostileBrowser,
  waitForHighlights,
  type Chrome,
} from './hostile-support';

/**
 * Hostile pages in Chromium: markup as text, overridden globals and a shared highlight registry
 * the page clears, tag squatting, strict CSP with Trusted Types, non-HTML documents and the
 * page's own shadow roots. Every extension request and console error is logged throughout and
 * checked per page and across the whole file.
 */

const hostile = useHostileBrowser('chromium');

/** Sends a message to the content script of the suite's tab from the background. */
async function sendToPage(message: unknown): Promise<unknown> {
  await hostile.page.bringToFront();
  return hostile.inWorker(async (m) => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.tabs.sendMessage(tab.id, m, { frameId: 0 });
  }, message);
}

describe('markup in page text and in our strings renders as text', () => {
  test('escaped tags beside drug names are highlighted as plain text and never run', async () => {
    const mark = await hostile.visit('markup.html');
    await waitForHighlights(hostile.page, 4);
    const texts = await hostile.page.evaluate(ourHighlightTexts);
    expect(texts.map((t) => t.toLowerCase())).toEqual([
      'upadacitinib',
      'dupixent',
      'abrocitinib',
      'baricitinib',
    ]);
    await hostile.toggleSidebar();
    const root = await hostile.sidebarRoot();
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
    expect(
      await hostile.page.evaluate(() => (window as unknown as { __pwned: string[] }).__pwned),
    ).toEqual([]);
    expect(hostile.errorsSince(mark)).toEqual([]);
  });
});

describe('a page that overrides globals and clears the shared registry', () => {
  test('scanning and the sidebar work although the page replaced DOM and JSON built-ins', async () => {
    const mark = await hostile.visit('globals.html');
    await waitForHighlights(hostile.page, 2);
    expect((await hostile.page.evaluate(ourHighlightTexts)).map((t) => t.toLowerCase())).toEqual([
      'dupilumab',
      'upadacitinib',
    ]);
    // Content scripts run in an isolated world: the page's replacements are never ours.
    await hostile.page.evaluate(() => {
      document.getElementById('later')!.textContent = 'Olumiant';
    });
    await waitForHighlights(hostile.page, 3);
    await hostile.toggleSidebar();
    const root = await hostile.sidebarRoot();
    await root.waitForSelector('[data-testid=page-drug]');
    expect(await root.$$eval('[data-testid=page-drug]', (rows) => rows.length)).toBe(3);
    expect(await hostile.page.evaluate(hostCount)).toBe(1);
    expect(hostile.errorsSince(mark)).toEqual([]);
  });

  test('our highlights come back after the page clears or overwrites them, at most once a second', async () => {
    const mark = hostile.errors.length;
    await hostile.page.evaluate(() => {
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
    const restores = await hostile.page.evaluate(() => {
      const w = window as unknown as { __restores: number; __stop: () => void };
      w.__stop();
      return w.__restores;
    });
    // One check per second (REGISTRY_CHECK_MS): about five in five seconds, never a fight. The
    // lower bound is loose on purpose: a loaded machine runs timers late, never early.
    expect(restores).toBeGreaterThanOrEqual(2);
    expect(restores).toBeLessThanOrEqual(7);
    await waitForHighlights(hostile.page, 3, 5_000);
    expect(hostile.errorsSince(mark)).toEqual([]);
  });
});

describe('a page that squats on custom-element names', () => {
  test('the sidebar mounts, shows and works although the page upgrades our element', async () => {
    const mark = await hostile.visit('squat.html');
    await waitForHighlights(hostile.page, 2);
    const host = await hostHandle(hostile.page);
    // The page defined our random name as soon as it appeared and upgraded the element.
    // (The page's own <jak-lens> was constructed once before that.)
    expect(
      await hostile.page.evaluate(() => (window as unknown as { __upgraded: number }).__upgraded),
    ).toBe(2);
    await hostile.toggleSidebar();
    const root = await shadowRootOf(host);
    const panel = await root.waitForSelector('[data-testid=sidebar]', { visible: true });
    const box = await panel!.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    const onTop = await hostile.page.evaluate(
      (x, y) => document.elementFromPoint(x, y)?.localName.includes('-') ?? false,
      box!.x + box!.width / 2,
      box!.y + box!.height / 2,
    );
    expect(onTop).toBe(true);
    const rows = await root.$$('[data-testid=page-drug]');
    expect(rows).toHaveLength(2);
    await rows[0]!.click();
    await root.waitForSelector('[data-testid=drug-title]', { visible: true });
    expect(await hostile.page.evaluate(hostCount)).toBe(2); // ours and the page's own <jak-lens>
    expect(hostile.errorsSince(mark)).toEqual([]);
  });
});

describe('a strict CSP with Trusted Types', () => {
  test('the sidebar is styled and no policy violation comes from us', async () => {
    await hostile.page.evaluateOnNewDocument(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`),
      );
    });
    const mark = await hostile.visit('csp.html');
    await waitForHighlights(hostile.page, 3);
    await hostile.toggleSidebar();
    const root = await hostile.sidebarRoot();
    const panel = await root.waitForSelector('[data-testid=sidebar]', { visible: true });
    const style = await panel!.evaluate((el) => {
      const s = getComputedStyle(el);
      return { position: s.position, background: s.backgroundColor, width: el.clientWidth };
    });
    expect(style.position).toBe('fixed');
    expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(style.width).toBeGreaterThan(200);
    // Our highlight rule (an adopted stylesheet) applies despite style-src 'none'.
    const painted = await hostile.page.evaluate(() => {
      const name = [...CSS.highlights.keys()].find((n) => n.startsWith('jaklens-'))!;
      return [...document.adoptedStyleSheets].some((s) =>
        [...s.cssRules].some((r) => r.cssText.includes(`::highlight(${name})`)),
      );
    });
    expect(painted).toBe(true);
    await sleep(500);
    expect(
      await hostile.page.evaluate(
        () => (window as unknown as { __violations: string[] }).__violations,
      ),
    ).toEqual([]);
    expect(hostile.errorsSince(mark)).toEqual([]);
  });
});

describe('documents that are not HTML', () => {
  test.each(['drugs.svg', 'drugs.xml', 'drugs.txt', 'drugs.json'])(
    '%s gets no host, no highlight and no error',
    async (file) => {
      const mark = await hostile.visit(`nonhtml/${file}`);
      await sleep(1_500);
      expect(await hostile.page.evaluate(hostCount)).toBe(0);
      expect(await hostile.page.evaluate(ourHighlightSize)).toBe(0);
      expect(hostile.errorsSince(mark)).toEqual([]);
    },
  );

  test('an XHTML page is HTML and is read', async () => {
    const mark = await hostile.visit('nonhtml/drugs.xhtml');
    await waitForHighlights(hostile.page, 1);
    expect(hostile.errorsSince(mark)).toEqual([]);
  });
});

describe("the page's own shadow DOM", () => {
  test('names in open shadow roots are highlighted; a closed root is skipped', async () => {
    const mark = await hostile.visit('shadow.html');
    await waitForHighlights(hostile.page, 4);
    await sleep(500);
    const texts = (await hostile.page.evaluate(ourHighlightTexts)).map((t) => t.toLowerCase());
    expect(texts).toEqual(['baricitinib', 'dupixent', 'abrocitinib', 'tralokinumab']);
    expect(texts).not.toContain('upadacitinib'); // in the closed root
    expect(hostile.errorsSince(mark)).toEqual([]);
  });
});

describeWholeRun(hostile);
