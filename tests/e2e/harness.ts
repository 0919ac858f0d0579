import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, ElementHandle, JSHandle, Page } from 'puppeteer';
import type { browser as extensionApi } from 'wxt/browser';
import * as launcher from '../../scripts/lib/launch-browser.mjs';
import { serveFolder } from '../../scripts/lib/static-server.mjs';

export const CHROME_BUILD = resolve('.output/chrome-mv3');
export const FIREFOX_BUILD = resolve('.output/firefox-mv3');
export const FIXTURES = resolve('tests/fixtures/e2e');

/** The browsers every e2e suite runs in; a test only one of them can run says why. */
export const BROWSERS = ['chromium', 'firefox'] as const;
export type BrowserName = (typeof BROWSERS)[number];

/** The unpacked build each browser installs. */
const BUILDS: Record<BrowserName, string> = {
  chromium: CHROME_BUILD,
  firefox: FIREFOX_BUILD,
};

/**
 * Headless `name` with our build installed (docs/design.md, "Toolchain facts"): Chromium over a
 * pipe, Firefox over WebDriver BiDi as a temporary add-on. `chromiumArgs` adds Chromium flags;
 * `firefoxEnv` replaces Firefox's environment.
 */
export async function launch(
  name: BrowserName,
  {
    build = BUILDS[name],
    chromiumArgs = [],
    firefoxEnv,
  }: {
    build?: string;
    chromiumArgs?: string[];
    firefoxEnv?: Record<string, string | undefined>;
  } = {},
): Promise<Browser> {
  const { browser } =
    name === 'chromium'
      ? await launcher.launchChromium({ extension: build, args: chromiumArgs })
      : await launcher.launchFirefox({ extension: build, env: firefoxEnv });
  return browser;
}

/** Alt+Shift+J in `page`: the sidebar's own keyboard shortcut, handled in the page. */
export async function pressToggleShortcut(page: Page): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press('KeyJ');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

export { serveFolder };

/**
 * Our sidebar host: the element with a hyphenated (custom-element style) tag directly under
 * <html> or <body>. Its name is random per page load, so tests find it by shape, as a page would
 * have to; fixture pages use no custom elements of their own there.
 */
export async function ourHost(page: Page): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    () =>
      [...document.documentElement.children, ...(document.body?.children ?? [])].find((el) =>
        el.tagName.includes('-'),
      ),
    { timeout: 10_000, polling: 50 },
  );
  return handle.asElement() as ElementHandle<Element>;
}

/** Count of all elements in the page (light DOM), to prove we added exactly one. */
export async function elementCount(page: Page): Promise<number> {
  return page.evaluate(() => document.getElementsByTagName('*').length);
}

/** Waits until `predicate` (run in the page) is truthy, polling; fails with `what` in the message. */
export async function waitForPage<T>(
  page: Page,
  what: string,
  predicate: () => T,
  timeout = 10_000,
): Promise<T> {
  try {
    const handle = await page.waitForFunction(predicate, { timeout, polling: 50 });
    return (await handle.jsonValue()) as T;
  } catch (error) {
    throw new Error(`Timed out waiting for ${what}: ${(error as Error).message}`);
  }
}

/**
 * Our sidebar lives in a closed shadow root, which page scripts cannot reach. The automation
 * protocols can: CDP's DOM.describeNode pierces closed roots, and WebDriver BiDi serialises a
 * host's shadow root (open or closed). Returns a handle to the root for querying and clicking.
 */
