import { describe, expect, test } from 'vitest';
import { locateMention, MAX_FORMS, mergeReports, type PageReport } from '@/core/report';

const drug = (drugId: string, count: number, forms: string[] = [], context = '') => ({
  drugId,
  count,
  forms,
  context,
});
const reportOf = (drugs: ReturnType<typeof drug>[], capped = false): PageReport => ({
  drugs,
  totalMentions: drugs.reduce((n, d) => n + d.count, 0),
  capped,
});

describe('mergeReports', () => {
  test('lists drugs in the order first seen, the top frame first', () => {
    const top = reportOf([drug('upadacitinib', 1), drug('dupilumab', 2)]);
    const frame = reportOf([drug('abrocitinib', 1), drug('upadacitinib', 3)]);
    expect(mergeReports([top, frame]).drugs.map((d) => d.drugId)).toEqual([
      'upadacitinib',
      'dupilumab',
      'abrocitinib',
    ]);
  });

  test('sums the counts of a drug and the mentions over frames', () => {
    const merged = mergeReports([
      reportOf([drug('upadacitinib', 1)]),
      reportOf([drug('upadacitinib', 3)]),
      reportOf([drug('upadacitinib', 2), drug('dupilumab', 1)]),
    ]);
    expect(merged.drugs).toMatchObject([
      { drugId: 'upadacitinib', count: 6 },
      { drugId: 'dupilumab', count: 1 },
    ]);
    expect(merged.totalMentions).toBe(7);
  });

  test('is capped when any frame was', () => {
    expect(mergeReports([reportOf([]), reportOf([], true)]).capped).toBe(true);
    expect(mergeReports([reportOf([]), reportOf([])]).capped).toBe(false);
  });

  test('joins the names a drug was found under, each once, at most MAX_FORMS', () => {
    const many = Array.from({ length: MAX_FORMS }, (_, i) => `name${i}`);
    const merged = mergeReports([
      reportOf([drug('upadacitinib', 1, ['Rinvoq', 'ABT-494'])]),
      reportOf([drug('upadacitinib', 1, ['ABT-494', 'upadacitinib'])]),
      reportOf([drug('upadacitinib', 1, many)]),
    ]);
    const forms = merged.drugs[0]!.forms;
    expect(forms.slice(0, 3)).toEqual(['Rinvoq', 'ABT-494', 'upadacitinib']);
    expect(forms).toHaveLength(MAX_FORMS);
    expect(new Set(forms).size).toBe(forms.length);
  });

  test('keeps the context of the first frame that has one', () => {
    const merged = mergeReports([
      reportOf([drug('upadacitinib', 1, [], 'top: on Rinvoq'), drug('dupilumab', 1)]),
      reportOf([drug('upadacitinib', 1, [], 'frame: Rinvoq'), drug('dupilumab', 1, [], 'frame')]),
    ]);
    expect(merged.drugs.map((d) => d.context)).toEqual(['top: on Rinvoq', 'frame']);
  });

  test('leaves the reports it merged unchanged', () => {
    const top = reportOf([drug('upadacitinib', 1, ['Rinvoq'])]);
    const frame = reportOf([drug('upadacitinib', 2, ['upadacitinib'])]);
    const before = structuredClone([top, frame]);
    mergeReports([top, frame]);
    expect([top, frame]).toEqual(before);
  });

  test('an empty list of frames merges to an empty report', () => {
    expect(mergeReports([])).toEqual({ drugs: [], totalMentions: 0, capped: false });
  });
});

describe('locateMention', () => {
  const own = reportOf([drug('upadacitinib', 2)]);
  const frames = [
    { frameId: 4, report: reportOf([drug('dupilumab', 1)]) },
    { frameId: 7, report: reportOf([drug('upadacitinib', 3)]) },
  ];

  test.each([
    [0, { frameId: 0, index: 0 }],
    [1, { frameId: 0, index: 1 }],
    [2, { frameId: 7, index: 0 }],
    [4, { frameId: 7, index: 2 }],
  ])('mention %i of a drug is found in its frame, with that frame’s own index', (index, at) => {
    expect(locateMention(own, frames, 'upadacitinib', index)).toEqual(at);
  });

  test('skips frames without the drug, the top frame included', () => {
    expect(locateMention(own, frames, 'dupilumab', 0)).toEqual({ frameId: 4, index: 0 });
  });

  test('is null past the last mention and for a drug on no frame', () => {
    expect(locateMention(own, frames, 'upadacitinib', 5)).toBeNull();
    expect(locateMention(own, frames, 'abrocitinib', 0)).toBeNull();
  });
});
