/**
 * Medians over runs, the deltas against the no-extension baseline, ratios between contenders and
 * the issue's targets. Pure, so the shape of the tracked JSON is decided in one place.
 */

/**
 * `previous` is another JAK Lens build (`--jaklens DIR`), measured in the same interleaved run
 * so the two builds' figures compare; `nofuzzy` is the measured build with the `fuzzyMatching`
 * setting off (opt-in: `--contenders jaklens,nofuzzy,…`), for what fuzzy matching costs a page.
 */
export const CONTENDERS = ['jaklens', 'previous', 'nofuzzy', 'markjs', 'findandreplace', 'none'];

/** The contenders measured unless `--contenders` says otherwise. */
export const DEFAULT_CONTENDERS = CONTENDERS.filter((n) => n !== 'nofuzzy');

/** Contenders that are JAK Lens builds: they highlight, and a click on a mention opens the UI. */
export const JAKLENS_BUILDS = ['jaklens', 'previous', 'nofuzzy'];

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
 * One case's medians per contender. `visits[name]` holds that contender's per-run results;
 * `interactions[name]` its first-interaction visits (a click on a mention once the page is quiet).
 * @param {Record<string, any[]>} visits
 * @param {{ batches?: number, interactions?: Record<string, any[]> }} [options]
 */
export function summarizeCase(visits, { batches, interactions = {} } = {}) {
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
    const clicks = interactions[name] ?? [];
    if (clicks.length) {
      const shown = clicks.filter((v) => v.interactionShown);
      c.firstInteractionMs = round(median(shown.map((v) => v.phaseMs)));
      c.firstInteractionWallMs = round(median(shown.map((v) => v.interactionWallMs)));
      c.firstInteractionRenderMs = round(median(shown.map((v) => v.renderPhaseMs)));
      c.firstInteractionRuns = clicks.length;
      c.firstInteractionFailures = clicks.length - shown.length;
    }
    contenders[name] = c;
  }
  const ratios = {};
  for (const peer of ['previous', 'nofuzzy', 'markjs', 'findandreplace']) {
    const a = contenders.jaklens?.totalMs;
    const b = contenders[peer]?.totalMs;
    if (a != null && b) ratios[`jaklens/${peer}`] = round(a / b, 3);
  }
  return { contenders, ratios };
}

/**
 * The issues' goals, each with the measured value and pass/miss (null when not measured), and
 * the issue that set it: 13 (two-stage content script), 15 (detection v2: against the previous
 * build, when one was measured) and 7 (the first performance work, still reported).
 * Stage 1's size: the goal applies to the declared script every frame evaluates (`content.js`),
 * the budget to all of stage 1 (with the detector it injects, when it is split so).
 * @param {{ cases: any[], matcher?: any, contentScriptBytes: number | null,
 *   detectorScriptBytes?: number | null, firstInteractionMs?: number | null }} result
 */
export function evaluateTargets({
  cases,
  matcher,
  contentScriptBytes,
  detectorScriptBytes = null,
  firstInteractionMs = null,
}) {
  const stage1 =
    contentScriptBytes === null ? null : contentScriptBytes + (detectorScriptBytes ?? 0);
  const get = (name, contender, key) =>
    cases.find((c) => c.case === name)?.contenders[contender]?.[key] ?? null;
  const ratio = (name, peer = 'markjs') => {
    const a = get(name, 'jaklens', 'totalMs');
    const b = get(name, peer, 'totalMs');
    return a === null || !b ? null : round(a / b, 3);
  };
  const framesAds = get('frames-ads', 'jaklens', 'totalMs');
  const nomatch50k = get('nomatch-50k', 'jaklens', 'totalMs');
  const heaps = cases
    .map((c) => c.contenders.jaklens?.heapDeltaMB)
    .filter((x) => x !== null && x !== undefined);
  const targets = [
    [13, 'nomatch-50k: total ≤ 2 ms', nomatch50k, (v) => v <= 2],
    [13, 'nomatch-1mb: total ≤ 0.1× mark.js', ratio('nomatch-1mb'), (v) => v <= 0.1],
    [13, 'article-200k: total ≤ 0.5× mark.js', ratio('article-200k'), (v) => v <= 0.5],
    [13, 'stress-1mb: total ≤ 0.5× mark.js', ratio('stress-1mb'), (v) => v <= 0.5],
    ...cases.map((c) => [
      13,
      `${c.case}: longest task of ours ≤ 16 ms`,
      c.contenders.jaklens?.longestTaskMs ?? null,
      (v) => v <= 16,
    ]),
    [
      13,
      'stress-1mb: heap growth ≤ 2 MB',
      get('stress-1mb', 'jaklens', 'heapDeltaMB'),
      (v) => v <= 2,
    ],
    [
      13,
      'stage 1, declared script (content.js) ≤ 20 KB (20,000 B, the goal)',
      contentScriptBytes,
      (v) => v <= 20_000,
    ],
    [
      13,
      'stage 1 in all (content.js + detector.js) ≤ 40 KB (40,000 B, the budget)',
      stage1,
      (v) => v <= 40_000,
    ],
    [13, 'article-200k: firstInteractionMs ≤ 100 ms', firstInteractionMs, (v) => v <= 100],
    [
      13,
      'frames-ads: total ≤ 2× nomatch-50k',
      framesAds === null || nomatch50k === null
        ? null
        : round(framesAds / Math.max(nomatch50k, 0.01), 3),
      (v) => v <= 2,
    ],
    ...cases
      .filter((c) => c.contenders.previous)
      .map((c) => [
        15,
        `${c.case}: total ≤ 1.1× the previous build`,
        ratio(c.case, 'previous'),
        (v) => v <= 1.1,
      ]),
    [7, 'stress-1mb: total ≤ 0.3× mark.js', ratio('stress-1mb'), (v) => v <= 0.3],
    [7, 'nomatch-1mb: total ≤ 10 ms', get('nomatch-1mb', 'jaklens', 'totalMs'), (v) => v <= 10],
    [7, 'nomatch-1mb: total ≤ 0.05× mark.js', ratio('nomatch-1mb'), (v) => v <= 0.05],
    [7, 'article-200k: total ≤ 30 ms', get('article-200k', 'jaklens', 'totalMs'), (v) => v <= 30],
    [
      7,
      'article-200k: no task over 50 ms',
      get('article-200k', 'jaklens', 'longestTaskMs'),
      (v) => v <= 50,
    ],
    [7, 'dynamic: ≤ 2 ms per ~10 KB batch', get('dynamic', 'jaklens', 'batchMs'), (v) => v <= 2],
    [
      7,
      'heap growth ≤ 2 MB per tab (worst case)',
      heaps.length ? Math.max(...heaps) : null,
      (v) => v <= 2,
    ],
    [
      7,
      'matcher ≥ 0.5× plain loop MB/s',
      matcher ? round(matcher.ratio, 3) : null,
      (v) => v >= 0.5,
    ],
  ];
  return targets.map(([issue, target, value, ok]) => ({
    target,
    value,
    met: value === null ? null : ok(value),
    issue,
  }));
}
