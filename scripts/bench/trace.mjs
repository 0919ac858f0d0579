/**
 * Turns one Chromium trace (devtools.timeline + toplevel + the V8 sampling profiler) into the
 * contender's share of the page's main thread.
 *
 * Attribution: the renderer's V8 profiler samples every ~0.2 ms, content scripts' isolated worlds
 * included. A sample belongs to the contender when any frame on its stack comes from the
 * contender's `chrome-extension://<id>/` scripts, which covers its evaluation, callbacks,
 * promise continuations and the DOM calls it makes (native time below a JS frame stays on that
 * frame); a garbage-collector sample belongs to whoever ran just before it. Compiling the
 * content script (`v8.compile` with its URL) has no JS stack yet and is added from its event.
 * Style, layout and paint that the contender's DOM changes cause later are not on its stack;
 * `mainMs` (all main-thread task time) minus the no-extension run's catches those.
 *
 * The machine is shared, so wall durations include time the thread sat descheduled. Every
 * figure is therefore scaled to thread (CPU) time: the contender's wall share of a task times
 * that task's `tdur`. Wall figures are kept alongside.
 */

/** @typedef {{ name: string, ph: string, pid: number, tid: number, ts: number, dur?: number,
 *   tdur?: number, cat?: string, id?: string, args?: any }} TraceEvent */

/**
 * @typedef {object} TraceSummary
 * @property {number} totalMs contender's main-thread time (CPU), navigation to end of trace
 * @property {number} totalWallMs the same in wall time
 * @property {number} longestTaskMs the contender's time in its busiest single task (CPU)
 * @property {number} evalMs the content script's top-level evaluation (`EvaluateScript`, CPU)
 * @property {number} mainMs every main-thread task of the page's renderer (CPU), any owner
 * @property {number} renderMs style recalculation, layout, pre-paint, paint, layerize, commit
 * @property {number} phaseMs contender time after the `phaseMark` user-timing mark (CPU)
 * @property {number} renderPhaseMs `renderMs` after the mark
 * @property {number} samples profiler samples attributed to the contender
 * @property {number} ownTasks main-thread tasks the contender's code ran in: a sliced scan runs
 *   in many, one that never gives the thread back in few
 * @property {number} threads renderer main threads the page and its frames ran on; every figure
 *   above is summed over them (the longest task is the longest on any)
 */

/**
 * Main-thread task events. DevTools' `RunTask` wraps every task, scheduler.yield() continuations
 * included; the sequence manager's own event misses some, so both are read and nesting merged.
 */
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
/** Style, layout and paint on the main thread: what DOM or highlight changes cost later. */
const RENDER = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit']);

/** Outside tasks, a gap between samples longer than this is not charged to the one before. */
const MAX_GAP_US = 2_000;

/**
 * @param {TraceEvent[]} events
 * @param {{ pageUrl: string, origin: string | null, phaseMark?: string }} options
 *   `origin` is the contender's `chrome-extension://<id>`, null for the no-extension run.
 * @returns {TraceSummary}
 */
export function summarizeTrace(events, { pageUrl, origin, phaseMark }) {
  const threads = pageThreads(events, pageUrl);
  const parts = threads.map((thread) => summarizeThread(events, thread, { origin, phaseMark }));
  const sum = (key) => parts.reduce((total, p) => total + p[key], 0);
  return {
    totalMs: ms(sum('totalUs')),
    totalWallMs: ms(sum('totalWallUs')),
    longestTaskMs: ms(Math.max(...parts.map((p) => p.longestUs))),
    evalMs: ms(sum('evalUs')),
    mainMs: ms(sum('mainUs')),
    renderMs: ms(sum('renderUs')),
    renderPhaseMs: ms(sum('renderPhaseUs')),
    phaseMs: ms(sum('phaseUs')),
    samples: sum('samples'),
    ownTasks: sum('ownTasks'),
    threads: threads.length,
  };
}

