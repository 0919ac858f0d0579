import { describe, expect, test } from 'vitest';
import { parseToContent } from '@/core/detector-protocol';
import { parseDetectorStatus, parseToBackground, type ToBackground } from '@/core/messages';
import { byHand, randomValue, rng, setOwn } from '../support/fuzz';

const report = {
  drugs: [
    { drugId: 'upadacitinib', count: 3, forms: ['Rinvoq', 'upadacitinib'], context: 'On Rinvoq…' },
    { drugId: 'dupilumab', count: 1, forms: ['Dupixent'], context: '' },
  ],
  totalMentions: 4,
  capped: false,
};

const toBackground: ToBackground[] = [
  { type: 'report', report, timeOrigin: 1_733_100_000_000.5 },
  { type: 'report', report: { drugs: [], totalMentions: 0, capped: true }, timeOrigin: 0 },
  { type: 'open-options' },
  { type: 'get-config' },
  { type: 'load-detector' },
  { type: 'load-ui' },
  { type: 'open-in-top', drugId: 'abrocitinib' },
  { type: 'toggle-in-top' },
  { type: 'scroll-frame', frameId: 2, drugId: 'upadacitinib', index: 0 },
  { type: 'pdf-document', url: 'https://example.org/label.pdf' },
];

const invalid: [string, unknown][] = [
  ['an unknown type', { type: 'hack' }],
  ['a missing type', { report }],
  ['an extra key', { type: 'get-config', tabId: 3 }],
  ['a report without its body', { type: 'report', timeOrigin: 0 }],
  ['a report without its timeOrigin', { type: 'report', report }],
  ['a report with a string timeOrigin', { type: 'report', report, timeOrigin: '0' }],
  ['a report with a NaN timeOrigin', { type: 'report', report, timeOrigin: Number.NaN }],
  ['a negative count', { type: 'report', report: { ...report, totalMentions: -1 }, timeOrigin: 0 }],
  [
    'a fractional count',
    { type: 'report', report: { ...report, totalMentions: 1.5 }, timeOrigin: 0 },
  ],
  ['a string flag', { type: 'report', report: { ...report, capped: 'no' }, timeOrigin: 0 }],
  [
    'a report drug with an extra key',
    {
      type: 'report',
      report: {
        ...report,
        drugs: [{ drugId: 'x', count: 1, forms: [], context: '', html: '<b>' }],
      },
      timeOrigin: 0,
    },
  ],
  [
    'an absurdly long drug list',
    {
      type: 'report',
      report: {
        ...report,
        drugs: Array(1001).fill({ drugId: 'x', count: 1, forms: [], context: '' }),
      },
      timeOrigin: 0,
    },
  ],
  ['open-in-top without a drug', { type: 'open-in-top' }],
  ['open-in-top with markup', { type: 'open-in-top', drugId: '<img src=x>' }],
  [
    'a scroll to frame 0 (the top frame scrolls itself)',
    { type: 'scroll-frame', frameId: 0, drugId: 'upadacitinib', index: 0 },
  ],
  [
    'a scroll with a negative index',
    { type: 'scroll-frame', frameId: 1, drugId: 'upadacitinib', index: -1 },
  ],
  [
    'a scroll with a fractional frame',
    { type: 'scroll-frame', frameId: 1.5, drugId: 'upadacitinib', index: 0 },
  ],
  ['an over-long PDF address', { type: 'pdf-document', url: 'h'.repeat(8193) }],
  ['a type of the wrong case', { type: 'GET-CONFIG' }],
  ['a string', 'open-options'],
  ['null', null],
  ['undefined', undefined],
  ['an array', [{ type: 'open-options' }]],
];

