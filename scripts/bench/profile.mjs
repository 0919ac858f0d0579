import { pageThreads, profileSamples } from './trace.mjs';

/**
 * A bottom-up view of the contender's own samples (`--profile`), to say which phase costs what.
 * Functions are named by the contender's innermost frame on each stack, so time in a builtin
 * (RegExp, DOM call) counts for the contender function that called it ("self"); "total" counts
 * a function once per sample wherever it sits on the stack. Wall time, so shares matter more
 * than absolute values. Readable only with an unminified build (`--profile` makes one).
 */

/** @param {import('./trace.mjs').ProfileNode} node */
function label(node) {
  const { functionName, url = '', lineNumber = 0 } = node.callFrame;
  const file = url.slice(url.lastIndexOf('/') + 1);
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
}

/**
 * @param {import('./trace.mjs').TraceEvent[]} events
 * @param {{ pageUrl: string, origin: string, top?: number, afterMark?: string }} options
 *   `afterMark`: only samples after this user-timing mark (the first interaction)
 * @returns {{ self: [string, number][], total: [string, number][] }} ms per function label
 */
export function ownFunctions(events, { pageUrl, origin, top = 12, afterMark }) {
  const mark = afterMark ? events.find((e) => e.name === afterMark) : undefined;
  const from = mark ? mark.ts : -Infinity;
  const mine = (url) => typeof url === 'string' && url.startsWith(origin);
  const self = new Map();
  const total = new Map();
  const add = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);
  for (const { pid, tid, navTs } of pageThreads(events, pageUrl)) {
    for (const s of profileSamples(events, pid, tid, mine)) {
      if (!s.own || s.ts < navTs || s.ts < from) continue;
      const us = Math.min(s.end - s.ts, 2_000);
      const seen = new Set();
      let innermost = null;
      for (let node = s.nodes.get(s.node); node; node = s.nodes.get(node.parent ?? -1)) {
        if (!mine(node.callFrame.url)) continue;
        const key = label(node);
        innermost ??= key;
        if (!seen.has(key)) add(total, key, us);
        seen.add(key);
      }
      add(self, innermost ?? '(garbage collector)', us);
    }
  }
  const ranked = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, us]) => [k, Math.round(us / 100) / 10]);
  return { self: ranked(self), total: ranked(total) };
}