/**
 * One renderer main thread's share, in µs. `navTs` is the top page's navigation: a frame's
 * thread (an out-of-process frame) counts from the same moment. The phase mark is looked for on
 * any thread (the harness sets it in the top page) and applies to every thread by time.
 * @param {TraceEvent[]} events
 * @param {{ pid: number, tid: number, navTs: number }} thread
 * @param {{ origin: string | null, phaseMark?: string }} options
 */
function summarizeThread(events, { pid, tid, navTs }, { origin, phaseMark }) {
  const onMain = (e) => e.pid === pid && e.tid === tid;
  const tasks = topLevel(
    events.filter((e) => onMain(e) && e.ph === 'X' && TASKS.has(e.name) && e.ts >= navTs),
  );
  const mark = phaseMark && events.find((e) => e.name === phaseMark && e.ts >= navTs);
  const phaseStart = mark ? mark.ts : Infinity;
  const mine = (url) => origin !== null && typeof url === 'string' && url.startsWith(origin);

  /** Contender wall µs per task index (-1: outside any task), split at the phase mark. */
  const ownWall = new Map();
  const add = (ts, us, i = taskAt(tasks, ts)) => {
    const slot = ownWall.get(i) ?? { all: 0, phase: 0 };
    slot.all += us;
    if (ts >= phaseStart) slot.phase += us;
    ownWall.set(i, slot);
  };

  let samples = 0;
  for (const s of origin ? profileSamples(events, pid, tid, mine) : []) {
    if (s.ts < navTs || !s.own) continue;
    samples++;
    const i = taskAt(tasks, s.ts);
    const task = tasks[i];
    // Inside a task a sample runs until the next one or the task's end, however late the
    // sampler was; outside any task, a long gap is the thread sleeping.
    const end = task
      ? Math.min(s.end, task.ts + (task.dur ?? 0))
      : Math.min(s.end, s.ts + MAX_GAP_US);
    add(s.ts, end - s.ts, i);
  }
  let evalUs = 0;
  let renderUs = 0;
  let renderPhaseUs = 0;
  for (const e of events) {
    if (!onMain(e) || e.ph !== 'X' || e.ts < navTs) continue;
    if (RENDER.has(e.name)) {
      renderUs += cpu(e);
      if (e.ts >= phaseStart) renderPhaseUs += cpu(e);
    }
    if (e.name === 'v8.compile' && mine(e.args?.fileName ?? e.args?.data?.url))
      add(e.ts, e.dur ?? 0);
    if (e.name === 'EvaluateScript' && mine(e.args?.data?.url)) evalUs += cpu(e);
  }

  let totalUs = 0;
  let totalWallUs = 0;
  let longestUs = 0;
  let phaseUs = 0;
  let ownTasks = 0;
  for (const [i, slot] of ownWall) {
    const task = tasks[i];
    const scale = task && task.dur ? Math.min(1, cpu(task) / task.dur) : 1;
    const own = Math.min(slot.all * scale, task ? cpu(task) : Infinity);
    totalUs += own;
    totalWallUs += slot.all;
    phaseUs += slot.phase * scale;
    if (task) {
      longestUs = Math.max(longestUs, own);
      ownTasks++;
    }
  }
  const mainUs = tasks.reduce((sum, t) => sum + cpu(t), 0);
  return {
    totalUs,
    totalWallUs,
    longestUs,
    evalUs,
    mainUs,
    renderUs,
    renderPhaseUs,
    phaseUs,
    samples,
    ownTasks,
  };
}

/** Thread time of a complete event, falling back to wall time when the trace has none. */
function cpu(e) {
  return e.tdur ?? e.dur ?? 0;
}

function ms(us) {
  return Math.round(us / 10) / 100;
}

/** Sorted tasks with nested ones dropped (the same task seen twice, nested run loops). */
function topLevel(tasks) {
  tasks.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out = [];
  for (const t of tasks) {
    const last = out.at(-1);
    if (!last || t.ts >= last.ts + (last.dur ?? 0)) out.push(t);
  }
  return out;
}

