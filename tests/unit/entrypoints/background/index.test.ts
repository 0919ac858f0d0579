import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { parseDetectorConfig } from '@/core/detector-protocol';

/** A `browser` stand-in that records listeners and calls; only what index.ts touches. */
const fake = vi.hoisted(() => {
  const listeners = new Map<string, (...args: unknown[]) => unknown>();
  const event = (name: string) => ({
    addListener: (cb: (...args: unknown[]) => unknown) => listeners.set(name, cb),
  });
  const session = new Map<string, unknown>();
  const browser = {
    runtime: {
      onInstalled: event('runtime.onInstalled'),
      onStartup: event('runtime.onStartup'),
      onMessage: event('runtime.onMessage'),
      lastError: undefined as { message: string } | undefined,
      openOptionsPage: vi.fn(async () => {}),
      getURL: (path: string) => `chrome-extension://jaklens${path}`,
    },
    i18n: { getUILanguage: () => 'en-US' },
    contextMenus: {
      onClicked: event('contextMenus.onClicked'),
      create: vi.fn((_item: unknown, done: () => void) => done()),
      removeAll: vi.fn(async () => {}),
    },
    commands: { onCommand: event('commands.onCommand') },
    action: {
      setBadgeText: vi.fn(async (_details: unknown) => {}),
      setBadgeBackgroundColor: vi.fn(async () => {}),
    },
    tabs: {
      sendMessage: vi.fn(async (_tabId: number, _message: unknown, _options: unknown) => undefined),
      query: vi.fn(async () => [{ id: 3 }]),
      onRemoved: event('tabs.onRemoved'),
      onUpdated: event('tabs.onUpdated'),
      create: vi.fn(async () => ({})),
      update: vi.fn(async () => ({})),
    },
    scripting: {
      executeScript: vi.fn(async (_injection: unknown): Promise<unknown> => []),
    },
    storage: {
      onChanged: event('storage.onChanged'),
      session: {
        get: vi.fn(async (key: string) => (session.has(key) ? { [key]: session.get(key) } : {})),
        set: vi.fn(async (items: Record<string, unknown>) => {
          for (const [key, value] of Object.entries(items)) session.set(key, value);
        }),
        remove: vi.fn(async (key: string) => void session.delete(key)),
      },
    },
  };
  return { browser, listeners, session };
});

vi.mock('wxt/browser', () => ({ browser: fake.browser }));
// The settings store has its own tests; here the background reads the defaults.
vi.mock('@/platform/settings-store', async (importOriginal) => {
  const { DEFAULT_SETTINGS } = await import('@/core/settings');
  return {
    ...(await importOriginal<typeof import('@/platform/settings-store')>()),
    loadSettings: async () => DEFAULT_SETTINGS,
  };
});

const listener = (name: string) => fake.listeners.get(name) ?? (() => undefined);
/** Delivers a message as the browser does; returns the listener's result and its answers. */
function deliver(message: unknown, sender: unknown) {
  const sendResponse = vi.fn();
  const returned = listener('runtime.onMessage')(message, sender, sendResponse);
  return { returned, sendResponse };
}
const report = {
  drugs: [{ drugId: 'upadacitinib', count: 2, forms: [], context: '' }],
  totalMentions: 2,
  capped: false,
};

/**
 * Under vitest, import.meta.env values are strings ("false" is truthy), so the Firefox-only
 * branches would run; the build defines real booleans. These tests are of the Chrome build.
 */
const CHROME = '';

