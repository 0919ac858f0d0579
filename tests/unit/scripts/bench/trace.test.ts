import { describe, expect, test } from 'vitest';
import { summarizeTrace } from '../../../../scripts/bench/trace.mjs';
import { evaluateTargets, median, summarizeCase } from '../../../../scripts/bench/stats.mjs';

const PAGE = 'http://127.0.0.1:1/page.html';
const EXT = 'chrome-extension://abc';
const [PID, TID, PROFILER_TID] = [10, 10, 11];

/**
 * A tiny trace: navigation, two tasks (one 10 ms wall / 5 ms CPU with the extension's code,
 * one page-only) and a profile whose samples fall in them.
 */
function trace() {
  const task = (ts: number, dur: number, tdur: number, name = 'RunTask') => ({
    name,
    ph: 'X',
    pid: PID,
    tid: TID,
    ts,
    dur,
    tdur,
  });
  const nodes = [
    { id: 1, callFrame: { functionName: '(root)', url: '' } },
    { id: 2, parent: 1, callFrame: { functionName: 'scan', url: `${EXT}/content.js` } },
    { id: 3, parent: 2, callFrame: { functionName: 'helper', url: '' } },
    { id: 4, parent: 1, callFrame: { functionName: 'pageScript', url: PAGE } },
    { id: 5, parent: 1, callFrame: { functionName: '(garbage collector)', url: '' } },
  ];
  // Samples every 1 ms from 1000: four own (one is GC after own code) in task 1, two page in task 2.
  const samples = [2, 3, 5, 2, 4, 4, 4];
  return [
    {
      name: 'navigationStart',
      ph: 'R',
      pid: PID,
      tid: TID,
      ts: 500,
      args: { data: { documentLoaderURL: PAGE } },
    },
    task(1000, 10_000, 5_000),
    task(1000, 9_000, 4_000, 'ThreadControllerImpl::RunTask'),
    task(20_000, 5_000, 5_000, 'ThreadControllerImpl::RunTask'),
    {
      name: 'EvaluateScript',
      ph: 'X',
      pid: PID,
      tid: TID,
      ts: 1000,
      dur: 4000,
      tdur: 2000,
      args: { data: { url: `${EXT}/content.js` } },
    },
    {
      name: 'Profile',
      ph: 'P',
      pid: PID,
      tid: TID,
      id: '0x1',
      ts: 0,
      args: { data: { startTime: 0 } },
    },
    {
      name: 'ProfileChunk',
      ph: 'P',
      pid: PID,
      tid: PROFILER_TID,
      id: '0x1',
      ts: 0,
      args: {
        data: {
          cpuProfile: { nodes, samples },
          timeDeltas: [1000, 1000, 1000, 1000, 1000, 19_000, 1000],
        },
      },
    },
    {
      name: 'bench-batches-start',
      ph: 'R',
      pid: PID,
      tid: TID,
      ts: 2500,
    },
  ];
}

describe('summarizeTrace', () => {
  test('charges samples under the extension’s frames, and GC right after them, in CPU time', () => {
    const s = summarizeTrace(trace(), {
      pageUrl: PAGE,
      origin: EXT,
      phaseMark: 'bench-batches-start',
    });
    // Own samples at 1000, 2000, 3000 (GC after own) and 4000, 1 ms wall each, half CPU.
    expect(s.samples).toBe(4);
    expect(s.totalWallMs).toBe(4);
    expect(s.totalMs).toBe(2);
    expect(s.longestTaskMs).toBe(2);
    expect(s.phaseMs).toBe(1);
    expect(s.evalMs).toBe(2);
    expect(s.mainMs).toBe(10);
    expect(s.ownTasks).toBe(1);
  });

  test('charges nothing to the no-extension run but still counts main-thread time', () => {
    const s = summarizeTrace(trace(), { pageUrl: PAGE, origin: null });
    expect(s.totalMs).toBe(0);
    expect(s.mainMs).toBe(10);
    expect(s.ownTasks).toBe(0);
  });

  test('adds the threads of out-of-process frames that navigated after the page', () => {
    const frame = trace()
      .filter((e) => e.pid === PID)
      .map((e) => ({ ...e, pid: PID + 1, ...(e.tid === TID && { tid: TID + 1 }) }))
      .map((e) =>
        e.name === 'navigationStart'
          ? { ...e, ts: 600, args: { data: { documentLoaderURL: 'http://localhost:1/ad.html' } } }
          : e,
      );
    const s = summarizeTrace([...trace(), ...frame], { pageUrl: PAGE, origin: EXT });
    expect(s.threads).toBe(2);
    expect(s.totalMs).toBe(4);
    expect(s.longestTaskMs).toBe(2);
    expect(s.evalMs).toBe(4);
    expect(s.mainMs).toBe(20);
    expect(s.ownTasks).toBe(2);
  });

  test('fails loudly when the page never navigated in the trace', () => {
    expect(() => summarizeTrace([], { pageUrl: PAGE, origin: EXT })).toThrow(/navigationStart/);
  });
});

describe('stats', () => {
  test('median of odd and even counts, ignoring missing values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([Number.NaN])).toBeNull();
  });

  test('summarizeCase takes deltas against the no-extension run and ratios against the peers', () => {
    const v = (totalMs: number, heapMB: number, elements: number, mainMs: number) => ({
      totalMs,
      heapMB,
      elements,
      mainMs,
      longestTaskMs: totalMs,
      mentions: 3,
      phaseMs: 100,
    });
    const { contenders, ratios } = summarizeCase(
      {
        jaklens: [v(10, 2, 101, 60), v(12, 2, 101, 62)],
        markjs: [v(40, 1.5, 110, 90)],
        none: [v(0, 1, 100, 50)],
      },
      { batches: 50 },
    );
    expect(contenders.jaklens).toMatchObject({
      totalMs: 11,
      heapDeltaMB: 1,
      domNodesAdded: 1,
      mainDeltaMs: 11,
      batchMs: 2,
    });
    expect(ratios).toEqual({ 'jaklens/markjs': 0.275 });
  });

  test('targets report pass, miss and not measured', () => {
    const targets = evaluateTargets({
      cases: [
        { case: 'nomatch-1mb', contenders: { jaklens: { totalMs: 12 }, markjs: { totalMs: 300 } } },
      ],
      contentScriptBytes: 50_000,
    });
    const byName = Object.fromEntries(targets.map((t) => [t.target, t.met]));
    expect(byName['nomatch-1mb: total ≤ 10 ms']).toBe(false);
    expect(byName['nomatch-1mb: total ≤ 0.05× mark.js']).toBe(true);
    expect(byName['stage 1 in all (content.js + detector.js) ≤ 40 KB (40,000 B, the budget)']).toBe(
      false,
    );
    expect(byName['article-200k: total ≤ 30 ms']).toBeNull();
  });
});