describe('what the background takes', () => {
  test.each(toBackground)('takes %j, which the content script does not', (message) => {
    expect(parseToBackground(message)).toEqual(message);
    expect(parseToContent(message)).toBeNull();
  });

  test.each(['get-report', 'toggle-sidebar', 'open-sidebar'])(
    'does not take the content script’s %s',
    (type) => {
      expect(parseToBackground({ type })).toBeNull();
    },
  );

  test.each(invalid)('rejects %s', (_, raw) => {
    expect(parseToBackground(raw)).toBeNull();
  });

  test('rejects objects whose getters throw', () => {
    const hostile = Object.defineProperty({}, 'type', {
      enumerable: true,
      get() {
        throw new Error('gotcha');
      },
    });
    expect(parseToBackground(hostile)).toBeNull();
  });

  test('rejects a revoked proxy', () => {
    const { proxy, revoke } = Proxy.revocable({ type: 'open-options' }, {});
    revoke();
    expect(parseToBackground(proxy)).toBeNull();
  });
});

describe('parseDetectorStatus', () => {
  const status = { ...report, uiLoaded: false, uiFailed: true };

  test('accepts the content script’s answer to get-report', () => {
    expect(parseDetectorStatus(status)).toEqual(status);
  });

  test.each<[string, unknown]>([
    ['a bare report (an older content script)', report],
    ['a missing uiFailed', { ...report, uiLoaded: true }],
    ['a string flag', { ...status, uiLoaded: 'yes' }],
    ['an extra key', { ...status, html: '<b>' }],
    ['a malformed report', { ...status, drugs: 'all' }],
    ['undefined (no content script answered)', undefined],
  ])('rejects %s', (_, raw) => {
    expect(parseDetectorStatus(raw)).toBeNull();
  });
});

const TYPES = [
  'report',
  'open-options',
  'get-config',
  'load-detector',
  'load-ui',
  'open-in-top',
  'toggle-in-top',
  'scroll-frame',
  'pdf-document',
];
const KEYS = [
  'type',
  'report',
  'timeOrigin',
  'drugId',
  'frameId',
  'index',
  'url',
  'drugs',
  'count',
  'capped',
  '__proto__',
  'constructor',
];

/** An independent, hand-written statement of the background-bound protocol. */
function isValidByHand(raw: unknown): boolean {
  const { isPlain, only, id, count } = byHand;
  if (!isPlain(raw)) return false;
  switch (raw.type) {
    case 'open-options':
    case 'get-config':
    case 'load-detector':
    case 'load-ui':
    case 'toggle-in-top':
      return only(raw, ['type']);
    case 'report':
      return (
        only(raw, ['type', 'report', 'timeOrigin']) &&
        byHand.report(raw.report) &&
        typeof raw.timeOrigin === 'number' &&
        Number.isFinite(raw.timeOrigin)
      );
    case 'open-in-top':
      return only(raw, ['type', 'drugId']) && id(raw.drugId);
    case 'scroll-frame':
      return (
        only(raw, ['type', 'frameId', 'drugId', 'index']) &&
        Number.isSafeInteger(raw.frameId) &&
        (raw.frameId as number) >= 1 &&
        id(raw.drugId) &&
        count(raw.index)
      );
    case 'pdf-document':
      return only(raw, ['type', 'url']) && typeof raw.url === 'string' && raw.url.length <= 8192;
    default:
      return false;
  }
}

describe('background message fuzzing', () => {
  test('never throws on 10,000 random values and accepts exactly the valid ones', () => {
    const random = rng(20261126);
    let accepted = 0;
    for (let i = 0; i < 10_000; i += 1) {
      const raw = randomValue(random, KEYS, TYPES);
      const result = parseToBackground(raw);
      expect(result !== null, `value #${i}`).toBe(isValidByHand(raw));
      if (result !== null) accepted += 1;
    }
    expect(accepted).toBeGreaterThan(0);
  });

  test.each(toBackground)(
    'judges every one-key mutation of %j like the protocol does',
    (message) => {
      const random = rng(7);
      for (let i = 0; i < 500; i += 1) {
        const mutated: Record<string, unknown> = { ...message };
        setOwn(
          mutated,
          KEYS[Math.floor(random() * KEYS.length)]!,
          randomValue(random, KEYS, TYPES, 3),
        );
        expect(parseToBackground(mutated) !== null, `mutation #${i}`).toBe(isValidByHand(mutated));
      }
    },
  );
});