export async function shadowRootOf(host: ElementHandle<Element>): Promise<ElementHandle<Node>> {
  // Both handle classes carry what we need on non-public members; typed loosely here only.
  const handle = host as unknown as {
    realm: { client?: CdpClient; adoptBackendNode(id: number): Promise<JSHandle<Node>> };
    remoteObject?: () => { objectId?: string };
    remoteValue?: () => { value?: { shadowRoot?: unknown } };
    constructor: { from?: (value: unknown, realm: unknown) => ElementHandle<Node> };
  };
  const cdp = handle.realm.client;
  if (cdp && handle.remoteObject) {
    const { node } = await cdp.send('DOM.describeNode', {
      objectId: handle.remoteObject().objectId,
      depth: 1,
      pierce: true,
    });
    const root = node.shadowRoots?.[0];
    if (!root) throw new Error('The host has no shadow root');
    return (await handle.realm.adoptBackendNode(root.backendNodeId)) as ElementHandle<Node>;
  }
  const shadow = handle.remoteValue?.().value?.shadowRoot;
  if (!shadow || !handle.constructor.from) throw new Error('The host has no shadow root');
  return handle.constructor.from(shadow, handle.realm);
}

interface CdpClient {
  send(
    method: 'DOM.describeNode',
    params: { objectId?: string; depth: number; pierce: boolean },
  ): Promise<{ node: { shadowRoots?: { backendNodeId: number }[] } }>;
}

/** `browser.*` / `chrome.*` as seen in code evaluated in the extension's own context. */
export type ExtensionApi = typeof extensionApi;

/** The extension's id, from the URL of its service worker (Chromium). */
export async function extensionId(browser: Browser): Promise<string> {
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    { timeout: 10_000 },
  );
  return new URL(target.url()).host;
}

/** Polls `probe` (run in Node) until `accept` holds; fails with `what` and the last value. */
export async function waitForValue<T>(
  what: string,
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  timeout = 10_000,
): Promise<T> {
  const end = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    last = await probe();
    if (accept(last)) return last;
    if (Date.now() > end) {
      throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Number of ranges in all of the page's CSS highlights (ours are the only ones on fixtures). */
export async function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    for (const [, h] of CSS.highlights) n += h.size;
    return n;
  });
}

/** The highlighted texts, read through Ranges made from our StaticRanges. */
export async function highlightTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    for (const [, highlight] of CSS.highlights) {
      for (const r of highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        texts.push(range.toString());
      }
    }
    return texts;
  });
}

/** The viewport centre of the first highlighted mention whose text is `text` (any case). */
export async function mentionPoint(
  page: Page,
  text: string,
): Promise<{ x: number; y: number } | null> {
  return page.evaluate((wanted) => {
    for (const [, highlight] of CSS.highlights) {
      for (const r of highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        if (range.toString().toLowerCase() === wanted.toLowerCase()) {
          const box = range.getBoundingClientRect();
          return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        }
      }
    }
    return null;
  }, text);
}

export interface AxeSummary {
  violations: { id: string; impact: string | null; help: string; targets: string[] }[];
  /** Rules axe could not decide, with the nodes it could not decide them for and why. */
  incomplete: { id: string; targets: string[]; reasons: string[] }[];
  /** Nodes whose text contrast axe measured and passed: proves the check really ran. */
  contrastPasses: number;
}

const AXE_SOURCE_PATH = resolve('node_modules/axe-core/axe.min.js');

/**
 * Runs axe-core in the page over our host and its closed shadow root, in the real browser (so
 * color-contrast has layout). Two test-only shims, both on the main world's view of the DOM, which
 * our isolated-world content script never sees, and both undone afterwards:
 * - axe walks shadow trees through `element.shadowRoot`, which is null for a closed root, so the
 *   host gets an own `shadowRoot` property returning the root handle the protocol gave us;
 * - axe's layout grid (used for background colours) starts at `document.body`, and our host is a
 *   child of `<html>`, so `document.body` reads as the host while axe runs. Without it every
 *   contrast check is "incomplete" instead of passing or failing.
 * Running animations are awaited first: a fade-in measured mid-way fails contrast spuriously.
 */
