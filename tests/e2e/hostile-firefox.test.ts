import { describe, expect, test } from 'vitest';
import { FIREFOX_BUILD } from './harness';
import {
  hostCount,
  ourHighlightSize,
  ourHighlightTexts,
  sleep,
  useHostileBrowser,
  waitForHighlights,
} from './hostile-support';

/**
 * Hostile pages in Firefox, for the cases where it differs from Chromium: content scripts see the
 * page through Xray wrappers rather than an isolated world, page CSP applies differently to what
 * content scripts insert, text and JSON documents have their own viewers, and an updated add-on
 * is injected into open tabs. Firefox has no CDP, so the Chromium suites' watch on every target
 * (requests and errors of the service worker and extension pages) cannot run here; the tab's own
 * page errors are collected on every page instead.
 */

const hostile = useHostileBrowser('firefox');

describe('JAK Lens on hostile pages in Firefox', () => {
  test('overridden DOM and JSON built-ins do not reach the content script (Xray wrappers)', async () => {
    const mark = await hostile.visit('globals.html');
    await waitForHighlights(hostile.page, 2);
    await hostile.toggleSidebar();
    const root = await hostile.sidebarRoot();
    await root.waitForSelector('[data-testid=page-drug]', { visible: true });
    expect(await hostile.page.evaluate(hostCount)).toBe(1);
    expect(hostile.errorsSince(mark)).toEqual([]);
  });

  test('under a strict CSP with Trusted Types the sidebar is styled and nothing is reported', async () => {
    await hostile.page.evaluateOnNewDocument(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        // Firefox's own favicon request is blocked by img-src too; it is not ours.
        if (!e.blockedURI.endsWith('/favicon.ico'))
          w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`);
      });
    });
    const mark = await hostile.visit('csp.html');
    await waitForHighlights(hostile.page, 3);
    await hostile.toggleSidebar();
    const root = await hostile.sidebarRoot();
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
      await hostile.page.evaluate(
        () => (window as unknown as { __violations: string[] }).__violations,
      ),
    ).toEqual([]);
    expect(hostile.errorsSince(mark)).toEqual([]);
  });

  test.each(['drugs.svg', 'drugs.xml', 'drugs.txt', 'drugs.json'])(
    '%s (Firefox has its own text and JSON viewers) gets no host and no highlight',
    async (file) => {
      const mark = await hostile.visit(`nonhtml/${file}`);
      await sleep(1_500);
      const state = await hostile.page.evaluate(() => ({
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
      expect(hostile.errorsSince(mark)).toEqual([]);
    },
  );

  test('frames are not scanned and only the top document gets a host', async () => {
    const mark = await hostile.visit(`frames.html?cross=${hostile.servers.crossPort}`);
    await waitForHighlights(hostile.page, 1);
    await sleep(2_000);
    expect(await hostile.page.evaluate(ourHighlightTexts)).toEqual(['upadacitinib']);
    expect(await hostile.page.evaluate(hostCount)).toBe(1);
    for (const frame of hostile.page.mainFrame().childFrames()) {
      const hosts = await frame
        .evaluate(
          () =>
            [...document.querySelectorAll('*')].filter((el) => el.localName.includes('-')).length,
        )
        .catch(() => 0); // a sandboxed frame without scripts cannot be evaluated in Firefox
      expect(hosts).toBe(0);
    }
    expect(hostile.errorsSince(mark)).toEqual([]);
  });

  test('open shadow roots are read and a closed one is skipped', async () => {
    const mark = await hostile.visit('shadow.html');
    await waitForHighlights(hostile.page, 4);
    await sleep(500);
    const texts = (await hostile.page.evaluate(ourHighlightTexts)).map((t) => t.toLowerCase());
    expect(texts).toEqual(['baricitinib', 'dupixent', 'abrocitinib', 'tralokinumab']);
    expect(hostile.errorsSince(mark)).toEqual([]);
  });

  test('clicks do nothing while <html> is nearly transparent', async () => {
    const mark = await hostile.visit('clickjack.html');
    await waitForHighlights(hostile.page, 2);
    const root = await hostile.sidebarRoot();
    const launcher = (await root.waitForSelector('[data-testid=launcher]', { visible: true }))!;
    await hostile.page.evaluate(() =>
      document.documentElement.style.setProperty('opacity', '0.03'),
    );
    await launcher.click();
    await sleep(600);
    expect(await root.$('[data-testid=sidebar]')).toBeNull();
    await hostile.page.evaluate(() => document.documentElement.style.removeProperty('opacity'));
    await launcher.click();
    await root.waitForSelector('[data-testid=sidebar]', { visible: true });
    expect(hostile.errorsSince(mark)).toEqual([]);
  });

  test('an add-on update tears the old UI down and Firefox injects exactly one new copy', async () => {
    const mark = await hostile.visit('lifecycle.html');
    await waitForHighlights(hostile.page, 3);
    await hostile.toggleSidebar();
    await (await hostile.sidebarRoot()).waitForSelector('[data-testid=sidebar]');
    const oldHost = await hostile.page.evaluate(
      () =>
        [...document.documentElement.children].find((el) => el.localName.includes('-'))!.localName,
    );
    // Installing the same temporary add-on again is an in-place update (same id).
    await hostile.browser.installExtension(FIREFOX_BUILD);
    await hostile.page.waitForFunction(
      (old: string) =>
        ![...document.documentElement.children].some((el) => el.localName === old) &&
        [...document.documentElement.children].some((el) => el.localName.includes('-')),
      { timeout: 15_000, polling: 100 },
      oldHost,
    );
    await sleep(2_000);
    expect(await hostile.page.evaluate(hostCount)).toBe(1);
    expect(await hostile.page.evaluate(ourHighlightSize)).toBe(3);
    expect(
      await hostile.page.evaluate(
        () => [...CSS.highlights.keys()].filter((n) => n.startsWith('jaklens-')).length,
      ),
    ).toBe(1);
    expect(hostile.errorsSince(mark)).toEqual([]);
  });
});
