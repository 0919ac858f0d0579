import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer';
import { launchDriver, type ExtensionDriver } from './driver';
import { FIXTURES, highlightCount, serveFolder, waitForPage, waitForValue } from './harness';

/**
 * An organisation's policy in Firefox, the way IT deploys one on Linux: a managed-storage
 * manifest, `~/.mozilla/managed-storage/<add-on id>.json`, under a HOME this test makes itself
 * (Firefox reads it through `storage.managed`; README, "Managed settings"). Chromium reads
 * policies only from a system folder (/etc/opt/chrome/policies), which a test cannot write, so
 * its side is covered by the unit tests of the fake browser's managed storage
 * (tests/unit/platform/managed-settings.test.ts).
 */

const GECKO_ID = 'jak-lens@jaklens.example';
/** `surfaces.html`: six mentions of five drugs. */
const MENTIONS = 6;

/** The policy: JAK Lens only on 127.0.0.1 (the fixture server), no hover cards, one bad value. */
const POLICY = {
  siteMode: 'only-listed',
  sites: ['127.0.0.1'],
  hoverCards: false,
  theme: 'sepia',
  highlightStyle: 'underline',
  locked: ['siteMode', 'sites', 'hoverCards'],
};

describe('managed settings in Firefox', () => {
  let home: string;
  let server: Awaited<ReturnType<typeof serveFolder>>;
  let ext: ExtensionDriver;
  let page: Page;

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'jaklens-managed-'));
    const folder = join(home, '.mozilla', 'managed-storage');
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, `${GECKO_ID}.json`),
      JSON.stringify({
        name: GECKO_ID,
        description: 'JAK Lens policy for the e2e test',
        type: 'storage',
        data: POLICY,
      }),
    );
    server = await serveFolder(FIXTURES);
    ext = await launchDriver('firefox', {
      firefoxEnv: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config') },
    });
    page = await ext.browser.newPage();
    await page.goto(`${server.url}/surfaces.html`);
    await waitForPage(page, 'highlights', () => CSS.highlights.size > 0);
    await ext.connect(page);
  });

  afterAll(async () => {
    await ext?.browser.close();
    await server?.close();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  test('Firefox hands the managed-storage manifest under our HOME to storage.managed', async () => {
    expect(await ext.evaluate((api) => api.storage.managed.get())).toEqual(POLICY);
  });

  test('the options page shows the locked site list and hover cards disabled, "Managed by your organisation"', async () => {
    const options = await ext.openExtensionPage('options.html');
    try {
      await options.waitForSelector('[data-testid=options-managed-sites]');
      const state = await options.evaluate(() => {
        const input = (id: string) =>
          document.querySelector<HTMLInputElement>(`[data-testid=${id}]`)!;
        const text = (id: string) => document.querySelector(`[data-testid=${id}]`)?.textContent;
        return {
          modes: ['all', 'only-listed', 'except-listed'].map((m) => {
            const radio = input(`options-site-mode-${m}`);
            return [m, radio.checked, radio.disabled];
          }),
          sites: [...document.querySelectorAll('[data-testid=options-site]')].map(
            (li) => li.textContent,
          ),
          canAddSite: document.querySelector('[data-testid=options-site-input]') !== null,
          hoverCards: [input('options-hover-cards').checked, input('options-hover-cards').disabled],
          notes: ['siteMode', 'sites', 'hoverCards', 'highlightStyle'].map((k) =>
            text(`options-managed-${k}`),
          ),
          style: [
            (document.querySelector('[data-testid=options-style]') as HTMLSelectElement).value,
            (document.querySelector('[data-testid=options-style]') as HTMLSelectElement).disabled,
          ],
          issues: [...document.querySelectorAll('[data-testid=options-policy-issue]')].map((li) =>
            li.getAttribute('data-name'),
          ),
        };
      });
      expect(state).toEqual({
        modes: [
          ['all', false, true],
          ['only-listed', true, true],
          ['except-listed', false, true],
        ],
        sites: ['127.0.0.1'],
        canAddSite: false,
        hoverCards: [false, true],
        notes: [
          'Managed by your organisation',
          'Managed by your organisation',
          'Managed by your organisation',
          undefined,
        ],
        // Set by the policy but not locked: a default, which the user may still change.
        style: ['underline', false],
        // 'sepia' is no theme: ignored alone, and said so.
        issues: ['theme'],
      });
    } finally {
      await options.close();
    }
  });

  test('the locked site list wins over the user’s own: the listed site is still read after the user blocks it', async () => {
    await ext.evaluate((api) =>
      api.storage.sync.set({ settings: { siteMode: 'except-listed', sites: ['127.0.0.1'] } }),
    );
    await page.reload();
    await waitForValue(
      'all mentions highlighted',
      () => highlightCount(page),
      (n) => n === MENTIONS,
    );
    const popup = await ext.openPopup(page);
    try {
      const toggle = (await popup.waitForSelector('[data-testid=site-toggle]'))!;
      expect(
        await toggle.evaluate((el) => [
          (el as HTMLInputElement).checked,
          (el as HTMLInputElement).disabled,
        ]),
      ).toEqual([true, true]);
      const note = await popup.waitForSelector('[data-testid=site-managed]');
      expect(await note!.evaluate((el) => el.textContent)).toBe('Managed by your organisation');
    } finally {
      if (!popup.isClosed()) await popup.close();
    }
  });

  test('a site the locked list leaves out is not read, and its switch cannot turn it on', async () => {
    const other = await ext.browser.newPage();
    try {
      // The same fixture under another hostname: not in the policy's list.
      await other.goto(`http://localhost:${server.port}/surfaces.html`);
      const popup = await ext.openPopup(other);
      try {
        await popup.waitForSelector('[data-testid=popup-disabled]');
        const toggle = (await popup.waitForSelector('[data-testid=site-toggle]'))!;
        expect(
          await toggle.evaluate((el) => [
            (el as HTMLInputElement).checked,
            (el as HTMLInputElement).disabled,
          ]),
        ).toEqual([false, true]);
      } finally {
        if (!popup.isClosed()) await popup.close();
      }
      expect(await highlightCount(other)).toBe(0);
    } finally {
      await other.close();
    }
  });
});

describe('managed settings in Chromium', () => {
  let ext: ExtensionDriver;

  beforeAll(async () => {
    ext = await launchDriver('chromium');
    await ext.connect(await ext.browser.newPage());
  });

  afterAll(async () => {
    await ext?.browser.close();
  });

  test('the extension loads with its managed schema, and without a policy storage.managed is empty', async () => {
    // Chrome refuses to load an extension whose managed_schema it cannot parse.
    expect(await ext.evaluate((api) => api.runtime.getManifest().storage)).toEqual({
      managed_schema: 'managed-schema.json',
    });
    expect(await ext.evaluate((api) => api.storage.managed.get())).toEqual({});
    const options = await ext.openExtensionPage('options.html');
    try {
      await options.waitForSelector('[data-testid=options-hover-cards]');
      expect(await options.$$('[data-testid^=options-managed-]')).toEqual([]);
      expect(await options.$('[data-testid=options-policy-issues]')).toBeNull();
    } finally {
      await options.close();
    }
  });
});
