import { describe, expect, test } from 'vitest';
import { MAX_FRAMES } from '@/core/detector-protocol';
import type { PageReport } from '@/core/report';
import {
  readTabFrames,
  reportsInOrder,
  withReport,
  type TabFrames,
} from '@/entrypoints/background/tab-frames';

const reportOf = (...drugIds: string[]): PageReport => ({
  drugs: drugIds.map((drugId) => ({ drugId, count: 1, forms: [], context: '' })),
  totalMentions: drugIds.length,
  capped: false,
});
const EMPTY = reportOf();
const fresh = readTabFrames(undefined);

/** Applies reports in turn: [frameId, report, timeOrigin]. */
const apply = (state: TabFrames, ...reports: [number, PageReport, number][]) =>
  reports.reduce((s, [frameId, report, origin]) => withReport(s, frameId, report, origin), state);
const ids = (state: TabFrames) => reportsInOrder(state).map((f) => f.frameId);

describe('readTabFrames', () => {
  test.each([
    ['nothing stored', undefined],
    ['a string', 'frames'],
    ['null', null],
    ['no top origin', { frames: {} }],
    ['frames that are not an object', { topOrigin: 1, frames: 'x' }],
  ])('reads %s as a fresh tab', (_, stored) => {
    expect(readTabFrames(stored)).toEqual({ topOrigin: 0, frames: {} });
  });

  test('keeps the well-formed frames of a stored state and drops the rest', () => {
    const stored = {
      topOrigin: 5,
      frames: {
        '0': { report: reportOf('upadacitinib'), timeOrigin: 5 },
        '3': { report: reportOf('dupilumab'), timeOrigin: 6 },
        x: { report: reportOf('dupilumab'), timeOrigin: 6 },
        '4': { report: { drugs: 'all' }, timeOrigin: 6 },
        '5': { report: reportOf('dupilumab') },
      },
    };
    expect(Object.keys(readTabFrames(stored).frames).sort()).toEqual(['0', '3']);
  });

  test('round-trips what withReport made (through JSON, as storage.session keeps it)', () => {
    const state = apply(fresh, [0, reportOf('upadacitinib'), 10], [2, reportOf('dupilumab'), 11]);
    expect(readTabFrames(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });
});

describe('withReport', () => {
  test('keeps each frame’s latest report', () => {
    const state = apply(
      fresh,
      [0, reportOf('upadacitinib'), 10],
      [2, reportOf('dupilumab'), 11],
      [2, reportOf('abrocitinib'), 11],
    );
    expect(reportsInOrder(state)).toEqual([
      { frameId: 0, report: reportOf('upadacitinib') },
      { frameId: 2, report: reportOf('abrocitinib') },
    ]);
  });

  test('an empty report removes the frame', () => {
    const state = apply(fresh, [0, reportOf('upadacitinib'), 10], [2, reportOf('dupilumab'), 11]);
    expect(ids(withReport(state, 2, EMPTY, 11))).toEqual([0]);
  });

  test('the top frame of a newer document drops the frames of the page before', () => {
    const before = apply(fresh, [0, reportOf('upadacitinib'), 10], [2, reportOf('dupilumab'), 11]);
    const after = withReport(before, 0, reportOf('abrocitinib'), 20);
    expect(reportsInOrder(after)).toEqual([{ frameId: 0, report: reportOf('abrocitinib') }]);
    expect(after.topOrigin).toBe(20);
  });

  test('a frame of the new page that reported before its top document is kept', () => {
    // Frames may finish first; no frame of a page starts before its top document.
    const state = apply(fresh, [0, reportOf('upadacitinib'), 10], [3, reportOf('dupilumab'), 21]);
    expect(ids(withReport(state, 0, reportOf('abrocitinib'), 20))).toEqual([0, 3]);
  });

  test('a late report from the previous page is ignored', () => {
    const state = apply(fresh, [0, reportOf('upadacitinib'), 20]);
    expect(withReport(state, 2, reportOf('dupilumab'), 11)).toBe(state);
    expect(withReport(state, 0, reportOf('dupilumab'), 11)).toBe(state);
  });

  test(`keeps at most ${MAX_FRAMES} frames with mentions, and still updates those it has`, () => {
    let state = fresh;
    for (let id = 1; id <= MAX_FRAMES + 5; id += 1) {
      state = withReport(state, id, reportOf('upadacitinib'), 1);
    }
    expect(ids(state)).toHaveLength(MAX_FRAMES);
    expect(ids(state)).not.toContain(MAX_FRAMES + 1);
    state = withReport(state, 1, reportOf('dupilumab'), 1);
    expect(reportsInOrder(state)[0]).toEqual({ frameId: 1, report: reportOf('dupilumab') });
  });
});

describe('reportsInOrder', () => {
  test('lists the top frame first, then frames by id (numerically)', () => {
    const state = apply(
      fresh,
      [10, reportOf('a'), 1],
      [2, reportOf('b'), 1],
      [0, reportOf('c'), 1],
    );
    expect(ids(state)).toEqual([0, 2, 10]);
  });
});
