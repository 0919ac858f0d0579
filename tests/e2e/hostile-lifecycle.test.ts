import { beforeAll, describe, expect, test } from 'vitest';
import { CHROME_BUILD } from './harness';
import {
  describeWholeRun,
  hostCount,
  hostHandle,
  ourHighlightSize,
  sleep,
  useHostileBrowser,
  waitForHighlights,
  type Chrome,
} from './hostile-support';

/**
 * Hostile conditions in Chromium: storage that fails or holds values from a newer version, a
 * flood of malformed messages, and an extension reload with a tab open. Requests and console
 * errors are logged throughout, the service worker included.
 */

const hostile = useHostileBrowser('chromium');

beforeAll(async () => {
  // The service worker starts with the install and may restart once; let it settle.
  await sleep(1_500);
  await hostile.inWorker(() => true);
});

/** The tab id of the suite's tab, asked of the background (the tab is brought to the front). */
async function tabId(): Promise<number> {
  await hostile.page.bringToFront();
  return hostile.inWorker(async () => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab.id as number;
  });
}

/** 10,000 messages of every shape but ours: near-misses, wrong types, junk, deep and huge. */
function junkMessages(): unknown[] {
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const types = ['report', 'get-report', 'open-sidebar', 'toggle-sidebar', 'open-options'];
  const values = (): unknown =>
    pick<() => unknown>([
      () => null,
      () => rnd() * 1e9,
      () => -1,
      () => Number.MAX_SAFE_INTEGER,
      () => 'x'.repeat(Math.floor(rnd() * 300)),
      () => '<img src=x onerror=alert(1)>',
      () => [],
      () => ({}),
      () => true,
      () => pick(types),
    ])();
  const out: unknown[] = [];
  for (let i = 0; i < 10_000; i++) {
    const kind = i % 10;
    if (kind === 0) out.push(values());
    else if (kind === 1)
      out.push({ type: pick(types), junk: values() }); // extra key
    else if (kind === 2) out.push({ type: pick(types).toUpperCase() });
    else if (kind === 3) out.push({ type: 'open-sidebar', drugId: values() });
    else if (kind === 4) out.push({ type: 'open-sidebar', query: 'q'.repeat(201) });
    else if (kind === 5)
      out.push({ type: 'report', report: { drugs: [{ drugId: 'X', count: -1 }], capped: 0 } });
    else if (kind === 6) out.push(JSON.parse('{"__proto__": {"type": "get-report"}}'));
    else if (kind === 7) {
      let deep: unknown = { type: 'get-report' };
      for (let d = 0; d < 200; d++) deep = { type: 'get-report', inner: deep };
      out.push(deep);
    } else if (kind === 8) out.push({ type: values(), report: values(), drugId: values() });
    else out.push([{ type: 'get-report' }]);
  }
  return out;
}

describe('storage faults', () => {
  test('settings from a newer version and malformed settings fall back to defaults, quietly', async () => {
    for (const stored of [
      {
        settings: { side: 'left', highlightStyle: 'sparkles', future: { on: 1 } },
        settings$: { v: 2 },
      },
      { settings: 'not an object', settings$: { v: 'x' } },
      { settings: { groups: { 'oral-jak': 'yes' }, sites: 42, siteMode: 'sometimes', side: 7 } },
    ]) {
      await hostile.inWorker(async (items) => {
        const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
        await chrome.storage.sync.clear();
        await chrome.storage.sync.set(items);
      }, stored);
      const mark = await hostile.visit('lifecycle.html');
      await waitForHighlights(hostile.page, 3);
      await sleep(500);
      expect(hostile.errorsSince(mark)).toEqual([]);
    }
    await hostile.inWorker(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.clear(),
    );
  });

  test('an over-quota storage.sync write (saving the sidebar width) is caught', async () => {
    const full = await hostile.inWorker(async () => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      await chrome.storage.sync.clear();
      // Fill the 100 KB quota with 8 KB items, then smaller ones, until nothing more fits.
      let n = 0;
      for (const size of [8000, 1000, 100, 10]) {
        for (;;) {
          try {
            await chrome.storage.sync.set({ [`pad${n++}`]: 'x'.repeat(size) });
          } catch {
            break;
          }
        }
      }
      try {
        await chrome.storage.sync.set({ settings: { sidebarWidth: 400 } });
        return false;
      } catch {
        return true;
      }
    });
    expect(full).toBe(true);
    const mark = await hostile.visit('lifecycle.html');
    await waitForHighlights(hostile.page, 3);
    await hostile.toggleSidebar();
    const root = await hostile.sidebarRoot();
    const handle = (await root.waitForSelector('[role=separator]', { visible: true }))!;
    await handle.focus();
    await hostile.page.keyboard.press('ArrowLeft');
    await hostile.page.keyboard.press('ArrowLeft');
    await sleep(1_500); // the width is saved 400 ms after the last change; that save fails
    expect(hostile.errorsSince(mark)).toEqual([]);
    await hostile.inWorker(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.clear(),
    );
  });
});

