import { describe, expect, test } from 'vitest';
import { parseDetectorConfig } from '@/core/detector-protocol';
import { defaultSettings, withoutCardsOn, type Settings } from '@/core/settings';
import { detectorConfig } from '@/entrypoints/background/detector-config';

const settings = (overrides: Partial<Settings> = {}): Settings => ({
  ...defaultSettings(),
  ...overrides,
});

describe('hover cards in the detector configuration', () => {
  test('are on by default, on any site', () => {
    expect(detectorConfig(settings(), 'https://www.nejm.org/doi/1', 'en').hoverCards).toBe(true);
  });

  test('are off on a site in "Sites without cards", and on its subdomains', () => {
    const s = settings({ noCardSites: ['uptodate.com'] });
    expect(detectorConfig(s, 'https://uptodate.com/contents/x', 'en').hoverCards).toBe(false);
    expect(detectorConfig(s, 'https://www.uptodate.com/contents/x', 'en').hoverCards).toBe(false);
    expect(detectorConfig(s, 'https://www.nejm.org/', 'en').hoverCards).toBe(true);
    expect(detectorConfig(s, 'https://notuptodate.com/', 'en').hoverCards).toBe(true);
  });

  test('follow the tab’s site, not a frame’s', () => {
    const s = withoutCardsOn(settings(), 'journal.example');
    // The background builds a frame's configuration from its tab's address.
    expect(detectorConfig(s, 'https://journal.example/article', 'en').hoverCards).toBe(false);
  });

  test('are off everywhere when the setting is off, whatever the list', () => {
    const s = settings({ hoverCards: false });
    expect(detectorConfig(s, 'https://www.nejm.org/', 'en').hoverCards).toBe(false);
    expect(detectorConfig(s, undefined, 'en').hoverCards).toBe(false);
  });

  test('a tab without an address follows the setting alone', () => {
    const s = settings({ noCardSites: ['uptodate.com'] });
    expect(detectorConfig(s, undefined, 'en').hoverCards).toBe(true);
  });

  test('the configuration still passes the detector’s check', () => {
    const s = settings({ noCardSites: ['uptodate.com'], hoverDelay: 'long' });
    const config = detectorConfig(s, 'https://uptodate.com/', 'en');
    expect(parseDetectorConfig(JSON.parse(JSON.stringify(config)))).not.toBeNull();
  });
});
