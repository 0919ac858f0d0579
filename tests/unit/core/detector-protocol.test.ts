import { describe, expect, test } from 'vitest';
import {
  isPageReport,
  MAX_FRAMES,
  parseDetectorConfig,
  parseToContent,
  type DetectorConfig,
  type ToContent,
} from '@/core/detector-protocol';
import { parseToBackground } from '@/core/messages';
import { byHand, randomValue, rng, setOwn } from '../support/fuzz';

const report = {
  drugs: [
    { drugId: 'upadacitinib', count: 3, forms: ['Rinvoq', 'upadacitinib'], context: 'On Rinvoq…' },
    { drugId: 'dupilumab', count: 1, forms: ['Dupixent'], context: '' },
  ],
  totalMentions: 4,
  capped: false,
};

const toContent: ToContent[] = [
  { type: 'get-report' },
  { type: 'open-sidebar' },
  { type: 'open-sidebar', drugId: 'abrocitinib' },
  { type: 'open-sidebar', query: 'JAK inhibitor acne' },
  { type: 'open-sidebar', drugId: 'ruxolitinib', query: 'cream' },
  { type: 'toggle-sidebar' },
  { type: 'frame-reports', frames: [] },
  { type: 'frame-reports', frames: [{ frameId: 3, report }] },
  { type: 'scroll-to-mention', drugId: 'upadacitinib', index: 0 },
  { type: 'scroll-to-mention', drugId: 'upadacitinib', index: 2 },
];

const frames = (n: number) => Array.from({ length: n }, (_, i) => ({ frameId: i + 1, report }));

const invalid: [string, unknown][] = [
  ['an unknown type', { type: 'close-sidebar' }],
  ['a missing type', { drugId: 'upadacitinib' }],
  ['an extra key', { type: 'get-report', tabId: 3 }],
  ['an upper-case drug id', { type: 'open-sidebar', drugId: 'Upadacitinib' }],
  ['a drug id with spaces', { type: 'open-sidebar', drugId: 'upa citinib' }],
  ['a drug id with markup', { type: 'open-sidebar', drugId: '<img src=x>' }],
  ['an over-long drug id', { type: 'open-sidebar', drugId: 'a'.repeat(65) }],
  ['an empty query', { type: 'open-sidebar', query: '' }],
  ['an over-long query', { type: 'open-sidebar', query: 'q'.repeat(201) }],
  ['a numeric query', { type: 'open-sidebar', query: 42 }],
  ['frame reports without their list', { type: 'frame-reports' }],
  [
    'more frame reports than a tab keeps',
    { type: 'frame-reports', frames: frames(MAX_FRAMES + 1) },
  ],
  ['a negative frame id', { type: 'frame-reports', frames: [{ frameId: -1, report }] }],
  ['a fractional frame id', { type: 'frame-reports', frames: [{ frameId: 1.5, report }] }],
  [
    'a frame report with an extra key',
    { type: 'frame-reports', frames: [{ frameId: 1, report, url: 'https://x' }] },
  ],
  [
    'a frame report with a malformed report',
    { type: 'frame-reports', frames: [{ frameId: 1, report: { ...report, capped: 'no' } }] },
  ],
  ['a scroll without an index', { type: 'scroll-to-mention', drugId: 'upadacitinib' }],
  ['a negative scroll index', { type: 'scroll-to-mention', drugId: 'upadacitinib', index: -1 }],
  ['a fractional scroll index', { type: 'scroll-to-mention', drugId: 'upadacitinib', index: 0.5 }],
  ['an absurd scroll index', { type: 'scroll-to-mention', drugId: 'upadacitinib', index: 1e8 }],
  ['a scroll to a malformed drug id', { type: 'scroll-to-mention', drugId: 'X', index: 0 }],
  ['a type of the wrong case', { type: 'GET-REPORT' }],
  ['a string', 'get-report'],
  ['null', null],
  ['undefined', undefined],
  ['an array', [{ type: 'get-report' }]],
];

describe('what the content script takes', () => {
  test.each(toContent)('takes %j, which the background does not', (message) => {
    expect(parseToContent(message)).toEqual(message);
    expect(parseToBackground(message)).toBeNull();
  });

  test.each(['report', 'open-options', 'get-config', 'load-ui', 'toggle-in-top'])(
    'does not take the background’s %s',
    (type) => {
      expect(parseToContent({ type })).toBeNull();
    },
  );

  test('takes as many frame reports as a tab keeps', () => {
    expect(parseToContent({ type: 'frame-reports', frames: frames(MAX_FRAMES) })).not.toBeNull();
  });

  test.each(invalid)('rejects %s', (_, raw) => {
    expect(parseToContent(raw)).toBeNull();
  });

  test('rejects objects whose getters throw', () => {
    const hostile = Object.defineProperty({}, 'type', {
      enumerable: true,
      get() {
        throw new Error('gotcha');
      },
    });
    expect(parseToContent(hostile)).toBeNull();
  });

  test('rejects a revoked proxy', () => {
    const { proxy, revoke } = Proxy.revocable({ type: 'get-report' }, {});
    revoke();
    expect(parseToContent(proxy)).toBeNull();
  });
});

