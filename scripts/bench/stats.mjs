/**
 * Medians over runs, the deltas against the no-extension baseline, ratios between contenders and
 * the targets. Pure, so the shape of the tracked JSON is decided in one place.
 */

export const CONTENDERS = ['jaklens', 'markjs', 'findandreplace', 'none'];

/** @param {number[]} values */
export function median(values) {
  const xs = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

function round(x, digits = 2) {
  if (x === null || !Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/**
 * One case's medians per contender. `visits[name]` holds that contender's per-run results.
 * @param {Record<string, any[]>} visits
 * @param {{ batches?: number }} [options]
 */
export function summarizeCase(visits, { batches } = {}) {
  const m = (name, key) => median((visits[name] ?? []).map((v) => v[key]));
  const none = {
    heapMB: m('none', 'heapMB'),
    elements: m('none', 'elements'),
    mainMs: m('none', 'mainMs'),
    renderMs: m('none', 'renderMs'),
    renderPhaseMs: m('none', 'renderPhaseMs'),
  };
  /** @type {Record<string, any>} */
  const contenders = {};
  for (const name of Object.keys(visits)) {
    if (!visits[name]?.length) continue;
    const c = {
      totalMs: round(m(name, 'totalMs')),
      longestTaskMs: round(m(name, 'longestTaskMs')),
      heapMB: round(m(name, 'heapMB')),
      mentions: m(name, 'mentions'),
      evalMs: round(m(name, 'evalMs')),
      domNodesAdded: none.elements === null ? null : m(name, 'elements') - none.elements,
      heapDeltaMB: none.heapMB === null ? null : round(m(name, 'heapMB') - none.heapMB),
      mainMs: round(m(name, 'mainMs')),
      mainDeltaMs: none.mainMs === null ? null : round(m(name, 'mainMs') - none.mainMs),
      renderDeltaMs: none.renderMs === null ? null : round(m(name, 'renderMs') - none.renderMs),
      totalWallMs: round(m(name, 'totalWallMs')),
      embedderMB: round(m(name, 'embedderMB')),
      runs: visits[name].length,
      timeouts: visits[name].filter((v) => v.timedOut).length,
    };
    if (batches) {
      c.batchMs = round(m(name, 'phaseMs') / batches, 3);
      // Style, layout and paint per batch beyond the page's own: highlight or DOM updates.
      if (none.renderPhaseMs !== null) {
        c.batchRenderDeltaMs = round((m(name, 'renderPhaseMs') - none.renderPhaseMs) / batches, 3);
      }
    }
    contenders[name] = c;
  }
  const ratios = {};
  for (const peer of ['markjs', 'findandreplace']) {
    const a = contenders.jaklens?.totalMs;
    const b = contenders[peer]?.totalMs;
    if (a != null && b) ratios[`jaklens/${peer}`] = round(a / b, 3);
  }
  return { contenders, ratios };
}

/**
 * The goals, each with the measured value and pass/miss (null when not measured).
 * @param {{ cases: any[], matcher?: any, contentScriptBytes: number | null }} result
 */
export function evaluateTargets({ cases, matcher, contentScriptBytes }) {
  const get = (name, contender, key) =>
    cases.find((c) => c.case === name)?.contenders[contender]?.[key] ?? null;
  const ratio = (name) => {
    const a = get(name, 'jaklens', 'totalMs');
    const b = get(name, 'markjs', 'totalMs');
    return a === null || !b ? null : round(a / b, 3);
  };
  const heaps = cases
    .map((c) => c.contenders.jaklens?.heapDeltaMB)
    .filter((x) => x !== null && x !== undefined);
  const targets = [
    ['stress-1mb: total ≤ 0.3× mark.js', ratio('stress-1mb'), (v) => v <= 0.3],
    ['nomatch-1mb: total ≤ 10 ms', get('nomatch-1mb', 'jaklens', 'totalMs'), (v) => v <= 10],
    ['nomatch-1mb: total ≤ 0.05× mark.js', ratio('nomatch-1mb'), (v) => v <= 0.05],
    ['article-200k: total ≤ 30 ms', get('article-200k', 'jaklens', 'totalMs'), (v) => v <= 30],
    [
      'article-200k: no task over 50 ms',
      get('article-200k', 'jaklens', 'longestTaskMs'),
      (v) => v <= 50,
    ],
    ['dynamic: ≤ 2 ms per ~10 KB batch', get('dynamic', 'jaklens', 'batchMs'), (v) => v <= 2],
    [
      'heap growth ≤ 2 MB per tab (worst case)',
      heaps.length ? Math.max(...heaps) : null,
      (v) => v <= 2,
    ],
    ['matcher ≥ 0.5× plain loop MB/s', matcher ? round(matcher.ratio, 3) : null, (v) => v >= 0.5],
    ['content script ≤ 100 KB (100,000 B)', contentScriptBytes, (v) => v <= 100_000],
  ];
  return targets.map(([target, value, ok]) => ({
    target,
    value,
    met: value === null ? null : ok(value),
  }));
}
