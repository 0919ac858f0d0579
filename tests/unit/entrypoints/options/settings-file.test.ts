import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, MAX_SITES, parseSettings, SIDEBAR_WIDTH } from '@/core/settings';
import { parseSettingsFile, serializeSettings } from '@/entrypoints/options/settings-file';

const file = (settings: unknown) =>
  JSON.stringify({ format: 'jak-lens-settings', version: 1, settings });

describe('settings file', () => {
  test('an export reads back as the same settings', () => {
    const settings = parseSettings({
      siteMode: 'except-listed',
      sites: ['example.com', 'nejm.org'],
      groups: { biologic: false },
      sidebarWidth: SIDEBAR_WIDTH.max,
    });
    expect(parseSettingsFile(serializeSettings(settings))).toEqual({ ok: true, settings });
  });

  test('an empty settings object gives the defaults', () => {
    expect(parseSettingsFile(file({}))).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  test('sites are normalised and de-duplicated on import', () => {
    const result = parseSettingsFile(file({ sites: ['Example.COM', 'https://example.com/x'] }));
    expect(result.ok && result.settings.sites).toEqual(['example.com']);
  });

  test.each<[string, unknown, string]>([
    ['an unknown group', { groups: { biologic: true, extra: false } }, '“groups.extra”'],
    ['a non-boolean group', { groups: { biologic: 'no' } }, '“groups.biologic”'],
    ['a width above the maximum', { sidebarWidth: SIDEBAR_WIDTH.max + 1 }, '“sidebarWidth”'],
    [
      'too many sites',
      { sites: Array.from({ length: MAX_SITES + 1 }, (_, i) => `s${i}.org`) },
      '“sites”',
    ],
  ])('refuses %s and names the field', (_, settings, field) => {
    const result = parseSettingsFile(file(settings));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(field);
  });

  test('a settings value that is not an object is not a settings export', () => {
    const result = parseSettingsFile(file([1, 2]));
    expect(!result.ok && result.error).toMatch(/not a JAK Lens settings export/);
  });
});
