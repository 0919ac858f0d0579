import type { Browser, Page } from 'puppeteer';
import {
  extensionId,
  launch,
  openToolbarPopup,
  sidebarRoot,
  waitForSidebar,
  waitForValue,
  type BrowserName,
  type ExtensionApi,
} from './harness';

/**
 * The one place where the e2e suites differ by browser: how a test reaches the extension's own
 * context (`chrome.*` / `browser.*`, with the extension's permissions), its pages and its popup.
 *
 * - Chromium: the background service worker is a target to evaluate in, extension pages open by
 *   URL, and CDP's `Extensions.triggerAction` clicks the toolbar button.
 * - Firefox: there is no service-worker target, and Puppeteer cannot navigate a tab to a
 *   `moz-extension://` URL (docs/design.md, "Toolchain facts"). A page the extension opens
 *   itself is reachable, though: {@link ExtensionDriver.connect} clicks the sidebar's settings
 *   button, which has the background open the options page, and that page's `browser.*` opens
 *   the others (`tabs.create`). The toolbar button cannot be clicked, so the popup is opened
 *   as a tab of its own with `?tab=<id>`.
 */
export interface ExtensionDriver {
  readonly name: BrowserName;
  readonly browser: Browser;
  /**
   * Reaches the extension's own context. Firefox gets there from `page`, a fixture tab on which
   * our sidebar is mounted (it opens the sidebar and leaves it open); Chromium needs no page.
   */
  connect(page: Page): Promise<void>;
  /**
   * Runs `fn(api, ...args)` in the extension's own context, `api` being `browser` or `chrome`.
   * `fn` is sent as source: it may use only its arguments (JSON values).
   */
  evaluate<A extends unknown[], R>(
    fn: (api: ExtensionApi, ...args: A) => R | Promise<R>,
    ...args: A
  ): Promise<R>;
  /** The browser's tab id of `page`, checked by asking its content script for the report. */
  tabIdOf(page: Page): Promise<number>;
  /** Opens an extension page (`options.html`) in a tab of its own. */
  openExtensionPage(path: string): Promise<Page>;
  /** The toolbar popup for `page`'s tab, loaded. */
  openPopup(page: Page): Promise<Page>;
  /** The extension pages open now (to tell a new one from these). */
  extensionPages(): Promise<Page[]>;
  /** Waits for an extension page at `path` that is not one of `known`. */
  waitForExtensionPage(path: string, known?: Page[]): Promise<Page>;
}

/** Launches `name` with our build (`options` as for {@link launch}) and returns its driver. */
export async function launchDriver(
  name: BrowserName,
  options?: Parameters<typeof launch>[1],
): Promise<ExtensionDriver> {
  const browser = await launch(name, options);
  return name === 'chromium' ? chromiumDriver(browser) : firefoxDriver(browser);
}

/** `fn(api, ...args)` as one expression, so no page-side `eval` is needed (extension CSP). */
function callExpression(fn: (...a: never[]) => unknown, args: unknown[]): string {
  const values = args.map((a) => JSON.stringify(a)).join(', ');
  return `(${fn.toString()})(globalThis.browser ?? globalThis.chrome${values ? `, ${values}` : ''})`;
}

/** The URL of `page` as the page itself sees it (Puppeteer says about:blank for moz-extension). */
async function realUrl(page: Page): Promise<string> {
  return page.evaluate(() => location.href).catch(() => '');
}

