/**
 * The reader's own small store for the sidebar it shows beside a PDF: the shared pure reducer
 * (core/sidebar-state.ts) plus the hover card's dwell and hide delays, the same rule the in-page
 * sidebar follows (a card shows after a short dwell on a mention and stays while the pointer is
 * on it). The reader opens the sidebar by itself once the document has drugs, without taking
 * focus; after the user closes it, it stays closed.
 */
import {
  INITIAL_SIDEBAR_STATE,
  sidebarReducer,
  type HoverCardPoint,
  type SidebarAction,
  type SidebarState,
} from '@/core/sidebar-state';

/** Dwell on a mention this long before its card shows. */
export const READER_HOVER_DELAY_MS = 300;
/** Leaving the mention hides the card after this long, time enough to move onto the card. */
const HOVER_HIDE_MS = 200;

export interface ReaderSidebarStore {
  getState(): SidebarState;
  dispatch(action: SidebarAction): void;
  /** Every change of the mention under the pointer (null when it leaves one). */
  hover(card: HoverCardPoint | null): void;
  destroy(): void;
}

export function createReaderSidebarStore(
  onChange: (state: SidebarState) => void,
): ReaderSidebarStore {
  // The reader is a page for reading drug names: it opens the sidebar once there are some.
  let state = sidebarReducer(INITIAL_SIDEBAR_STATE, { type: 'auto-open', enabled: true });
  let destroyed = false;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  function dispatch(action: SidebarAction): void {
    if (destroyed) return;
    if (action.type === 'open' || (action.type === 'hover-card' && !action.card)) {
      clearTimeout(showTimer);
      clearTimeout(hideTimer);
    }
    const prev = state;
    state = sidebarReducer(prev, action);
    if (action.type === 'hold-card' && !action.holding) scheduleHide();
    if (state !== prev) onChange(state);
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
      showTimer = setTimeout(() => dispatch({ type: 'hover-card', card }), READER_HOVER_DELAY_MS);
    },
    destroy() {
      destroyed = true;
      clearTimeout(showTimer);
      clearTimeout(hideTimer);
    },
  };
}
