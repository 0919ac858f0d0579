/**
 * Deterministic random values for the message parsers' property tests: a fixed seed, so a failing
 * case is reproducible from its index. Values are what a message port could hand a receiver and
 * worse (symbols, functions, bigints, null prototypes), with keys set as own properties the way
 * JSON and structured cloning make them (a `__proto__` key is a key, not a prototype).
 */

/** mulberry32. */
export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random value; objects take their keys from `keys`, strings include `words`. */
export function randomValue(
  random: () => number,
  keys: readonly string[],
  words: readonly string[],
  depth = 0,
): unknown {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  switch (Math.floor(random() * (depth > 3 ? 6 : 9))) {
    case 0:
      return pick([null, undefined, true, false, Number.NaN, -0, Infinity, 2 ** 53, -1, 0.5]);
    case 1:
      return Math.floor(random() * 2000) - 1000;
    case 2:
      return pick([...words, '', 'upadacitinib', 'x'.repeat(300), '\u0000', '<script>']);
    case 3:
      return String.fromCharCode(...Array.from({ length: random() * 12 }, () => random() * 0xffff));
    case 4:
      return pick([Symbol('s'), 10n, () => 1, new Date(0), /re/, new Map(), new Uint8Array(2)]);
    case 5:
      return Object.create(null);
    case 6:
      return Array.from({ length: Math.floor(random() * 4) }, () =>
        randomValue(random, keys, words, depth + 1),
      );
    default: {
      const object: Record<string, unknown> = {};
      const size = Math.floor(random() * 4);
      for (let i = 0; i < size; i += 1) {
        setOwn(object, pick(keys), randomValue(random, keys, words, depth + 1));
      }
      return object;
    }
  }
}

/** Sets an own, enumerable property (also for `__proto__`, which assignment would not). */
export function setOwn(object: object, key: string, value: unknown): void {
  Object.defineProperty(object, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** The hand-written statement of what both directions share: ids, counts, reports. */
export const byHand = {
  isPlain: (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v),
  only: (v: Record<string, unknown>, keys: readonly string[]) =>
    Object.keys(v).every((k) => keys.includes(k)),
  id: (v: unknown) =>
    typeof v === 'string' && v.length <= 64 && /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(v),
  count: (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= 1e7,
  report(r: unknown): boolean {
    const { isPlain, only, id, count } = byHand;
    return (
      isPlain(r) &&
      only(r, ['drugs', 'totalMentions', 'capped']) &&
      Array.isArray(r.drugs) &&
      r.drugs.length <= 1000 &&
      r.drugs.every(
        (d) =>
          isPlain(d) &&
          only(d, ['drugId', 'count', 'forms', 'context']) &&
          id(d.drugId) &&
          count(d.count) &&
          Array.isArray(d.forms) &&
          d.forms.length <= 10 &&
          d.forms.every((f) => typeof f === 'string' && f.length <= 64) &&
          typeof d.context === 'string' &&
          d.context.length <= 160,
      ) &&
      count(r.totalMentions) &&
      typeof r.capped === 'boolean'
    );
  },
};
