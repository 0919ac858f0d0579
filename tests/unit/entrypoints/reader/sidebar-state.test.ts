import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { HOVER_DELAY_MS } from '@/core/setting-enums';
import { createReaderSidebarStore } from '@/entrypoints/reader/sidebar-state';

const READER_HOVER_DELAY_MS = HOVER_DELAY_MS.short;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("the reader's sidebar store", () => {
  test('opens by itself, without focus, once the document has drugs', () => {
    const store = createReaderSidebarStore(() => {});
    expect(store.getState().open).toBe(false);
    store.dispatch({ type: 'report', drugCount: 2 });
    expect(store.getState()).toMatchObject({ open: true, focus: null });
  });

  test('stays closed after the user closed it', () => {
    const store = createReaderSidebarStore(() => {});
    store.dispatch({ type: 'report', drugCount: 2 });
    store.dispatch({ type: 'close' });
    store.dispatch({ type: 'report', drugCount: 3 });
    expect(store.getState().open).toBe(false);
  });

  test('shows a hover card after the dwell, not for a pointer passing over', () => {
    const changes = vi.fn();
    const store = createReaderSidebarStore(changes);
    store.hover({ drugId: 'upadacitinib', x: 10, y: 20 });
    store.hover(null);
    vi.advanceTimersByTime(READER_HOVER_DELAY_MS * 2);
    expect(store.getState().hoverCard).toBeNull();
    store.hover({ drugId: 'upadacitinib', x: 10, y: 20 });
    vi.advanceTimersByTime(READER_HOVER_DELAY_MS);
    expect(store.getState().hoverCard).toEqual({ drugId: 'upadacitinib', x: 10, y: 20 });
    expect(changes).toHaveBeenCalled();
  });

  test('keeps the card while the pointer is on it, hides it after leaving', () => {
    const store = createReaderSidebarStore(() => {});
    store.hover({ drugId: 'dupilumab', x: 0, y: 0 });
    vi.advanceTimersByTime(READER_HOVER_DELAY_MS);
    store.dispatch({ type: 'hold-card', holding: true });
    store.hover(null);
    vi.advanceTimersByTime(1000);
    expect(store.getState().hoverCard?.drugId).toBe('dupilumab');
    store.dispatch({ type: 'hold-card', holding: false });
    vi.advanceTimersByTime(1000);
    expect(store.getState().hoverCard).toBeNull();
  });

  test('does nothing after destroy', () => {
    const store = createReaderSidebarStore(() => {});
    store.hover({ drugId: 'dupilumab', x: 0, y: 0 });
    store.destroy();
    vi.advanceTimersByTime(1000);
    store.dispatch({ type: 'open', focus: true });
    expect(store.getState()).toMatchObject({ hoverCard: null, open: false });
  });
});
