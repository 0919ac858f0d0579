import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { HOVER_DELAY_MS, HOVER_DELAYS } from '@/core/setting-enums';
import { createSidebarStore } from '@/sidebar/store';

const card = { drugId: 'upadacitinib', x: 10, y: 20 };

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the hover card dwell', () => {
  test('is the short delay until a setting says otherwise', () => {
    const store = createSidebarStore(() => undefined);
    store.hover(card);
    vi.advanceTimersByTime(HOVER_DELAY_MS.short - 1);
    expect(store.getState().hoverCard).toBeNull();
    vi.advanceTimersByTime(1);
    expect(store.getState().hoverCard).toEqual(card);
  });

  test.each(HOVER_DELAYS)('follows the "%s" choice', (choice) => {
    const store = createSidebarStore(() => undefined);
    store.setHoverDelay(HOVER_DELAY_MS[choice]);
    store.hover(card);
    vi.advanceTimersByTime(HOVER_DELAY_MS[choice] - 1);
    expect(store.getState().hoverCard).toBeNull();
    vi.advanceTimersByTime(1);
    expect(store.getState().hoverCard).toEqual(card);
  });

  test('the long delay lets a pointer pass over a name without a card', () => {
    const store = createSidebarStore(() => undefined);
    store.setHoverDelay(HOVER_DELAY_MS.long);
    store.hover(card);
    vi.advanceTimersByTime(HOVER_DELAY_MS.short);
    store.hover(null);
    vi.advanceTimersByTime(HOVER_DELAY_MS.long * 2);
    expect(store.getState().hoverCard).toBeNull();
  });

  test('the choices are ordered from shorter to longer', () => {
    const ms = HOVER_DELAYS.map((choice) => HOVER_DELAY_MS[choice]);
    expect(ms).toEqual([...ms].sort((a, b) => a - b));
  });
});
