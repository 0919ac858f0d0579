import { resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type JSHandle, type Page } from 'puppeteer';
import { CHROMIUM_ARGS, findChromium, findFirefox } from '../../scripts/lib/find-browser.mjs';
import { serveFolder } from '../../scripts/lib/static-server.mjs';

export const CHROME_BUILD = resolve('.output/chrome-mv3');
export const FIREFOX_BUILD = resolve('.output/firefox-mv3');
export const FIXTURES = resolve('tests/fixtures/e2e');

/** Headless Chromium with the unpacked Chrome build installed (design.md §3). */
export async function launchChromium(build = CHROME_BUILD): Promise<Browser> {
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    pipe: true,
    enableExtensions: true,
    args: CHROMIUM_ARGS,
  });
  await browser.installExtension(build);
  return browser;
}

/** Headless firefox-esr over WebDriver BiDi with the Firefox build installed as a temporary add-on. */
export async function launchFirefox(build = FIREFOX_BUILD): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    extraPrefsFirefox: {
      // Closed network: no update, telemetry or remote-settings traffic.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'extensions.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'services.settings.server': 'http://127.0.0.1:9/',
    },
  });
  await browser.installExtension(build);
  return browser;
}

export { serveFolder };

/** The tag names of elements that are direct children of <html> or <body>, to spot our host. */
export async function topLevelTags(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.body.children, ...document.documentElement.children]
      .filter((el) => el !== document.body && el !== document.head)
      .map((el) => el.tagName.toLowerCase()),
  );
}

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
