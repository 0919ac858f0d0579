import { describe, expect, test } from 'vitest';
import {
  INITIAL_SIDEBAR_STATE as INITIAL,
  shownDrug,
  sidebarReducer,
  stepMention,
  type SidebarAction,
  type SidebarState,
} from '@/core/sidebar-state';

const run = (state: SidebarState, ...actions: SidebarAction[]) =>
  actions.reduce(sidebarReducer, state);
const autoOpenOn: SidebarAction = { type: 'auto-open', enabled: true };
const found = (drugCount: number): SidebarAction => ({ type: 'report', drugCount });

describe('auto-open', () => {
  test('opens on the first report with drugs when the setting is on', () => {
    expect(run(INITIAL, autoOpenOn, found(0)).open).toBe(false);
    expect(run(INITIAL, autoOpenOn, found(0), found(2)).open).toBe(true);
    expect(run(INITIAL, found(2), autoOpenOn).open).toBe(true);
    expect(run(INITIAL, found(2)).open).toBe(false);
  });

  test('opens only once: after the user closes it, later reports leave it closed', () => {
    const closed = run(INITIAL, autoOpenOn, found(1), { type: 'close' });
    expect(closed.open).toBe(false);
    expect(
      run(closed, found(2), found(3), { type: 'auto-open', enabled: false }, autoOpenOn).open,
    ).toBe(false);
  });

  test('does not open after the user already opened and closed the sidebar', () => {
    const s = run(INITIAL, { type: 'open', focus: true }, { type: 'close' }, autoOpenOn, found(1));
    expect(s.open).toBe(false);
  });

  test('does not steal focus: no focus request, nothing to return to', () => {
    const s = run(INITIAL, autoOpenOn, found(1));
    expect(s.focus).toBeNull();
    expect(s.returnFocus).toBeNull();
  });
});

describe('focus', () => {
  const button = { name: 'the page button' };

  test('an open from the user moves focus into the sidebar, to the element its target names', () => {
    expect(run(INITIAL, { type: 'open', focus: true }).focus).toEqual({ to: 'selected-tab' });
    expect(run(INITIAL, { type: 'open', target: { drugId: 'x' }, focus: true }).focus).toEqual({
      to: 'drug-title',
    });
    expect(run(INITIAL, { type: 'open', target: { query: 'q' }, focus: true }).focus).toEqual({
      to: 'search-input',
    });
  });

  test('every focus request is a new object, so opening the same drug twice focuses twice', () => {
    const open: SidebarAction = { type: 'open', target: { drugId: 'x' }, focus: true };
    const once = run(INITIAL, open);
    expect(run(once, open).focus).not.toBe(once.focus);
  });

  test('returns to where it was before opening, even after navigating the open sidebar', () => {
    const s = run(
      INITIAL,
      { type: 'open', focus: true, from: button },
      { type: 'open', target: { drugId: 'x' }, focus: true, from: { name: 'inside' } },
      { type: 'close' },
    );
    expect(s.focus).toEqual({ to: 'return', target: button });
    expect(s.returnFocus).toBeNull();
  });

  test('returns to the launcher (no page element) when opened from our own UI', () => {
    const s = run(INITIAL, { type: 'open', focus: true }, { type: 'close' });
    expect(s.focus).toEqual({ to: 'return', target: null });
  });

  test('closing a closed sidebar changes nothing', () => {
    expect(sidebarReducer(INITIAL, { type: 'close' })).toBe(INITIAL);
  });

  test('back from a drug focuses its row in the list; a note hit focuses that note', () => {
    const atDrug = run(INITIAL, { type: 'drug', drugId: 'a' });
    expect(atDrug.focus).toEqual({ to: 'drug-title' });
    expect(run(atDrug, { type: 'drug', drugId: null }).focus).toEqual({
      to: 'drug-row',
      drugId: 'a',
    });
    expect(run(INITIAL, { type: 'drug', drugId: 'a', noteId: 'n1' }).focus).toEqual({
      to: 'note',
      noteId: 'n1',
    });
  });

  test('a tab chosen by keyboard takes focus, one chosen by click leaves it', () => {
    expect(run(INITIAL, { type: 'tab', tab: 'search', focus: true }).focus).toEqual({
      to: 'tab',
      tab: 'search',
    });
    expect(run(INITIAL, { type: 'tab', tab: 'search' }).focus).toBeNull();
  });
});

// The launcher and its dismissal are stage 1's (sidebar/launcher.ts, tests/unit/sidebar/launcher.test.ts).
describe('hover card', () => {
  const card = { drugId: 'a', x: 1, y: 2 };

  test('opening the sidebar hides the hover card and lets go of it', () => {
    const s = run(INITIAL, { type: 'hover-card', card }, { type: 'hold-card', holding: true });
    expect(s.hoverCard).toEqual(card);
    expect(run(s, { type: 'open', focus: true })).toMatchObject({
      hoverCard: null,
      holding: false,
    });
  });

  test('hiding the card ends the hold', () => {
    const s = run(INITIAL, { type: 'hover-card', card }, { type: 'hold-card', holding: true });
    expect(run(s, { type: 'hover-card', card: null })).toMatchObject({
      hoverCard: null,
      holding: false,
    });
  });

  test('the panel stays mounted once opened', () => {
    expect(run(INITIAL, { type: 'open', focus: false }, { type: 'close' }).everOpened).toBe(true);
  });
});

describe('navigation', () => {
  test('opening at a drug shows it in the On this page tab', () => {
    const s = run(
      { ...INITIAL, tab: 'compare' },
      { type: 'open', target: { drugId: 'x' }, focus: false },
    );
    expect(s.tab).toBe('page');
    expect(shownDrug(s)).toBe('x');
  });

  test('opening with a query shows search results, not a drug', () => {
    const s = run(
      { ...INITIAL, tab: 'search', searchDrug: 'x' },
      { type: 'open', target: { query: 'q' }, focus: false },
    );
    expect(s).toMatchObject({ tab: 'search', query: 'q', searchDrug: null });
  });

  test('opening without a target keeps the current view', () => {
    const s = run({ ...INITIAL, tab: 'compare', pageDrug: 'a' }, { type: 'open', focus: false });
    expect(s).toMatchObject({ open: true, tab: 'compare', pageDrug: 'a' });
  });

  test('each tab remembers its own drug', () => {
    let s = run(INITIAL, { type: 'drug', drugId: 'a' }, { type: 'tab', tab: 'search' });
    expect(shownDrug(s)).toBeNull();
    s = run(s, { type: 'drug', drugId: 'b' }, { type: 'tab', tab: 'page' });
    expect(shownDrug(s)).toBe('a');
    s = run(s, { type: 'tab', tab: 'compare' });
    expect(shownDrug(s)).toBeNull();
  });

  test('choosing a drug from Compare switches to On this page', () => {
    const s = run({ ...INITIAL, tab: 'compare' }, { type: 'drug', drugId: 'a' });
    expect(s).toMatchObject({ tab: 'page', pageDrug: 'a' });
  });

  test('remembers the mention index per drug', () => {
    const s = run(INITIAL, { type: 'mention', drugId: 'a', index: 2 });
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
