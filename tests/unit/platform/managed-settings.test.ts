import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, isEnabledOnHost, parseSettings, type Settings } from '@/core/settings';
import {
  loadSettings,
  readSettings,
  saveSettings,
  settingsItem,
  watchSettings,
} from '@/platform/settings-store';

/**
 * Managed settings through WXT's fake browser, whose `storage.managed` stands in for the policy
 * Chrome reads from the system (it reads policies only from a system folder, so no e2e can set
 * one) and Firefox from a managed-storage manifest (tests/e2e/managed.test.ts).
 */

const settings = (over: Partial<Settings> = {}): Settings => ({ ...parseSettings({}), ...over });
const setPolicy = (policy: Record<string, unknown>) => fakeBrowser.storage.managed.set(policy);
const setUser = (value: unknown) => fakeBrowser.storage.sync.set({ settings: value });

beforeAll(() => {
  settingsItem();
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('managed settings', () => {
  test('a locked site list is enforced over the user’s own', async () => {
    await setUser({ siteMode: 'except-listed', sites: ['ads.example'] });
    await setPolicy({
      siteMode: 'only-listed',
      sites: ['intranet.hospital.example', 'nejm.org'],
      locked: ['siteMode', 'sites'],
    });
    const read = await readSettings();
    expect(read.settings.siteMode).toBe('only-listed');
    expect(read.settings.sites).toEqual(['intranet.hospital.example', 'nejm.org']);
    expect(read.locked).toEqual(['siteMode', 'sites']);
    expect(isEnabledOnHost(read.settings, 'www.nejm.org')).toBe(true);
    expect(isEnabledOnHost(read.settings, 'ads.example')).toBe(false);
    expect(isEnabledOnHost(read.settings, 'news.example')).toBe(false);
  });

  test('hover cards turned off and locked stay off whatever the user stored', async () => {
    await setUser({ hoverCards: true, theme: 'dark' });
    await setPolicy({ hoverCards: false, locked: ['hoverCards'] });
    const loaded = await loadSettings();
    expect(loaded.hoverCards).toBe(false);
    expect(loaded.theme).toBe('dark');
  });

  test('an unlocked policy value is a default the user may change', async () => {
    await setPolicy({ highlightStyle: 'underline', autoOpen: true });
    expect(await loadSettings()).toEqual(settings({ highlightStyle: 'underline', autoOpen: true }));
    expect((await readSettings()).locked).toEqual([]);

    await saveSettings(settings({ highlightStyle: 'none', autoOpen: true }));
    expect(await loadSettings()).toEqual(settings({ highlightStyle: 'none', autoOpen: true }));
  });

  test('a setting the user leaves at the organisation’s default follows that default when it changes', async () => {
    await setPolicy({ highlightStyle: 'underline' });
    await saveSettings(settings({ highlightStyle: 'underline', theme: 'dark' }));
    await setPolicy({ highlightStyle: 'none' });
    expect(await loadSettings()).toEqual(settings({ highlightStyle: 'none', theme: 'dark' }));
  });

  test('a malformed policy value is ignored alone and listed; the rest still applies', async () => {
    await setUser({ theme: 'dark', side: 'right' });
    await setPolicy({
      theme: 'sepia',
      side: 'left',
      sites: ['nejm.org', 'not a host'],
      locked: ['theme', 'side', 'nonsense'],
    });
    const read = await readSettings();
    expect(read.settings.theme).toBe(DEFAULT_SETTINGS.theme);
    expect(read.settings.side).toBe('left');
    expect(read.settings.sites).toEqual(['nejm.org']);
    expect(read.locked).toEqual(['side', 'theme']);
    expect(read.policyIssues).toEqual([
      { name: 'theme', problem: 'invalid' },
      { name: 'sites', problem: 'repaired' },
      { name: 'locked', problem: 'repaired' },
    ]);
  });

  test('Firefox’s rejection when no policy exists reads as no policy, like Chrome’s {}', async () => {
    await setUser({ side: 'left' });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(
      new Error('Managed storage manifest not found'),
    );
    expect(await readSettings()).toEqual({
      settings: settings({ side: 'left' }),
      error: null,
      locked: [],
      policyIssues: [],
      defaults: DEFAULT_SETTINGS,
    });
  });

  test('saving does not write the enforced value over the user’s own locked setting', async () => {
    await setUser({ siteMode: 'except-listed', sites: ['ads.example'] });
    await setPolicy({
      siteMode: 'only-listed',
      sites: ['nejm.org'],
      locked: ['siteMode', 'sites'],
    });
    const inForce = await loadSettings();
    await saveSettings({ ...inForce, theme: 'dark' });

    const { settings: stored } = await fakeBrowser.storage.sync.get('settings');
    expect(stored).toMatchObject({
      siteMode: 'except-listed',
      sites: ['ads.example'],
      theme: 'dark',
    });
    // Once IT lifts the lock, the user's own list is back.
    await fakeBrowser.storage.managed.clear();
    expect(await loadSettings()).toEqual(
      settings({ siteMode: 'except-listed', sites: ['ads.example'], theme: 'dark' }),
    );
  });

  test('Reset goes back to the organisation’s defaults', async () => {
    await setPolicy({ highlightStyle: 'underline', hoverCards: false, locked: ['hoverCards'] });
    const { defaults } = await readSettings();
    expect(defaults).toEqual(settings({ highlightStyle: 'underline', hoverCards: false }));
  });

  test('watchers see a policy change, with the new locks', async () => {
    await loadSettings();
    const seen: [Settings, string[]][] = [];
    const unwatch = watchSettings((s, read) => seen.push([s, read.locked]));
    await setPolicy({ hoverCards: false, locked: ['hoverCards'] });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    await setUser({ hoverCards: true, side: 'left' });
    unwatch();
    expect(seen).toEqual([
      [settings({ hoverCards: false }), ['hoverCards']],
      [settings({ hoverCards: false, side: 'left' }), ['hoverCards']],
    ]);
  });
});