/** Index of the task containing `ts`, or -1 (binary search over sorted, disjoint tasks). */
export function taskAt(tasks, ts) {
  let lo = 0;
  let hi = tasks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tasks[mid];
    if (ts < t.ts) hi = mid - 1;
    else if (ts >= t.ts + (t.dur ?? 0)) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * The page's renderer main thread, found by the navigation to `pageUrl`.
 * @param {TraceEvent[]} events
 * @param {string} pageUrl
 */
export function pageMainThread(events, pageUrl) {
  const nav = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === pageUrl,
  );
  if (!nav) throw new Error(`No navigationStart for ${pageUrl} in the trace`);
  return { pid: nav.pid, tid: nav.tid, navTs: nav.ts };
}

/**
 * @typedef {{ id: number, parent?: number, callFrame: { functionName: string, url?: string,
 *   lineNumber?: number } }} ProfileNode
 */

/**
 * The renderer main threads the page ran on: the top page's, then every other thread a frame of
 * it navigated on after it (cross-origin frames run in their own renderer process). Same-origin
 * and srcdoc frames share the top page's thread.
 * @param {TraceEvent[]} events
 * @param {string} pageUrl
 * @returns {{ pid: number, tid: number, navTs: number }[]}
 */
export function pageThreads(events, pageUrl) {
  const top = pageMainThread(events, pageUrl);
  const threads = [top];
  for (const e of events) {
    if (e.name !== 'navigationStart' || e.ts < top.navTs) continue;
    if (threads.some((t) => t.pid === e.pid && t.tid === e.tid)) continue;
    threads.push({ pid: e.pid, tid: e.tid, navTs: top.navTs });
  }
  return threads;
}

/**
 * The V8 sampler's profiles for one thread: the call tree and every sample as `{ ts, end, node }`
 * (when it was taken and when the next one came).
 * @param {TraceEvent[]} events
 * @param {number} pid
 * @param {number} tid
 */
export function* readProfiles(events, pid, tid) {
  const profiles = events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  for (const profile of profiles) {
    /** @type {Map<number, ProfileNode>} */
    const nodes = new Map();
    let t = profile.args.data.startTime;
    /** @type {{ ts: number, end: number, node: number }[]} */
    const samples = [];
    for (const chunk of events) {
      if (chunk.name !== 'ProfileChunk' || chunk.pid !== pid || chunk.id !== profile.id) continue;
      const data = chunk.args.data;
      for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const ids = data.cpuProfile?.samples ?? [];
      const deltas = data.timeDeltas ?? [];
      for (let i = 0; i < ids.length; i++) {
        t += deltas[i] ?? 0;
        samples.push({ ts: t, end: t, node: ids[i] });
      }
    }
    for (let i = 0; i + 1 < samples.length; i++) samples[i].end = samples[i + 1].ts;
    yield { nodes, samples };
  }
}

const GC = '(garbage collector)';

/**
 * The main thread's samples as `{ ts, end, node, nodes, own }`, `own` when the contender's code
 * is on the stack (a GC sample takes the ownership of the sample before it).
 * @param {TraceEvent[]} events
 * @param {number} pid
 * @param {number} tid
 * @param {(url: unknown) => boolean} mine
 */
export function* profileSamples(events, pid, tid, mine) {
  for (const { nodes, samples } of readProfiles(events, pid, tid)) {
    const owned = new Map();
    const isOwn = (id) => {
      if (owned.has(id)) return owned.get(id);
      const node = nodes.get(id);
      const own =
        !!node && (mine(node.callFrame.url) || (node.parent !== undefined && isOwn(node.parent)));
      owned.set(id, own);
      return own;
    };
    let previousOwn = false;
    for (const s of samples) {
      const gc = nodes.get(s.node)?.callFrame.functionName === GC;
      const own = gc ? previousOwn : isOwn(s.node);
      if (!gc) previousOwn = own;
      yield { ...s, nodes, own };
    }
  }
}
