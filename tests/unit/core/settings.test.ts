import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  isEnabledOnHost,
  normalizeHost,
  parseSettings,
  setSiteEnabled,
  type Settings,
} from '@/core/settings';
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

describe('parseSettings', () => {
  test.each([undefined, null, 42, 'settings', [], [1, 2], true])(
    'gives the defaults for a non-object (%s)',
    (value) => {
      expect(parseSettings(value)).toEqual(DEFAULT_SETTINGS);
    },
  );

  test('keeps every valid field', () => {
    const value: Settings = {
      siteMode: 'only-listed',
      sites: ['example.com', 'nejm.org'],
      highlightStyle: 'underline',
      groups: {
        'oral-jak': true,
        'topical-jak': false,
        biologic: false,
        'other-topical': true,
        'conventional-systemic': false,
      },
      autoOpen: true,
      side: 'left',
      layout: 'push',
      theme: 'dark',
      sidebarWidth: 500,
    };
    expect(parseSettings(value)).toEqual(value);
  });

  test.each<[string, Record<string, unknown>, keyof Settings]>([
    ['an unknown site mode', { siteMode: 'some' }, 'siteMode'],
    ['a non-array site list', { sites: 'example.com' }, 'sites'],
    ['an unknown highlight style', { highlightStyle: 'blink' }, 'highlightStyle'],
    ['a non-object groups value', { groups: ['biologic'] }, 'groups'],
    ['a string boolean', { autoOpen: 'true' }, 'autoOpen'],
    ['an unknown side', { side: 'top' }, 'side'],
    ['an unknown layout', { layout: 'float' }, 'layout'],
    ['an unknown theme', { theme: 'sepia' }, 'theme'],
    ['a non-numeric width', { sidebarWidth: '400px' }, 'sidebarWidth'],
    ['a NaN width', { sidebarWidth: Number.NaN }, 'sidebarWidth'],
  ])('replaces %s with its default and keeps the other fields', (_, bad, key) => {
    const parsed = parseSettings({ ...bad, side: bad.side ?? 'left', theme: bad.theme ?? 'dark' });
    expect(parsed[key]).toEqual(DEFAULT_SETTINGS[key]);
    if (key !== 'side') expect(parsed.side).toBe('left');
    if (key !== 'theme') expect(parsed.theme).toBe('dark');
  });

  test('repairs the groups one by one', () => {
    expect(
      parseSettings({ groups: { biologic: false, 'oral-jak': 'no', extra: false } }).groups,
    ).toEqual({
      ...DEFAULT_SETTINGS.groups,
      biologic: false,
    });
  });

  test.each([
    [100, 280],
    [279.6, 280],
    [333.4, 333],
    [640, 640],
    [9000, 640],
    [Number.POSITIVE_INFINITY, DEFAULT_SETTINGS.sidebarWidth],
  ])('clamps the sidebar width %s to %s', (width, expected) => {
    expect(parseSettings({ sidebarWidth: width }).sidebarWidth).toBe(expected);
  });

  test('normalises, deduplicates and filters the site list', () => {
    const sites = [
      'Example.com',
      'https://www.nejm.org/doi/x',
      'example.com',
      'not a host',
      7,
      '*.bmj.com',
    ];
    expect(parseSettings({ sites }).sites).toEqual(['example.com', 'www.nejm.org', 'bmj.com']);
  });

  test('treats an object with a throwing getter as malformed', () => {
    const hostile = {
      get siteMode(): string {
        throw new Error('boom');
      },
    };
    expect(parseSettings(hostile)).toEqual(DEFAULT_SETTINGS);
  });

  test('returns a copy that does not share the defaults', () => {
    const parsed = parseSettings(undefined);
    parsed.sites.push('example.com');
    parsed.groups.biologic = false;
    expect(DEFAULT_SETTINGS.sites).toEqual([]);
    expect(DEFAULT_SETTINGS.groups.biologic).toBe(true);
  });
});

describe('normalizeHost', () => {
  test.each([
    ['example.com', 'example.com'],
    ['  WWW.Example.COM  ', 'www.example.com'],
    ['https://pubmed.ncbi.nlm.nih.gov/123/', 'pubmed.ncbi.nlm.nih.gov'],
    ['example.com:8080/path', 'example.com'],
    ['*.example.com', 'example.com'],
    ['example.com.', 'example.com'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
  ])('reads %j as %j', (input, expected) => {
    expect(normalizeHost(input)).toBe(expected);
  });

  test.each([
    '',
    '   ',
    'not a host',
    'ftp://example.com',
    'chrome://settings',
    'exa$mple.com',
    'a..b',
  ])('rejects %j', (input) => {
    expect(normalizeHost(input)).toBeNull();
  });
});

describe('isEnabledOnHost', () => {
  const listed = ['example.com', 'nejm.org'];
  test.each<[Settings['siteMode'], string, boolean]>([
    ['all', 'example.com', true],
    ['all', 'anything.org', true],
    ['only-listed', 'example.com', true],
    ['only-listed', 'www.example.com', true],
    ['only-listed', 'a.b.example.com', true],
    ['only-listed', 'EXAMPLE.com.', true],
    ['only-listed', 'notexample.com', false],
    ['only-listed', 'example.com.evil.org', false],
    ['only-listed', 'bmj.com', false],
    ['only-listed', '', false],
    ['except-listed', 'example.com', false],
    ['except-listed', 'www.nejm.org', false],
    ['except-listed', 'notexample.com', true],
    ['except-listed', 'bmj.com', true],
  ])('in %s mode, %j is enabled: %s', (siteMode, host, expected) => {
    expect(isEnabledOnHost(settings({ siteMode, sites: listed }), host)).toBe(expected);
  });
});

describe('setSiteEnabled', () => {
  const modes = ['all', 'only-listed', 'except-listed'] as const;
  const lists = [[], ['example.com'], ['www.example.com', 'nejm.org']];
  const hosts = ['example.com', 'www.example.com', 'nejm.org', 'bmj.com'];
  const cases = modes.flatMap((siteMode) =>
    lists.flatMap((sites) =>
      hosts.flatMap((host) => [true, false].map((on) => [siteMode, sites, host, on] as const)),
    ),
  );

  test.each(cases)(
    'in %s mode with %j, switching %s to %s takes effect',
    (siteMode, sites, host, on) => {
      const next = setSiteEnabled(settings({ siteMode, sites: [...sites] }), host, on);
      expect(isEnabledOnHost(next, host)).toBe(on);
    },
  );

  test('turning a site off in "all" mode blocks only that site', () => {
    const next = setSiteEnabled(settings({ sites: ['old.org'] }), 'example.com', false);
    expect(next).toMatchObject({ siteMode: 'except-listed', sites: ['example.com'] });
    expect(isEnabledOnHost(next, 'old.org')).toBe(true);
  });

  test('returns the same settings when nothing needs to change', () => {
    const s = settings({ siteMode: 'only-listed', sites: ['example.com'] });
    expect(setSiteEnabled(s, 'example.com', true)).toBe(s);
  });
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
    expect(await readSettings()).toEqual({
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
