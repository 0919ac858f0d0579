import { describe, expect, test } from 'vitest';
import {
  clampWidth,
  DEFAULT_SETTINGS,
  defaultSettings,
  effectiveSettings,
  isEnabledOnHost,
  MAX_SITES,
  normalizeHost,
  parseSettings,
  setSiteEnabled,
  SIDEBAR_WIDTH,
  sidebarUi,
  StrictSettingsSchema,
  type Settings,
} from '@/core/settings';

const settings = (over: Partial<Settings> = {}): Settings => ({ ...parseSettings({}), ...over });

describe('parseSettings', () => {
  test('matches misspelt names unless the user turns it off', () => {
    expect(DEFAULT_SETTINGS.fuzzyMatching).toBe(true);
    expect(parseSettings({ fuzzyMatching: 'no' }).fuzzyMatching).toBe(true);
    expect(parseSettings({ fuzzyMatching: false }).fuzzyMatching).toBe(false);
  });

  test('sends PDFs to the reader only when the user asked for it', () => {
    expect(DEFAULT_SETTINGS.openPdfsInReader).toBe(false);
    expect(parseSettings({ openPdfsInReader: 'yes' }).openPdfsInReader).toBe(false);
    expect(parseSettings({ openPdfsInReader: true }).openPdfsInReader).toBe(true);
  });

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
      openPdfsInReader: true,
      side: 'left',
      layout: 'push',
      theme: 'dark',
      language: 'de',
      sidebarWidth: 500,
      hoverCards: false,
      hoverDelay: 'long',
      noCardSites: ['uptodate.com'],
      fuzzyMatching: false,
      feedbackAddress: 'mailto:it-desk@hospital.example',
    };
    expect(parseSettings(value)).toEqual(value);
  });

  test.each<[string, Record<string, unknown>, keyof Settings]>([
    ['an unknown site mode', { siteMode: 'some' }, 'siteMode'],
    ['an unknown language', { language: 'it' }, 'language'],
    ['a non-array site list', { sites: 'example.com' }, 'sites'],
    ['an unknown highlight style', { highlightStyle: 'blink' }, 'highlightStyle'],
    ['a non-object groups value', { groups: ['biologic'] }, 'groups'],
    ['a string boolean', { autoOpen: 'true' }, 'autoOpen'],
    ['an unknown side', { side: 'top' }, 'side'],
    ['an unknown layout', { layout: 'float' }, 'layout'],
    ['an unknown theme', { theme: 'sepia' }, 'theme'],
    ['a non-numeric width', { sidebarWidth: '400px' }, 'sidebarWidth'],
    ['a NaN width', { sidebarWidth: Number.NaN }, 'sidebarWidth'],
    ['a string hover-cards flag', { hoverCards: 'off' }, 'hoverCards'],
    [
      'a feedback address that is plain http',
      { feedbackAddress: 'http://x.example/' },
      'feedbackAddress',
    ],
    [
      'a javascript: feedback address',
      { feedbackAddress: 'javascript:alert(1)' },
      'feedbackAddress',
    ],
    ['a mailto: without an address', { feedbackAddress: 'mailto:' }, 'feedbackAddress'],
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

describe('parseSettings, repairs', () => {
  test('a throwing getter costs only its own field', () => {
    const hostile = {
      side: 'left',
      get theme(): string {
        throw new Error('boom');
      },
    };
    expect(parseSettings(hostile)).toEqual({ ...DEFAULT_SETTINGS, side: 'left' });
  });

  test('keeps at most MAX_SITES distinct sites', () => {
    const sites = Array.from(
      { length: MAX_SITES + 20 },
      (_, i) => `site${i % (MAX_SITES + 10)}.org`,
    );
    const parsed = parseSettings({ sites }).sites;
    expect(parsed).toHaveLength(MAX_SITES);
    expect(new Set(parsed).size).toBe(MAX_SITES);
  });

  test('ignores fields it does not know', () => {
    expect(parseSettings({ side: 'left', futureFeature: true })).toEqual(
      settings({ side: 'left' }),
    );
  });
});

describe('defaults and bounds', () => {
  test('the defaults pass the strict import check', () => {
    expect(StrictSettingsSchema.safeParse(DEFAULT_SETTINGS).success).toBe(true);
  });

  test('the default width lies within the bounds', () => {
    expect(DEFAULT_SETTINGS.sidebarWidth).toBe(SIDEBAR_WIDTH.default);
    expect(SIDEBAR_WIDTH.default).toBeGreaterThanOrEqual(SIDEBAR_WIDTH.min);
    expect(SIDEBAR_WIDTH.default).toBeLessThanOrEqual(SIDEBAR_WIDTH.max);
  });

  test('defaultSettings gives a copy that can be changed', () => {
    const copy = defaultSettings();
    copy.groups.biologic = false;
    copy.sites.push('example.com');
    expect(DEFAULT_SETTINGS.groups.biologic).toBe(true);
    expect(DEFAULT_SETTINGS.sites).toEqual([]);
    expect(Object.isFrozen(DEFAULT_SETTINGS.groups)).toBe(true);
  });

  test.each([
    [SIDEBAR_WIDTH.min - 1, SIDEBAR_WIDTH.min],
    [SIDEBAR_WIDTH.max + 1, SIDEBAR_WIDTH.max],
    [400.5, 401],
    [Number.NaN, SIDEBAR_WIDTH.default],
  ])('clampWidth(%s) is %s', (px, expected) => {
    expect(clampWidth(px)).toBe(expected);
  });

  test('sidebarUi holds exactly the settings the sidebar reads', () => {
    const s = settings({
      side: 'left',
      layout: 'push',
      theme: 'dark',
      sidebarWidth: 500,
      feedbackAddress: 'mailto:lens@example.org',
      hoverDelay: 'long',
    });
    expect(sidebarUi(s)).toEqual({
      side: 'left',
      layout: 'push',
      theme: 'dark',
      autoOpen: false,
      sidebarWidth: 500,
      feedbackAddress: 'mailto:lens@example.org',
      hoverDelay: 'long',
    });
  });
});

describe('StrictSettingsSchema', () => {
  test('accepts a partial value, normalising its sites', () => {
    const result = StrictSettingsSchema.safeParse({ sites: ['Example.com', 'example.com'] });
    expect(result.success && result.data).toEqual({ sites: ['example.com'] });
  });

  test.each<[string, Record<string, unknown>]>([
    ['a width above the maximum', { sidebarWidth: SIDEBAR_WIDTH.max + 1 }],
    ['a fractional width', { sidebarWidth: 400.5 }],
    ['one bad site', { sites: ['ok.org', 'no site'] }],
    ['too many sites', { sites: Array.from({ length: MAX_SITES + 1 }, (_, i) => `s${i}.org`) }],
    ['an unknown group', { groups: { biologic: true, extra: false } }],
    ['a string boolean', { autoOpen: 'true' }],
    ['an unknown field', { sidebarwidth: 300 }],
  ])('rejects %s, where the tolerant read would repair or drop it', (_, value) => {
    expect(StrictSettingsSchema.safeParse(value).success).toBe(false);
    expect(() => parseSettings(value)).not.toThrow();
  });
});

describe('effectiveSettings', () => {
  test('without a policy it is the tolerant read of the user value', () => {
    const user = { side: 'left', theme: 'sepia', sidebarWidth: 9000 };
    expect(effectiveSettings(user)).toEqual(parseSettings(user));
    expect(effectiveSettings(user)).toEqual(
      settings({ side: 'left', sidebarWidth: SIDEBAR_WIDTH.max }),
    );
  });

  test("an unlocked policy value replaces the default, and the user's value replaces it", () => {
    const policy = { values: { theme: 'dark', layout: 'push' } };
    expect(effectiveSettings({ layout: 'overlay' }, policy)).toEqual(
      settings({ theme: 'dark', layout: 'overlay' }),
    );
  });

  test("a locked policy value wins over the user's", () => {
    const policy = {
      values: { highlightStyle: 'underline', side: 'left' },
      locked: ['highlightStyle'],
    };
    expect(effectiveSettings({ highlightStyle: 'none', side: 'right' }, policy)).toEqual(
      settings({ highlightStyle: 'underline', side: 'right' }),
    );
  });

  test("a locked field without a valid policy value takes the default, not the user's value", () => {
    const policy = { values: { autoOpen: 'yes' }, locked: ['autoOpen', 'siteMode'] };
    expect(effectiveSettings({ autoOpen: true, siteMode: 'only-listed' }, policy)).toEqual(
      DEFAULT_SETTINGS,
    );
  });

  test('policy values are read with the same per-field repairs', () => {
    const policy = {
      values: { sidebarWidth: 9000, sites: ['Example.com', 'not a site'], side: 'top' },
      locked: ['sidebarWidth', 'sites', 'side'],
    };
    expect(effectiveSettings({ side: 'left' }, policy)).toEqual(
      settings({ sidebarWidth: SIDEBAR_WIDTH.max, sites: ['example.com'] }),
    );
  });

  test('layers groups as one field', () => {
    const policy = { values: { groups: { biologic: false } }, locked: ['groups'] };
    expect(effectiveSettings({ groups: { 'oral-jak': false } }, policy).groups).toEqual({
      ...DEFAULT_SETTINGS.groups,
      biologic: false,
    });
  });

  test.each<[string, unknown]>([
    ['values that are not an object', { values: 'dark', locked: ['theme'] }],
    ['a lock list that is not a list', { values: { theme: 'dark' }, locked: 'theme' }],
    ['locks on unknown fields', { values: { theme: 'dark' }, locked: ['colour', 7] }],
  ])('never throws on a malformed policy (%s)', (_, policy) => {
    expect(() => effectiveSettings({ side: 'left' }, policy as never)).not.toThrow();
    expect(effectiveSettings({ side: 'left' }, policy as never).side).toBe('left');
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
