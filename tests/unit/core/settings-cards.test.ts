import { describe, expect, test } from 'vitest';
import {
  defaultSettings,
  hoverCardsOnHost,
  MAX_SITES,
  parseSettings,
  StrictSettingsSchema,
  withoutCardsOn,
} from '@/core/settings';

describe('the hover delay setting', () => {
  test('is short by default and keeps a valid choice', () => {
    expect(defaultSettings().hoverDelay).toBe('short');
    expect(parseSettings({ hoverDelay: 'long' }).hoverDelay).toBe('long');
  });

  test.each([800, 'off', 'LONG', null])('falls back to short for %s', (value) => {
    expect(parseSettings({ hoverDelay: value }).hoverDelay).toBe('short');
  });

  test('an import file with an unknown choice is refused', () => {
    expect(StrictSettingsSchema.safeParse({ hoverDelay: 'slow' }).success).toBe(false);
  });
});

describe('sites without cards', () => {
  test('are read like the site list: normalised, repeats and junk dropped', () => {
    const read = parseSettings({
      noCardSites: ['https://www.UpToDate.com/contents', 'uptodate.com', 42, 'not a site'],
    });
    expect(read.noCardSites).toEqual(['www.uptodate.com', 'uptodate.com']);
  });

  test('"Don\'t show cards on this site" adds the normalised host once', () => {
    const once = withoutCardsOn(defaultSettings(), 'WWW.Example.com.');
    expect(once.noCardSites).toEqual(['www.example.com']);
    expect(withoutCardsOn(once, 'www.example.com')).toBe(once);
    expect(withoutCardsOn(once, '')).toBe(once);
  });

  test('a full list lets its oldest entry go for the new site', () => {
    const full = {
      ...defaultSettings(),
      noCardSites: Array.from({ length: MAX_SITES }, (_, i) => `site${i}.example`),
    };
    const next = withoutCardsOn(full, 'new.example');
    expect(next.noCardSites).toHaveLength(MAX_SITES);
    expect(next.noCardSites.at(-1)).toBe('new.example');
    expect(next.noCardSites).not.toContain('site0.example');
  });

  test('turn pointer cards off on the site and its subdomains only', () => {
    const s = withoutCardsOn(defaultSettings(), 'uptodate.com');
    expect(hoverCardsOnHost(s, 'uptodate.com')).toBe(false);
    expect(hoverCardsOnHost(s, 'www.UpToDate.com')).toBe(false);
    expect(hoverCardsOnHost(s, 'nejm.org')).toBe(true);
    expect(hoverCardsOnHost({ ...s, hoverCards: false }, 'nejm.org')).toBe(false);
  });
});
