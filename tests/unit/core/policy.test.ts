import { describe, expect, test } from 'vitest';
import { NO_POLICY, readManagedPolicy, userPart } from '@/core/policy';
import { DEFAULT_SETTINGS, effectiveSettings, parseSettings, type Settings } from '@/core/settings';

const settings = (over: Partial<Settings> = {}): Settings => ({ ...parseSettings({}), ...over });

describe('readManagedPolicy', () => {
  test.each([
    ['an empty object (Chrome without a policy)', {}],
    ['undefined', undefined],
    ['null', null],
    ['an array', ['siteMode']],
    ['a string', 'locked'],
  ])('reads %s as no policy', (_, raw) => {
    expect(readManagedPolicy(raw)).toBe(NO_POLICY);
  });

  test('keeps valid values and the locked list, in settings order', () => {
    const managed = readManagedPolicy({
      hoverCards: false,
      siteMode: 'only-listed',
      sites: ['intranet.hospital.example'],
      locked: ['hoverCards', 'sites', 'siteMode'],
    });
    expect(managed.issues).toEqual([]);
    expect(managed.locked).toEqual(['siteMode', 'sites', 'hoverCards']);
    expect(effectiveSettings({}, managed.policy)).toEqual(
      settings({
        siteMode: 'only-listed',
        sites: ['intranet.hospital.example'],
        hoverCards: false,
      }),
    );
  });

  test('ignores a malformed value alone and reports it; the rest still applies', () => {
    const managed = readManagedPolicy({
      highlightStyle: 'blink',
      autoOpen: true,
      feedbackAddress: 'javascript:alert(1)',
      locked: ['highlightStyle', 'autoOpen'],
    });
    expect(managed.issues).toEqual([
      { name: 'highlightStyle', problem: 'invalid' },
      { name: 'feedbackAddress', problem: 'invalid' },
    ]);
    const s = effectiveSettings({ highlightStyle: 'underline', autoOpen: false }, managed.policy);
    // Locked with no usable value: the built-in default is enforced, not the user's choice.
    expect(s.highlightStyle).toBe(DEFAULT_SETTINGS.highlightStyle);
    expect(s.autoOpen).toBe(true);
    expect(s.feedbackAddress).toBe('');
  });

  test('uses a partly valid site list without its bad entries, and says so', () => {
    const managed = readManagedPolicy({ sites: ['nejm.org', 'not a host', 7] });
    expect(managed.issues).toEqual([{ name: 'sites', problem: 'repaired' }]);
    expect(effectiveSettings({}, managed.policy).sites).toEqual(['nejm.org']);
  });

  test('reports unknown policy names and unknown or malformed lock entries', () => {
    expect(readManagedPolicy({ colour: 'red', locked: ['theme', 'colour'] })).toEqual({
      policy: { values: {}, locked: ['theme'] },
      locked: ['theme'],
      issues: [
        { name: 'colour', problem: 'unknown' },
        { name: 'locked', problem: 'repaired' },
      ],
    });
    expect(readManagedPolicy({ locked: 'theme' }).issues).toEqual([
      { name: 'locked', problem: 'invalid' },
    ]);
  });

  test('a hostile policy object (throwing getter) is no policy, not an exception', () => {
    const raw = Object.defineProperty({}, 'theme', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(() => readManagedPolicy(raw)).not.toThrow();
  });
});

describe('userPart (what saving stores under a policy)', () => {
  const managed = readManagedPolicy({
    highlightStyle: 'underline',
    sites: ['intranet.example'],
    siteMode: 'only-listed',
    locked: ['siteMode', 'sites'],
  });

  test('without a policy, stores the settings as they are', () => {
    const next = settings({ theme: 'dark' });
    expect(userPart(next, {}, NO_POLICY)).toBe(next);
  });

  test('keeps the user’s earlier value of a locked setting instead of the enforced one', () => {
    const next = settings({ siteMode: 'only-listed', sites: ['intranet.example'], theme: 'dark' });
    const stored = userPart(next, { siteMode: 'except-listed', sites: ['ads.example'] }, managed);
    expect(stored.siteMode).toBe('except-listed');
    expect(stored.sites).toEqual(['ads.example']);
    expect(stored.theme).toBe('dark');
  });

  test('stores nothing for a locked setting the user never set', () => {
    const stored = userPart(settings({ siteMode: 'only-listed' }), {}, managed);
    expect(stored).not.toHaveProperty('siteMode');
    expect(stored).not.toHaveProperty('sites');
  });

  test('leaves out a value equal to the organisation’s default, and keeps one the user changed', () => {
    expect(userPart(settings({ highlightStyle: 'underline' }), {}, managed)).not.toHaveProperty(
      'highlightStyle',
    );
    expect(userPart(settings({ highlightStyle: 'none' }), {}, managed).highlightStyle).toBe('none');
  });
});
