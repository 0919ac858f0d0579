import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, parseSettings, SIDEBAR_WIDTH, type Settings } from '@/core/settings';
import {
  loadSettings,
  readSettings,
  saveSettings,
  settingsItem,
  SettingsStorageError,
  watchSettings,
} from '@/platform/settings-store';

const settings = (over: Partial<Settings> = {}): Settings => ({ ...parseSettings({}), ...over });

beforeAll(() => {
  // Defining the item reads storage once; do it while storage works, as the app does.
  settingsItem();
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('storage', () => {
  test('loads the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('saves to storage.sync and loads the same settings back', async () => {
    const s = settings({ siteMode: 'except-listed', sites: ['example.com'], theme: 'dark' });
    await saveSettings(s);
    expect(await loadSettings()).toEqual(s);
    const stored = await fakeBrowser.storage.sync.get('settings');
    expect(stored.settings).toEqual(s);
  });

  test('a width outside the bounds is stored clamped, the same value loadSettings gives', async () => {
    await saveSettings(settings({ sidebarWidth: SIDEBAR_WIDTH.max + 80 }));
    const stored = await fakeBrowser.storage.sync.get('settings');
    expect((stored.settings as Settings).sidebarWidth).toBe(SIDEBAR_WIDTH.max);
    expect((await loadSettings()).sidebarWidth).toBe(SIDEBAR_WIDTH.max);
  });

  test.each([
    ['a string', 'dark mode please'],
    ['an array', [1, 2, 3]],
    ['a number', 7],
  ])('falls back to the defaults when the stored value is %s', async (_, value) => {
    await fakeBrowser.storage.sync.set({ settings: value });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('keeps the valid fields of a partly malformed stored value', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { side: 'left', theme: 42, sites: ['x.org', {}] },
    });
    expect(await loadSettings()).toEqual(settings({ side: 'left', sites: ['x.org'] }));
  });

  test('reads a value written by a newer version field by field instead of failing', async () => {
    // After a rollback the stored version is ahead of ours: the storage library refuses to
    // migrate, and parsing keeps what this version understands.
    await fakeBrowser.storage.sync.set({
      settings: { side: 'left', newFeature: { on: true }, theme: 'solarized' },
      settings$: { v: 2 },
    });
    await expect(settingsItem().migrate()).rejects.toThrow(/downgrade/i);
    expect(await loadSettings()).toEqual(settings({ side: 'left' }));
  });

  test('a failing read gives the defaults and says why', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('Storage is broken'));
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await readSettings()).toMatchObject({
      settings: DEFAULT_SETTINGS,
      error: 'Storage is broken',
    });
  });

  test('a quota failure on save rejects with a clear message', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES_PER_ITEM quota exceeded'),
    );
    const save = saveSettings(settings({ theme: 'dark' }));
    await expect(save).rejects.toBeInstanceOf(SettingsStorageError);
    await expect(save).rejects.toThrow(/too long to sync/);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('refuses settings too large for one sync item before calling storage', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const sites = Array.from({ length: 300 }, (_, i) => `site-number-${i}.example-domain.org`);
    await expect(saveSettings(settings({ siteMode: 'only-listed', sites }))).rejects.toThrow(
      SettingsStorageError,
    );
    expect(set).not.toHaveBeenCalled();
  });

  test('watchSettings reports parsed settings on every change until unsubscribed', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await saveSettings(settings({ side: 'left' }));
    await fakeBrowser.storage.sync.set({ settings: { side: 'nowhere', layout: 'push' } });
    await fakeBrowser.storage.sync.remove('settings');
    unwatch();
    await saveSettings(settings({ theme: 'dark' }));
    expect(seen).toEqual([
      settings({ side: 'left' }),
      settings({ layout: 'push' }),
      DEFAULT_SETTINGS,
    ]);
  });
});
