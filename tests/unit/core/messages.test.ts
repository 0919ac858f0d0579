import { describe, expect, test } from 'vitest';
import {
  handle,
  parsePageReport,
  parseToBackground,
  parseToContent,
  type Handlers,
  type ToBackground,
  type ToContent,
} from '@/core/messages';

/** Either direction's parser: the fuzz and the tables judge the whole protocol at once. */
const parseMessage = (raw: unknown) => parseToContent(raw) ?? parseToBackground(raw);

const report = {
  drugs: [
    { drugId: 'upadacitinib', count: 3 },
    { drugId: 'dupilumab', count: 1 },
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
];
const toBackground: ToBackground[] = [
  { type: 'report', report },
  { type: 'report', report: { drugs: [], totalMentions: 0, capped: true } },
  { type: 'open-options' },
];
const valid = [...toContent, ...toBackground];

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
  ['a report without its body', { type: 'report' }],
  ['a negative count', { type: 'report', report: { ...report, totalMentions: -1 } }],
  ['a fractional count', { type: 'report', report: { ...report, totalMentions: 1.5 } }],
  ['a string flag', { type: 'report', report: { ...report, capped: 'no' } }],
  [
    'a report drug with an extra key',
    { type: 'report', report: { ...report, drugs: [{ drugId: 'x', count: 1, html: '<b>' }] } },
  ],
  [
    'an absurdly long drug list',
    { type: 'report', report: { ...report, drugs: Array(1001).fill({ drugId: 'x', count: 1 }) } },
  ],
  ['a type of the wrong case', { type: 'GET-REPORT' }],
  ['a string', 'get-report'],
  ['null', null],
  ['undefined', undefined],
  ['an array', [{ type: 'get-report' }]],
];

describe('parsing by direction', () => {
  test.each(toContent)('the content script takes %j, the background does not', (message) => {
    expect(parseToContent(message)).toEqual(message);
    expect(parseToBackground(message)).toBeNull();
  });

  test.each(toBackground)('the background takes %j, the content script does not', (message) => {
    expect(parseToBackground(message)).toEqual(message);
    expect(parseToContent(message)).toBeNull();
  });

  test.each(invalid)('rejects %s', (_, raw) => {
    expect(parseMessage(raw)).toBeNull();
  });

  test('rejects objects whose getters throw', () => {
    const hostile = Object.defineProperty({}, 'type', {
      enumerable: true,
      get() {
        throw new Error('gotcha');
      },
    });
    expect(parseMessage(hostile)).toBeNull();
  });

  test('rejects a revoked proxy', () => {
    const { proxy, revoke } = Proxy.revocable({ type: 'get-report' }, {});
    revoke();
    expect(parseMessage(proxy)).toBeNull();
  });

  test('parsePageReport accepts a report and nothing else', () => {
    expect(parsePageReport(report)).toEqual(report);
    expect(parsePageReport({ ...report, drugs: 'all' })).toBeNull();
    expect(parsePageReport(undefined)).toBeNull();
  });
});

describe('handler maps', () => {
  const handlers = {
    'get-report': () => 'the report',
    'open-sidebar': (message) => `open ${message.drugId ?? message.query ?? ''}`,
    'toggle-sidebar': () => 'toggled',
  } satisfies Handlers<ToContent>;

  test('a message goes to the handler of its type', () => {
    const open: ToContent = { type: 'open-sidebar', drugId: 'abrocitinib' };
    const toggle: ToContent = { type: 'toggle-sidebar' };
    expect(handle(handlers, open)).toBe('open abrocitinib');
    expect(handle(handlers, toggle)).toBe('toggled');
  });

  test('a receiver must handle every message of its direction (a compile error otherwise)', () => {
    // @ts-expect-error: no handler for open-sidebar and toggle-sidebar
    const incomplete: Handlers<ToContent> = { 'get-report': () => 'the report' };
    expect(Object.keys(incomplete)).toEqual(['get-report']);
  });
});