describe('malformed messages', () => {
  test('10,000 junk messages to the background are ignored, none answered, nothing thrown', async () => {
    const mark = hostile.errors.length;
    const id = await hostile.extensionId();
    const options = await hostile.browser.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    const answers = await options.evaluate(async (messages) => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      let answered = 0;
      for (let i = 0; i < messages.length; i += 500) {
        const batch = messages.slice(i, i + 500).map((m) =>
          chrome.runtime.sendMessage(m).then(
            (r: unknown) => (r === undefined ? 0 : 1),
            () => 0,
          ),
        );
        answered += (await Promise.all(batch)).reduce((a: number, b: number) => a + b, 0);
      }
      return answered;
    }, junkMessages());
    expect(answers).toBe(0);
    await options.close();
    // The background still works: a real report sets the badge.
    expect(hostile.errorsSince(mark)).toEqual([]);
  });

  test('10,000 junk messages to the page are ignored; only a valid get-report is answered', async () => {
    const mark = await hostile.visit('lifecycle.html');
    await waitForHighlights(hostile.page, 3);
    const tab = await tabId();
    const result = await hostile.inWorker(
      async (messages: unknown[], tabId: number) => {
        const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
        const send = (m: unknown) =>
          chrome.tabs.sendMessage(tabId, m, { frameId: 0 }).then(
            (r: unknown) => r,
            () => undefined,
          );
        let answered = 0;
        for (let i = 0; i < messages.length; i += 500) {
          const replies = await Promise.all(messages.slice(i, i + 500).map(send));
          answered += replies.filter((r) => r !== undefined).length;
        }
        return { answered, valid: await send({ type: 'get-report' }) };
      },
      junkMessages(),
      tab,
    );
    expect(result.answered).toBe(0);
    expect(result.valid).toMatchObject({ totalMentions: 3, capped: false });
    expect(await hostile.page.evaluate(hostCount)).toBe(1);
    expect(hostile.errorsSince(mark)).toEqual([]);
  });
});

describe('extension reload (update) with a tab open', () => {
  test('the old copy goes without errors and the updated extension takes over the open tab', async () => {
    const mark = await hostile.visit('lifecycle.html');
    await waitForHighlights(hostile.page, 3);
    await hostile.toggleSidebar();
    await (await hostile.sidebarRoot()).waitForSelector('[data-testid=sidebar]');
    const oldHost = await hostile.page.evaluate(
      () =>
        [...document.documentElement.children].find((el) => el.localName.includes('-'))!.localName,
    );
    // An in-place update: the same unpacked build installed again over CDP (same id). Calling
    // chrome.runtime.reload() from the worker leaves the extension unloaded in this headless,
    // CDP-installed setup, so the update path is what can be tested here.
    expect(await hostile.browser.installExtension(CHROME_BUILD)).toBe(await hostile.extensionId());
    // The old copy notices within a registry check (1 s) and tears down its host; the background
    // of the updated extension injects the gate into the open tab, whose detector paints again.
    await hostile.page.waitForFunction(
      (old) => {
        const hosts = [...document.documentElement.children].filter((el) =>
          el.localName.includes('-'),
        );
        return hosts.length === 1 && hosts[0]!.localName !== old;
      },
      { timeout: 15_000, polling: 100 },
      oldHost,
    );
    await waitForHighlights(hostile.page, 3);
    // Poke the page: pointer, keyboard, mutations. Nothing may throw, and still one host.
    await hostile.page.mouse.move(50, 50);
    await hostile.page.mouse.move(120, 90);
    await hostile.page.evaluate(() => document.body.append(document.createTextNode(' Rinvoq')));
    await sleep(1_500);
    expect(await hostile.page.evaluate(hostCount)).toBe(1);
    expect(await hostile.page.evaluate(ourHighlightSize)).toBe(4);
    expect(hostile.errorsSince(mark)).toEqual([]);
    // A reload still gives exactly one host.
    await hostile.page.reload({ waitUntil: 'load' });
    await waitForHighlights(hostile.page, 3);
    await hostHandle(hostile.page);
    await sleep(1_000);
    expect(await hostile.page.evaluate(hostCount)).toBe(1);
    expect(await hostile.page.evaluate(ourHighlightSize)).toBe(3);
    expect(hostile.errorsSince(mark)).toEqual([]);
  });
});

describe('extension reload from the worker with a tab open', () => {
  test('chrome.runtime.reload(): the old UI goes and nothing is thrown', async () => {
    const mark = await hostile.visit('lifecycle.html');
    await waitForHighlights(hostile.page, 3);
    await hostile.toggleSidebar();
    await (await hostile.sidebarRoot()).waitForSelector('[data-testid=sidebar]');
    await hostile.inWorker(() => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      setTimeout(() => chrome.runtime.reload(), 50);
    });
    // In this CDP-installed headless setup the reloaded extension does not come back (so this
    // runs last); what matters here is the orphaned copy in the open tab.
    await hostile.page.waitForFunction(
      () =>
        [...document.documentElement.children].every((el) => !el.localName.includes('-')) &&
        ![...CSS.highlights.keys()].some((n) => n.startsWith('jaklens-')),
      { timeout: 10_000, polling: 100 },
    );
    await hostile.page.mouse.move(60, 60);
    await hostile.toggleSidebar();
    await hostile.page.evaluate(() => document.body.append(document.createTextNode(' Rinvoq')));
    await sleep(2_500);
    expect(await hostile.page.evaluate(hostCount)).toBe(0);
    expect(hostile.errorsSince(mark)).toEqual([]);
  });
});

describeWholeRun(hostile);