function baseDriver(
  name: BrowserName,
  browser: Browser,
  scheme: string,
  evaluateIn: () => Promise<{ evaluate(expression: string): Promise<unknown> }>,
): Omit<ExtensionDriver, 'connect' | 'openExtensionPage' | 'openPopup'> {
  const driver: Omit<ExtensionDriver, 'connect' | 'openExtensionPage' | 'openPopup'> = {
    name,
    browser,
    async evaluate(fn, ...args) {
      return (await (await evaluateIn()).evaluate(callExpression(fn as never, args))) as never;
    },
    async tabIdOf(page) {
      await page.bringToFront();
      const id = await driver.evaluate(async (api) => {
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        if (tab?.id === undefined) return -1;
        const report = await api.tabs
          .sendMessage(tab.id, { type: 'get-report' }, { frameId: 0 })
          .catch(() => null);
        return report ? tab.id : -1;
      });
      if (id < 0) throw new Error('The active tab has no JAK Lens content script');
      return id;
    },
    async extensionPages() {
      const pages: Page[] = [];
      for (const p of await browser.pages())
        if ((await realUrl(p)).startsWith(`${scheme}://`)) pages.push(p);
      return pages;
    },
    async waitForExtensionPage(path, known = []) {
      const found = await waitForValue(
        `the extension's ${path}`,
        async () => {
          for (const p of await driver.extensionPages()) {
            if (known.includes(p)) continue;
            if (new URL(await realUrl(p)).pathname === `/${path.replace(/^\//, '')}`) return p;
          }
          return null;
        },
        (p) => p !== null,
      );
      return found!;
    },
  };
  return driver;
}

function chromiumDriver(browser: Browser): ExtensionDriver {
  /** The newest worker target: an MV3 worker that stopped and restarted leaves a new one. */
  const worker = async () => {
    const id = await extensionId(browser);
    const isOurs = (t: { type(): string; url(): string }) =>
      t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`);
    const target =
      browser.targets().filter(isOurs).at(-1) ??
      (await browser.waitForTarget(isOurs, { timeout: 10_000 }));
    const handle = await target.worker();
    if (!handle) throw new Error('The extension service worker has no worker handle');
    return handle;
  };
  const base = baseDriver('chromium', browser, 'chrome-extension', worker);
  return {
    ...base,
    async connect() {
      await worker();
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await page.goto(`chrome-extension://${await extensionId(browser)}/${path}`);
      return page;
    },
    openPopup(page) {
      return openToolbarPopup(browser, page);
    },
  };
}

function firefoxDriver(browser: Browser): ExtensionDriver {
  /** The fixture tab given to connect(): the way (back) into the extension's context. */
  let fixture: Page | undefined;
  /** The options page the extension opened for us: where `browser.*` is evaluated. */
  let context: Page | undefined;

  /** An open options page, or the one the sidebar's settings button opens on `page`. */
  async function reach(page: Page): Promise<Page> {
    for (const p of await base.extensionPages())
      if (new URL(await realUrl(p)).pathname === '/options.html') return p;
    const root = await sidebarRoot(page);
    if (!(await root.$('[data-testid=sidebar]:not([hidden])'))) {
      await page.bringToFront();
      await (await root.waitForSelector('[data-testid=launcher]'))!.click();
      await waitForSidebar(page, true, root);
    }
    await (await root.$('[data-testid=sidebar] [data-testid=open-settings]'))!.click();
    return base.waitForExtensionPage('options.html');
  }

  const base = baseDriver('firefox', browser, 'moz-extension', async () => {
    if (!fixture) throw new Error('Firefox driver: connect() first');
    // A test may have closed our page through another handle, which isClosed() does not see.
    const open = context && !context.isClosed() && (await realUrl(context)) !== '';
    if (!open) context = await reach(fixture);
    return context!;
  });
  const driver: ExtensionDriver = {
    ...base,
    async connect(page) {
      fixture = page;
      context = await reach(page);
    },
    async openExtensionPage(path) {
      const known = await base.extensionPages();
      await driver.evaluate(async (api, url) => {
        await api.tabs.create({ url: api.runtime.getURL(url as '/options.html') });
      }, path);
      return base.waitForExtensionPage(path.split('?')[0]!, known);
    },
    async openPopup(page) {
      const tab = await driver.tabIdOf(page);
      const popup = await driver.openExtensionPage(`popup.html?tab=${tab}`);
      await popup.bringToFront();
      await popup.waitForSelector('#app > *', { timeout: 10_000 });
      return popup;
    },
  };
  return driver;
}
