import { describe, expect, test } from 'vitest';
import { INITIAL_VIEW, shownDrug, stepMention, viewReducer } from '@/components/view-state';

describe('viewReducer', () => {
  test('opening at a drug shows it in the On this page tab', () => {
    const s = viewReducer(
      { ...INITIAL_VIEW, tab: 'compare' },
      { type: 'open', target: { drugId: 'x' } },
    );
    expect(s.tab).toBe('page');
    expect(shownDrug(s)).toBe('x');
  });

  test('opening with a query shows search results, not a drug', () => {
    const s = viewReducer(
      { ...INITIAL_VIEW, tab: 'search', searchDrug: 'x' },
      { type: 'open', target: { query: 'q' } },
    );
    expect(s).toMatchObject({ tab: 'search', query: 'q', searchDrug: null });
  });

  test('opening without a target keeps the current view', () => {
    const state = { ...INITIAL_VIEW, tab: 'compare' as const };
    expect(viewReducer(state, { type: 'open', target: {} })).toBe(state);
  });

  test('each tab remembers its own drug', () => {
    let s = viewReducer(INITIAL_VIEW, { type: 'drug', drugId: 'a' });
    s = viewReducer(s, { type: 'tab', tab: 'search' });
    expect(shownDrug(s)).toBeNull();
    s = viewReducer(s, { type: 'drug', drugId: 'b' });
    s = viewReducer(s, { type: 'tab', tab: 'page' });
    expect(shownDrug(s)).toBe('a');
    s = viewReducer(s, { type: 'tab', tab: 'compare' });
    expect(shownDrug(s)).toBeNull();
  });

  test('choosing a drug from Compare switches to On this page', () => {
    const s = viewReducer({ ...INITIAL_VIEW, tab: 'compare' }, { type: 'drug', drugId: 'a' });
    expect(s).toMatchObject({ tab: 'page', pageDrug: 'a' });
  });

  test('remembers the mention index per drug', () => {
    const s = viewReducer(INITIAL_VIEW, { type: 'mention', drugId: 'a', index: 2 });
    expect(s.mention).toEqual({ a: 2 });
  });
});

describe('stepMention', () => {
  test.each([
    [-1, 3, 1, 0],
    [-1, 3, -1, 2],
    [0, 3, 1, 1],
    [2, 3, 1, 0],
    [0, 3, -1, 2],
    [0, 0, 1, -1],
  ] as const)('from %i of %i stepping %i goes to %i', (current, count, dir, expected) => {
    expect(stepMention(current, count, dir)).toBe(expected);
  });
});
