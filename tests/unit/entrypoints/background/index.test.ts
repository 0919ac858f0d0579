import { beforeEach, describe, expect, test, vi } from 'vitest';

/** A `browser` stand-in that records listeners and calls; only what index.ts touches. */
const fake = vi.hoisted(() => {
  const listeners = new Map<string, (...args: unknown[]) => unknown>();
  const event = (name: string) => ({
    addListener: (cb: (...args: unknown[]) => unknown) => listeners.set(name, cb),
  });
  const browser = {
    runtime: {
      onInstalled: event('onInstalled'),
      onStartup: event('onStartup'),
      onMessage: event('onMessage'),
      lastError: undefined as { message: string } | undefined,
      openOptionsPage: vi.fn(async () => {}),
    },
    contextMenus: {
      onClicked: event('onClicked'),
      create: vi.fn((_item: unknown, done: () => void) => done()),
      removeAll: vi.fn(async () => {}),
    },
    commands: { onCommand: event('onCommand') },
    action: {
      setBadgeText: vi.fn(async () => {}),
      setBadgeBackgroundColor: vi.fn(async () => {}),
    },
    tabs: {
      sendMessage: vi.fn(async () => undefined),
      query: vi.fn(async () => [{ id: 3 }]),
    },
  };
  return { browser, listeners };
});

vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const listener = (name: string) => fake.listeners.get(name) ?? (() => undefined);

beforeEach(async () => {
  vi.clearAllMocks();
  fake.listeners.clear();
  const { default: background } = await import('@/entrypoints/background');
  background.main();
});

describe('background wiring', () => {
  test('registers every listener synchronously at start-up', () => {
    expect([...fake.listeners.keys()].sort()).toEqual(
      ['onClicked', 'onCommand', 'onInstalled', 'onMessage', 'onStartup'].sort(),
    );
  });

  test('install creates the context menu', async () => {
    listener('onInstalled')();
    await flush();
    expect(fake.browser.contextMenus.removeAll).toHaveBeenCalledOnce();
    expect(fake.browser.contextMenus.create).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'jak-lens-lookup', contexts: ['selection'] }),
      expect.any(Function),
    );
  });

  test('a report sets the badge of the sending tab, and the listener never answers', async () => {
    const answer = listener('onMessage')(
      {
        type: 'report',
        report: {
          drugs: [{ drugId: 'upadacitinib', count: 2, forms: [], context: '' }],
          totalMentions: 2,
          capped: false,
        },
      },
      { tab: { id: 11 } },
    );
    await flush();
    expect(answer).toBeUndefined();
    expect(fake.browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 11, text: '1' });
  });

  test('a context-menu click on a brand name opens the sidebar at its drug in the top frame', async () => {
    listener('onClicked')({ menuItemId: 'jak-lens-lookup', selectionText: 'Rinvoq' }, { id: 4 });
    await flush();
    expect(fake.browser.tabs.sendMessage).toHaveBeenCalledWith(
      4,
      { type: 'open-sidebar', drugId: 'upadacitinib' },
      { frameId: 0 },
    );
  });

  test('the command toggles the sidebar in the active tab when none is given', async () => {
    listener('onCommand')('toggle-sidebar', undefined);
    await flush();
    expect(fake.browser.tabs.sendMessage).toHaveBeenCalledWith(
      3,
      { type: 'toggle-sidebar' },
      { frameId: 0 },
    );
  });
});