export async function axeCheck(
  page: Page,
  host: ElementHandle<Element>,
  root: ElementHandle<Node>,
): Promise<AxeSummary> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(readFileSync(AXE_SOURCE_PATH, 'utf8'));
  return page.evaluate(
    async (hostEl, shadow) => {
      interface AxeNode {
        target: unknown[];
        any: { message: string }[];
      }
      interface AxeRule {
        id: string;
        impact?: string | null;
        help: string;
        nodes: AxeNode[];
      }
      const axe = (
        window as unknown as {
          axe: {
            run(
              context: unknown,
              options: unknown,
            ): Promise<{ violations: AxeRule[]; incomplete: AxeRule[]; passes: AxeRule[] }>;
          };
        }
      ).axe;
      const targets = (rule: AxeRule) => rule.nodes.map((n) => n.target.map(String).join(' > '));
      // Measure the settled view, not a frame of a fade-in.
      await Promise.all((shadow as ShadowRoot).getAnimations().map((a) => a.finished));
      Object.defineProperty(hostEl, 'shadowRoot', { configurable: true, get: () => shadow });
      Object.defineProperty(document, 'body', { configurable: true, get: () => hostEl });
      try {
        const result = await axe.run(
          { include: [hostEl] },
          { resultTypes: ['violations', 'incomplete', 'passes'] },
        );
        return {
          violations: result.violations.map((v) => ({
            id: v.id,
            impact: v.impact ?? null,
            help: v.help,
            targets: targets(v),
          })),
          incomplete: result.incomplete.map((v) => ({
            id: v.id,
            targets: targets(v),
            reasons: [...new Set(v.nodes.flatMap((n) => n.any.map((a) => a.message)))],
          })),
          contrastPasses: result.passes.find((p) => p.id === 'color-contrast')?.nodes.length ?? 0,
        };
      } finally {
        delete (document as { body?: unknown }).body;
        delete (hostEl as { shadowRoot?: unknown }).shadowRoot;
      }
    },
    host,
    root,
  );
}

/**
 * Clicks our toolbar button on `page`'s tab, as a user would, and returns the popup that opens.
 * CDP's `Extensions.triggerAction` (available over the pipe with extension debugging, which
 * `installExtension` already needs) runs the real action, so the popup gets the `activeTab`
 * grant and sees the tab's URL; opening `popup.html?tab=<id>` in a tab of its own gets neither.
 */
export async function openToolbarPopup(browser: Browser, page: Page): Promise<Page> {
  const id = await extensionId(browser);
  // The tab target that owns the page (Puppeteer keeps it on a non-public member).
  const tabTargetId = (page as unknown as { _tabId?: string })._tabId;
  if (!tabTargetId) throw new Error('No tab target id for this page');
  const session = await browser.target().createCDPSession();
  try {
    await (session as unknown as { send(m: string, p: object): Promise<unknown> }).send(
      'Extensions.triggerAction',
      { id, targetId: tabTargetId },
    );
  } finally {
    await session.detach();
  }
  const target = await browser.waitForTarget(
    (t) => t.url() === `chrome-extension://${id}/popup.html`,
    { timeout: 10_000 },
  );
  const popup = await target.asPage();
  await popup.waitForSelector('#app > *', { timeout: 10_000 });
  return popup;
}

/** Our closed shadow root in `page`, reached through the automation protocol. */
export async function sidebarRoot(page: Page): Promise<ElementHandle<Node>> {
  return shadowRootOf(await ourHost(page));
}

/** Waits until the panel is shown (or hidden: it stays mounted, `hidden`, once closed). */
export async function waitForSidebar(
  page: Page,
  shown: boolean,
  root?: ElementHandle<Node>,
): Promise<void> {
  await page.waitForFunction(
    (r: Node, want: boolean) => {
      const panel = (r as ShadowRoot).querySelector<HTMLElement>('[data-testid=sidebar]');
      const isShown = !!panel && !panel.hidden && panel.getBoundingClientRect().width > 0;
      return isShown === want;
    },
    { timeout: 5000, polling: 50 },
    root ?? (await sidebarRoot(page)),
    shown,
  );
}

/** The drug view's heading text, once a drug view is shown. */
export async function shownDrugTitle(page: Page): Promise<string> {
  const root = await sidebarRoot(page);
  const title = await root.waitForSelector('[data-testid=drug-title]', { timeout: 5000 });
  return (await title!.evaluate((el) => el.textContent ?? '')).trim();
}
