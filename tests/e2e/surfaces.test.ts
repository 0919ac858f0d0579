import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer';
import { launchDriver, type ExtensionDriver } from './driver';
import {
  BROWSERS,
  FIXTURES,
  highlightCount,
  highlightTexts,
  pressToggleShortcut,
  serveFolder,
  shownDrugTitle,
  sidebarRoot,
  waitForPage,
  waitForSidebar,
  waitForValue,
} from './harness';

/** `surfaces.html`: five distinct drugs, dupilumab twice. */
const DRUGS = ['upadacitinib', 'abrocitinib', 'dupilumab', 'tralokinumab', 'ruxolitinib'];
const MENTIONS = 6;
const BIOLOGICS = ['dupilumab', 'tralokinumab'];

describe.each(BROWSERS)('browser surfaces in %s', (name) => {
  let ext: ExtensionDriver;
  let server: Awaited<ReturnType<typeof serveFolder>>;
  let page: Page;
  let tabId: number;
  let scratch: string;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'jaklens-e2e-'));
    server = await serveFolder(FIXTURES);
    ext = await launchDriver(name);
    page = await ext.browser.newPage();
    await page.goto(`${server.url}/surfaces.html`);
    await waitForPage(page, 'highlights', () => CSS.highlights.size > 0);
    await ext.connect(page);
    tabId = await ext.tabIdOf(page);
    // Survives only as long as the document: proves settings apply without a reload.
    await page.evaluate(() => {
      (window as unknown as { loadMarker: number }).loadMarker = 1;
    });
  });

  afterAll(async () => {
    await ext?.browser.close();
    await server?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  beforeEach(async () => {
    // Every test starts from the default settings, the page fully highlighted, the sidebar closed.
    await ext.evaluate((api) => api.storage.sync.clear());
    await waitForValue(
      'all mentions highlighted',
      () => highlightCount(page),
      (n) => n === MENTIONS,
    );
    const root = await sidebarRoot(page);
    const close = await root.$('[data-testid=sidebar]:not([hidden]) [data-testid=close]');
    if (close) {
      await page.bringToFront(); // a tab in the background gets no input events
      await close.click();
    }
    await waitForSidebar(page, false);
  });

  async function badge(): Promise<string> {
    return ext.evaluate((api, tab) => api.action.getBadgeText({ tabId: tab }), tabId);
  }

  /** The `settings` item as stored in `storage.sync` (WXT's `sync:settings`). */
  async function storedSettings(): Promise<Record<string, unknown>> {
    return ext.evaluate((api) => api.storage.sync.get('settings'));
  }

  /** The `::highlight()` rules the page's adopted stylesheets hold (ours are the only ones). */
  async function highlightRules(): Promise<string[]> {
    return page.evaluate(() =>
      document.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
        .filter((text) => text.includes('::highlight(')),
    );
  }

  async function stillSameDocument(): Promise<boolean> {
    return page.evaluate(() => (window as unknown as { loadMarker?: number }).loadMarker === 1);
  }

  test("the sidebar's settings button opens the options page", async () => {
    // None open to begin with: the browser would bring an open one forward instead.
    for (const p of await ext.extensionPages()) await p.close();
    await page.bringToFront();
    await pressToggleShortcut(page);
    await waitForSidebar(page, true);
    const root = await sidebarRoot(page);
    await (await root.$('[data-testid=sidebar] [data-testid=open-settings]'))!.click();
    const options = await ext.waitForExtensionPage('options.html');
    // Left open: in Firefox it is the suite's way into the extension's own context.
    expect(await options.waitForSelector('[data-testid=options-style]')).not.toBeNull();
  });

  test('the toolbar badge shows how many distinct drugs the tab names, and follows the page', async () => {
    expect(await waitForValue('badge', badge, (text) => text === String(DRUGS.length))).toBe('5');
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'added';
      p.textContent = 'Baricitinib was added to the formulary.';
      document.body.append(p);
    });
    expect(await waitForValue('badge after an added drug', badge, (t) => t === '6')).toBe('6');
    await page.evaluate(() => document.getElementById('added')?.remove());
    expect(await waitForValue('badge after removal', badge, (t) => t === '5')).toBe('5');
  });

  test('switching "On this site" off in the popup clears the open tab, and on restores it, without a reload', async () => {
    await page.bringToFront();
    await pressToggleShortcut(page);
    await waitForSidebar(page, true);

    const popup = await ext.openPopup(page);
    try {
      const toggle = (await popup.waitForSelector('[data-testid=site-toggle]'))!;
      const listed = await popup.waitForSelector('[data-testid=popup-drug]');
      expect(listed).not.toBeNull();
      const rows = await popup.$$eval('[data-testid=popup-drug]', (els) =>
        els.map((el) => el.getAttribute('data-drug-id')),
      );
      expect(rows).toEqual(DRUGS);
      expect(await toggle.evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);

      await toggle.click();
      await popup.waitForSelector('[data-testid=popup-disabled]');
      await waitForPage(page, 'highlights and host removed', () => {
        let n = 0;
        for (const [, h] of CSS.highlights) n += h.size;
        const host = [...document.documentElement.children, ...document.body.children].find((el) =>
          el.tagName.includes('-'),
        );
        return n === 0 && !host;
      });
      expect(await waitForValue('badge cleared', badge, (t) => t === '')).toBe('');
      expect(await storedSettings()).toMatchObject({
        settings: { siteMode: 'except-listed', sites: ['127.0.0.1'] },
      });

      await toggle.click();
      expect(await toggle.evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);
      await waitForValue(
        'highlights back',
        () => highlightCount(page),
        (n) => n === MENTIONS,
      );
      const root = await sidebarRoot(page);
      expect(await root.waitForSelector('[data-testid=launcher]')).not.toBeNull();
      expect(await waitForValue('badge back', badge, (t) => t === '5')).toBe('5');
      await page.bringToFront();
      await pressToggleShortcut(page);
      await waitForSidebar(page, true);
      expect(await stillSameDocument()).toBe(true);
    } finally {
      if (!popup.isClosed()) await popup.close(); // bringing the page forward may close it
    }
  });

  test('a drug in the toolbar popup opens the sidebar at that drug', async () => {
    await page.bringToFront();
    const popup = await ext.openPopup(page);
    const closed = new Promise<void>((resolve) => popup.once('close', () => resolve()));
    try {
      const row = await popup.waitForSelector(
        '[data-testid=popup-drug][data-drug-id=tralokinumab]',
      );
      // The popup closes itself on the click, possibly before the mouse-up is acknowledged.
      await row!.click().catch((error: Error) => {
        if (error.name !== 'TargetCloseError') throw error;
      });
      await waitForSidebar(page, true);
      expect(await shownDrugTitle(page)).toBe('Tralokinumab');
      // A toolbar popup gets out of the way, as toolbar popups do. Firefox's popup here is a
      // tab of its own (its toolbar button cannot be clicked), which a script may not close.
      if (name === 'chromium') await closed;
    } finally {
      if (!popup.isClosed()) await popup.close();
    }
  });

  test('Alt+Shift+J in the page toggles the sidebar', async () => {
    await page.bringToFront();
    await waitForSidebar(page, false);
    await pressToggleShortcut(page);
    await waitForSidebar(page, true);
    await pressToggleShortcut(page);
    await waitForSidebar(page, false);
  });

  test('toggle-sidebar and open-sidebar messages, as the command and the context menu send, drive the sidebar', async () => {
    const send = (message: object) =>
      ext.evaluate(
        (api, tab, m) => api.tabs.sendMessage(tab, m, { frameId: 0 }),
        tabId,
        message as never,
      );
    await page.bringToFront();
    await waitForSidebar(page, false);
    await send({ type: 'toggle-sidebar' });
    await waitForSidebar(page, true);
    await send({ type: 'toggle-sidebar' });
    await waitForSidebar(page, false);
    await send({ type: 'open-sidebar', drugId: 'abrocitinib' });
    await waitForSidebar(page, true);
    expect(await shownDrugTitle(page)).toBe('Abrocitinib');
  });

  test('importing a malformed settings file shows an error and changes no setting', async () => {
    const options = await ext.openExtensionPage('options.html');
    try {
      await options.bringToFront();
      await options.waitForSelector('[data-testid=options-style]');
      // A stored, non-default value that a half-applied import would overwrite.
      await options.select('[data-testid=options-style]', 'underline');
      await waitForValue(
        'the underline style stored',
        storedSettings,
        (s) =>
          (s.settings as { highlightStyle?: string } | undefined)?.highlightStyle === 'underline',
      );
      const before = await storedSettings();
      const input = (await options.$(
        '[data-testid=options-import]',
      )) as ElementHandle<HTMLInputElement>;

      const upload = async (file: string, text: string) => {
        const path = join(scratch, `${name}-${file}`);
        writeFileSync(path, text);
        await input.uploadFile(path);
      };
      const errorText = async () => {
        const el = await options.waitForSelector('[data-testid=options-error]', { timeout: 5000 });
        return (await el!.evaluate((e) => e.textContent ?? '')).trim();
      };

      await upload(
        'truncated.json',
        '{"format": "jak-lens-settings", "version": 1, "settings": {"highlightStyle": "none",',
      );
      expect(await errorText()).toMatch(/not valid JSON/);
      expect(await storedSettings()).toEqual(before);

      // Valid JSON with one bad field: all or nothing, so the valid field is not applied either.
      await upload(
        'bad-field.json',
        JSON.stringify({
          format: 'jak-lens-settings',
          version: 1,
          settings: { highlightStyle: 'none', side: 'middle' },
        }),
      );
      await options.waitForFunction(
        () => document.querySelector('[data-testid=options-error]')?.textContent?.includes('side'),
        { timeout: 5000 },
      );
      expect(await storedSettings()).toEqual(before);
      expect(
        await options.$eval('[data-testid=options-style]', (el) => (el as HTMLSelectElement).value),
      ).toBe('underline');
      expect((await highlightRules()).join('\n')).toContain('underline');

      // The same input does import a good file: the refusals above were the validation's.
      await upload(
        'good.json',
        JSON.stringify({ format: 'jak-lens-settings', version: 1, settings: { side: 'left' } }),
      );
      await options.waitForFunction(
        () =>
          document.querySelector('[data-testid=options-status]')?.textContent ===
          'Settings imported.',
        { timeout: 5000 },
      );
      expect(await options.$('[data-testid=options-error]')).toBeNull();
      const after = (await storedSettings()).settings as { side: string; highlightStyle: string };
      expect(after).toMatchObject({ side: 'left', highlightStyle: 'background' });
    } finally {
      await options.close();
    }
  });

  test('a highlight style and a group switched off in the options page apply to the open tab without a reload', async () => {
    expect((await highlightRules()).join('\n')).toContain('background-color');
    const options = await ext.openExtensionPage('options.html');
    try {
      await options.bringToFront();
      await options.waitForSelector('[data-testid=options-style]');
      await options.select('[data-testid=options-style]', 'underline');
      await waitForValue('underline rule in the page', highlightRules, (rules) =>
        rules.some((r) => r.includes('underline') && !r.includes('background-color')),
      );

      await (await options.$('[data-testid=options-group-biologic]'))!.click();
      const texts = await waitForValue(
        'biologics unhighlighted',
        () => highlightTexts(page),
        (t) => t.length === MENTIONS - 3,
      );
      const lower = texts.map((t) => t.toLowerCase());
      for (const drug of BIOLOGICS) expect(lower).not.toContain(drug);
      expect(lower).toContain('upadacitinib');
      expect(await waitForValue('badge without biologics', badge, (t) => t === '3')).toBe('3');

      await page.bringToFront();
      await pressToggleShortcut(page);
      await waitForSidebar(page, true);
      const root = await sidebarRoot(page);
      await (await root.$('[data-testid=tab-page]'))!.click();
      await (await root.$('button.back'))?.click();
      const rows = await root.$$eval('[data-testid=page-drug]', (els) =>
        els.map((el) => el.getAttribute('data-drug-id')),
      );
      expect(rows).toEqual(DRUGS.filter((d) => !BIOLOGICS.includes(d)));

      await options.bringToFront(); // a tab in the background gets no input events
      await (await options.$('[data-testid=options-group-biologic]'))!.click();
      await page.bringToFront();
      await waitForValue(
        'biologics back',
        () => highlightCount(page),
        (n) => n === MENTIONS,
      );
      await root.waitForSelector('[data-testid=page-drug][data-drug-id=dupilumab]');
      expect(await stillSameDocument()).toBe(true);
      await page.keyboard.press('Escape');
      await waitForSidebar(page, false);
    } finally {
      await options.close();
    }
  });

  /**
   * Chromium only: Puppeteer cannot press a browser-level shortcut or click a context-menu item,
   * but Chromium's extension events carry a `dispatch` method (not in the typings) that runs our
   * real background handler, which then messages the tab. Firefox's events have no `dispatch`;
   * there the messages those handlers send are covered by the messages test above.
   */
  if (name === 'chromium') {
    describe('background handlers', () => {
      async function dispatchInBackground(
        event: 'commands.onCommand' | 'contextMenus.onClicked',
        args: unknown[],
      ): Promise<void> {
        await ext.evaluate(
          (api, eventName, eventArgs) => {
            const [ns, member] = eventName.split('.') as [string, string];
            const target = (api as unknown as Record<string, Record<string, unknown>>)[ns]![
              member
            ] as { dispatch(...a: unknown[]): void };
            target.dispatch(...eventArgs);
          },
          event,
          args,
        );
      }

      test('the toggle-sidebar command toggles the sidebar in its tab, or in the active tab', async () => {
        await page.bringToFront();
        await waitForSidebar(page, false);
        await dispatchInBackground('commands.onCommand', ['toggle-sidebar', { id: tabId }]);
        await waitForSidebar(page, true);
        await dispatchInBackground('commands.onCommand', ['toggle-sidebar', { id: tabId }]);
        await waitForSidebar(page, false);
        // Without a tab (the command fired while the browser UI had focus): the active tab.
        await dispatchInBackground('commands.onCommand', ['toggle-sidebar']);
        await waitForSidebar(page, true);
        await page.keyboard.press('Escape');
        await waitForSidebar(page, false);
      });

      test('the context-menu lookup is registered and opens the drug the selection names', async () => {
        const updates = await ext.evaluate(async (api) => {
          const result = async (menuId: string) =>
            api.contextMenus.update(menuId, {}).then(
              () => 'ok',
              () => 'missing',
            );
          return [await result('jak-lens-lookup'), await result('no-such-menu')];
        });
        expect(updates).toEqual(['ok', 'missing']);

        await page.bringToFront();
        const info = { menuItemId: 'jak-lens-lookup', editable: false, pageUrl: page.url() };
        await dispatchInBackground('contextMenus.onClicked', [
          { ...info, selectionText: 'Rinvoq 15 mg once daily' },
          { id: tabId },
        ]);
        await waitForSidebar(page, true);
        expect(await shownDrugTitle(page)).toBe('Upadacitinib');

        // A selection that names no drug opens search with the selection as the query.
        await dispatchInBackground('contextMenus.onClicked', [
          { ...info, selectionText: '  boxed\n warning ' },
          { id: tabId },
        ]);
        const root = await sidebarRoot(page);
        await page.waitForFunction(
          (r: Node) =>
            (r as ShadowRoot).querySelector<HTMLInputElement>('[data-testid=search-input]')
              ?.value === 'boxed warning',
          { timeout: 5000 },
          root,
        );
        expect(await root.$('[data-testid=search-result]')).not.toBeNull();
        await page.keyboard.press('Escape');
        await waitForSidebar(page, false);
      });
    });
  }
});
