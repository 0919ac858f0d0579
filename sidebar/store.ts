/**
 * The store of the in-page UI: the pure reducer of `core/sidebar-state.ts` plus the one piece of
 * behaviour defined in time, the hover card's dwell and hide delays. The mount owns one store per
 * host and renders from `getState()` after every change.
 */
import {
  INITIAL_SIDEBAR_STATE,
  sidebarReducer,
  type HoverCardPoint,
  type SidebarAction,
  type SidebarState,
} from '@/core/sidebar-state';
import { HOVER_DELAY_MS } from '@/core/setting-enums';

/** Leaving the mention hides the card after this long, time enough to move onto the card. */
const HOVER_HIDE_MS = 200;

export interface SidebarStore {
  getState(): SidebarState;
  dispatch(action: SidebarAction): void;
  /**
   * Call on every hover/focus change of a mention (null when it ends): the card shows after the
   * dwell (a pointer passing over shows nothing) and stays while the pointer is on it.
   */
  hover(card: HoverCardPoint | null): void;
  /** The dwell before a card shows, from the "hover delay" setting (core/setting-enums.ts). */
  setHoverDelay(ms: number): void;
  /** Stops the timers; later calls do nothing. */
  destroy(): void;
}

/** `onChange` runs after every action that changed the state, before the next one is taken. */
export function createSidebarStore(
  onChange: (prev: SidebarState, next: SidebarState) => void,
): SidebarStore {
  let state = INITIAL_SIDEBAR_STATE;
  let destroyed = false;
  let hoverDelay = HOVER_DELAY_MS.short;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const clearTimers = () => {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
  };

  function dispatch(action: SidebarAction): void {
    if (destroyed) return;
    // Opening, or closing the card outright, cancels a card that was about to show or hide.
    if (action.type === 'open' || (action.type === 'hover-card' && !action.card)) clearTimers();
    const prev = state;
    state = sidebarReducer(prev, action);
    if (action.type === 'hold-card' && !action.holding) scheduleHide();
    if (state !== prev) onChange(prev, state);
  }

  function scheduleHide(): void {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      if (!state.holding) dispatch({ type: 'hover-card', card: null });
    }, HOVER_HIDE_MS);
  }

  return {
    getState: () => state,
    dispatch,
    hover(card) {
      if (destroyed) return;
      if (!card) {
        clearTimeout(showTimer);
        if (state.hoverCard) scheduleHide();
        return;
      }
      clearTimeout(hideTimer);
      if (state.hoverCard?.drugId === card.drugId) return;
      clearTimeout(showTimer);
      showTimer = setTimeout(() => dispatch({ type: 'hover-card', card }), hoverDelay);
    },
    setHoverDelay(ms) {
      hoverDelay = ms;
    },
    destroy() {
      destroyed = true;
      clearTimers();
    },
  };
}