describe('isPageReport', () => {
  test('accepts a report within bounds', () => {
    expect(isPageReport(report)).toBe(true);
    expect(isPageReport({ drugs: [], totalMentions: 0, capped: true })).toBe(true);
  });

  test.each<[string, unknown]>([
    ['a list that is not one', { ...report, drugs: 'all' }],
    ['a drug without forms', { ...report, drugs: [{ drugId: 'x', count: 1, context: '' }] }],
    [
      'more than ten forms',
      { ...report, drugs: [{ drugId: 'x', count: 1, forms: Array(11).fill('a'), context: '' }] },
    ],
    [
      'an over-long form',
      { ...report, drugs: [{ drugId: 'x', count: 1, forms: ['a'.repeat(65)], context: '' }] },
    ],
    [
      'an over-long context',
      { ...report, drugs: [{ drugId: 'x', count: 1, forms: [], context: 'c'.repeat(161) }] },
    ],
    ['a count past the bound', { ...report, totalMentions: 10_000_001 }],
    ['a missing flag', { drugs: [], totalMentions: 0 }],
    ['an extra key', { ...report, html: '<b>' }],
    ['undefined', undefined],
  ])('rejects %s', (_, raw) => {
    expect(isPageReport(raw)).toBe(false);
  });
});

describe('parseDetectorConfig', () => {
  const config: DetectorConfig = {
    enabled: true,
    highlightStyle: 'background',
    disabledDrugs: ['dupilumab'],
    autoOpen: false,
    fuzzy: true,
    hoverCards: true,
    theme: 'auto',
    side: 'right',
    labels: {
      lang: 'en',
      region: 'JAK Lens',
      one: 'JAK Lens · {n} drug',
      other: 'JAK Lens · {n} drugs',
      dismiss: 'Hide',
      uiFailed: 'The sidebar cannot open on this page.',
    },
    settings: { theme: 'auto' },
  };

  test('accepts the background’s configuration as it is', () => {
    expect(parseDetectorConfig(config)).toEqual(config);
  });

  test.each<[string, unknown]>([
    ['a string flag', { ...config, enabled: 'yes' }],
    ['an unknown highlight style', { ...config, highlightStyle: 'blink' }],
    ['an unknown theme', { ...config, theme: 'neon' }],
    ['an unknown side', { ...config, side: 'top' }],
    ['a malformed disabled drug', { ...config, disabledDrugs: ['<b>'] }],
    ['disabled drugs that are not a list', { ...config, disabledDrugs: 'dupilumab' }],
    ['a missing label', { ...config, labels: { ...config.labels, uiFailed: undefined } }],
    ['an empty label', { ...config, labels: { ...config.labels, one: '' } }],
    ['an extra label', { ...config, labels: { ...config.labels, html: '<b>' } }],
    ['settings that are not an object', { ...config, settings: 'all' }],
    ['a missing settings object', { ...config, settings: undefined }],
    ['undefined (no background answered)', undefined],
    ['an array', [config]],
  ])('rejects %s', (_, raw) => {
    expect(parseDetectorConfig(raw)).toBeNull();
  });

  test('rejects objects whose getters throw', () => {
    const hostile = Object.defineProperty({ ...config }, 'labels', {
      enumerable: true,
      get() {
        throw new Error('gotcha');
      },
    });
    expect(parseDetectorConfig(hostile)).toBeNull();
  });
});

const TYPES = [
  'get-report',
  'open-sidebar',
  'toggle-sidebar',
  'frame-reports',
  'scroll-to-mention',
];
const KEYS = [
  'type',
  'drugId',
  'query',
  'frames',
  'frameId',
  'report',
  'index',
  'drugs',
  'count',
  'capped',
  '__proto__',
  'constructor',
];

/** An independent, hand-written statement of the content-bound protocol. */
function isValidByHand(raw: unknown): boolean {
  const { isPlain, only, id, count } = byHand;
  if (!isPlain(raw)) return false;
  switch (raw.type) {
    case 'get-report':
    case 'toggle-sidebar':
      return only(raw, ['type']);
    case 'open-sidebar':
      return (
        only(raw, ['type', 'drugId', 'query']) &&
        (raw.drugId === undefined || id(raw.drugId)) &&
        (raw.query === undefined ||
          (typeof raw.query === 'string' && raw.query.length >= 1 && raw.query.length <= 200))
      );
    case 'frame-reports':
      return (
        only(raw, ['type', 'frames']) &&
        Array.isArray(raw.frames) &&
        raw.frames.length <= 64 &&
        raw.frames.every(
          (f) =>
            isPlain(f) &&
            only(f, ['frameId', 'report']) &&
            Number.isSafeInteger(f.frameId) &&
            (f.frameId as number) >= 0 &&
            byHand.report(f.report),
        )
      );
    case 'scroll-to-mention':
      return only(raw, ['type', 'drugId', 'index']) && id(raw.drugId) && count(raw.index);
    default:
      return false;
  }
}

describe('content message fuzzing', () => {
  test('never throws on 10,000 random values and accepts exactly the valid ones', () => {
    const random = rng(20261202);
    let accepted = 0;
    for (let i = 0; i < 10_000; i += 1) {
      const raw = randomValue(random, KEYS, TYPES);
      const result = parseToContent(raw);
      expect(result !== null, `value #${i}`).toBe(isValidByHand(raw));
      if (result !== null) accepted += 1;
    }
    expect(accepted).toBeGreaterThan(0);
  });

  test.each(toContent)('judges every one-key mutation of %j like the protocol does', (message) => {
    const random = rng(7);
    for (let i = 0; i < 500; i += 1) {
      const mutated: Record<string, unknown> = { ...message };
      setOwn(
        mutated,
        KEYS[Math.floor(random() * KEYS.length)]!,
        randomValue(random, KEYS, TYPES, 3),
      );
      expect(parseToContent(mutated) !== null, `mutation #${i}`).toBe(isValidByHand(mutated));
    }
  });
});