/** Deterministic PRNG (mulberry32), so a failing fuzz case is reproducible from its index. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = ['report', 'get-report', 'open-sidebar', 'toggle-sidebar', 'open-options'];
const KEYS = [
  'type',
  'drugId',
  'query',
  'report',
  'drugs',
  'count',
  'capped',
  '__proto__',
  'constructor',
];

function randomValue(random: () => number, depth = 0): unknown {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  switch (Math.floor(random() * (depth > 3 ? 6 : 9))) {
    case 0:
      return pick([null, undefined, true, false, Number.NaN, -0, Infinity, 2 ** 53, -1, 0.5]);
    case 1:
      return Math.floor(random() * 2000) - 1000;
    case 2:
      return pick([...TYPES, '', 'upadacitinib', 'x'.repeat(300), '\u0000', '<script>']);
    case 3:
      return String.fromCharCode(...Array.from({ length: random() * 12 }, () => random() * 0xffff));
    case 4:
      return pick([Symbol('s'), 10n, () => 1, new Date(0), /re/, new Map(), new Uint8Array(2)]);
    case 5:
      return Object.create(null);
    case 6:
      return Array.from({ length: Math.floor(random() * 4) }, () => randomValue(random, depth + 1));
    default: {
      const object: Record<string, unknown> = {};
      const size = Math.floor(random() * 4);
      for (let i = 0; i < size; i += 1) object[pick(KEYS)] = randomValue(random, depth + 1);
      return object;
    }
  }
}

/** An independent, hand-written statement of the protocol, to judge the fuzzer's values. */
function isValidByHand(raw: unknown): boolean {
  const isPlain = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  // Inherited enumerable keys count too (a `__proto__` key in the fuzz sets the prototype).
  const only = (v: Record<string, unknown>, keys: string[]) => {
    for (const k in v) if (!keys.includes(k)) return false;
    return true;
  };
  const id = (v: unknown) =>
    typeof v === 'string' && v.length <= 64 && /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(v);
  const count = (v: unknown) =>
    Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= 1e7;
  if (!isPlain(raw)) return false;
  switch (raw.type) {
    case 'get-report':
    case 'toggle-sidebar':
    case 'open-options':
      return only(raw, ['type']);
    case 'open-sidebar':
      return (
        only(raw, ['type', 'drugId', 'query']) &&
        (raw.drugId === undefined || id(raw.drugId)) &&
        (raw.query === undefined ||
          (typeof raw.query === 'string' && raw.query.length >= 1 && raw.query.length <= 200))
      );
    case 'report': {
      const r = raw.report;
      return (
        only(raw, ['type', 'report']) &&
        isPlain(r) &&
        only(r, ['drugs', 'totalMentions', 'capped']) &&
        Array.isArray(r.drugs) &&
        r.drugs.length <= 1000 &&
        r.drugs.every(
          (d) => isPlain(d) && only(d, ['drugId', 'count']) && id(d.drugId) && count(d.count),
        ) &&
        count(r.totalMentions) &&
        typeof r.capped === 'boolean'
      );
    }
    default:
      return false;
  }
}

describe('message fuzzing', () => {
  test('never throws on 10,000 random values and accepts exactly the valid ones', () => {
    const random = rng(20261126);
    let accepted = 0;
    for (let i = 0; i < 10_000; i += 1) {
      const raw = randomValue(random);
      const result = parseMessage(raw);
      expect(result !== null, `value #${i}`).toBe(isValidByHand(raw));
      if (result !== null) accepted += 1;
    }
    expect(accepted).toBeGreaterThan(0);
  });

  test.each(valid)('judges every one-key mutation of %j like the protocol does', (message) => {
    const random = rng(7);
    for (let i = 0; i < 500; i += 1) {
      const mutated: Record<string, unknown> = { ...message };
      mutated[KEYS[Math.floor(random() * KEYS.length)] as string] = randomValue(random, 3);
      expect(parseMessage(mutated) !== null, `mutation #${i}`).toBe(isValidByHand(mutated));
    }
  });
});