beforeEach(async () => {
  vi.stubEnv('FIREFOX', CHROME);
  vi.clearAllMocks();
  fake.listeners.clear();
  fake.session.clear();
  const { default: background } = await import('@/entrypoints/background');
  background.main();
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('background wiring', () => {
  test('registers every listener synchronously at start-up', () => {
    expect([...fake.listeners.keys()].sort()).toEqual(
      [
        'commands.onCommand',
        'contextMenus.onClicked',
        'runtime.onInstalled',
        'runtime.onMessage',
        'runtime.onStartup',
        'storage.onChanged',
        'tabs.onRemoved',
      ].sort(),
    );
  });

  test('install creates the context menu and puts the content script into open tabs', async () => {
    listener('runtime.onInstalled')();
    await vi.waitFor(() =>
      expect(fake.browser.contextMenus.create).toHaveBeenCalledWith(
        expect.objectContaining({ id: 'jak-lens-lookup', contexts: ['selection'] }),
        expect.any(Function),
      ),
    );
    expect(fake.browser.contextMenus.removeAll).toHaveBeenCalledOnce();
    await vi.waitFor(() =>
      expect(fake.browser.scripting.executeScript).toHaveBeenCalledWith(
        expect.objectContaining({ target: { tabId: 3, allFrames: true } }),
      ),
    );
  });

  test('a report sets the badge of the sending tab, and the listener never answers', async () => {
    const { returned, sendResponse } = deliver(
      { type: 'report', report, timeOrigin: 10 },
      { tab: { id: 11 }, frameId: 0 },
    );
    expect(returned).toBeUndefined();
    await vi.waitFor(() =>
      expect(fake.browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 11, text: '1' }),
    );
    expect(sendResponse).not.toHaveBeenCalled();
    expect(fake.session.get('frames:11')).toMatchObject({ frames: { '0': { report } } });
  });

  test('get-config keeps the channel open and answers with the detector’s configuration', async () => {
    const { returned, sendResponse } = deliver(
      { type: 'get-config' },
      { tab: { id: 11, url: 'https://example.org/' }, frameId: 2 },
    );
    expect(returned).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledOnce());
    expect(parseDetectorConfig(sendResponse.mock.calls[0]![0])).toMatchObject({ enabled: true });
  });

  test('load-ui injects the sidebar script into the top frame and answers ok', async () => {
    const { returned, sendResponse } = deliver(
      { type: 'load-ui' },
      { tab: { id: 11 }, frameId: 0 },
    );
    expect(returned).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true }));
    expect(fake.browser.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 11, frameIds: [0] },
      files: ['/ui.js'],
    });
  });

  test('a refused injection answers not ok', async () => {
    fake.browser.scripting.executeScript.mockRejectedValueOnce(new Error('Cannot access'));
    const { sendResponse } = deliver({ type: 'load-ui' }, { tab: { id: 11 }, frameId: 0 });
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: false }));
  });

  test('a malformed message is neither handled nor answered', () => {
    const { returned, sendResponse } = deliver({ type: 'load-ui', x: 1 }, { tab: { id: 11 } });
    expect(returned).toBeUndefined();
    expect(sendResponse).not.toHaveBeenCalled();
    expect(fake.browser.scripting.executeScript).not.toHaveBeenCalled();
  });

  test('scroll-frame reaches the frame it names', async () => {
    deliver(
      { type: 'scroll-frame', frameId: 5, drugId: 'upadacitinib', index: 1 },
      { tab: { id: 11 }, frameId: 0 },
    );
    await vi.waitFor(() =>
      expect(fake.browser.tabs.sendMessage).toHaveBeenCalledWith(
        11,
        { type: 'scroll-to-mention', drugId: 'upadacitinib', index: 1 },
        { frameId: 5 },
      ),
    );
  });

  test('a closed tab’s frame state is dropped from session storage', async () => {
    fake.session.set('frames:11', { topOrigin: 1, frames: {} });
    listener('tabs.onRemoved')(11);
    await vi.waitFor(() => expect(fake.session.has('frames:11')).toBe(false));
  });

  test('a context-menu click on a brand name opens the sidebar at its drug in the top frame', async () => {
    listener('contextMenus.onClicked')(
      { menuItemId: 'jak-lens-lookup', selectionText: 'Rinvoq' },
      { id: 4 },
    );
    await vi.waitFor(() =>
      expect(fake.browser.tabs.sendMessage).toHaveBeenCalledWith(
        4,
        { type: 'open-sidebar', drugId: 'upadacitinib' },
        { frameId: 0 },
      ),
    );
  });

  test('the command toggles the sidebar in the active tab when none is given', async () => {
    listener('commands.onCommand')('toggle-sidebar', undefined);
    await vi.waitFor(() =>
      expect(fake.browser.tabs.sendMessage).toHaveBeenCalledWith(
        3,
        { type: 'toggle-sidebar' },
        { frameId: 0 },
      ),
    );
  });
});
