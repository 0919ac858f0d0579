/**
 * The state of the in-page UI as one pure reducer: whether the sidebar is open and where focus
 * goes, the hover card, and the navigation inside the panel (tab, drug, query,
 * mention). Plain TypeScript with no DOM and no Preact, so the mount (sidebar/mount.tsx) owns it
 * and any view, Preact or not, can render from it; every rule below is a reducer test.
 *
 * Effects stay outside: the mount runs timers, moves page focus back and applies the push layout
 * after each transition, reading only this state.
 */

/** The panel's views: the three tabs, and "About this data", opened from the header. */
export type TabId = 'page' | 'compare' | 'search' | 'about';

/** Where to open the sidebar: at a drug's notes, or at search with a query filled in. */
export interface OpenTarget {
  drugId?: string;
  query?: string;
}

/** A hovered mention and the viewport point to show its card near. */
export interface HoverCardPoint {
  drugId: string;
  x: number;
  y: number;
  /** The mention is a misspelling of this form (the hit's `fuzzy`): "Did you mean Dupixent?". */
  didYouMean?: string;
}

/**
 * A request to move focus once. A new object means "move focus now"; views compare by identity,
 * so an unrelated update never moves focus again. `return` is for the mount: back to the page
 * element that had focus before opening, or to our launcher when there was none.
 */
export type FocusRequest =
  | { to: 'drug-title' }
  | { to: 'search-input' }
  | { to: 'selected-tab' }
  | { to: 'tab'; tab: TabId }
  | { to: 'note'; noteId: string }
  | { to: 'drug-row'; drugId: string }
  | { to: 'return'; target: object | null };

export interface SidebarState {
  open: boolean;
  /** Once opened the panel stays mounted (hidden when closed), so reopening shows the same view. */
  everOpened: boolean;
  /** Auto-open happens at most once per page, and never after the user closed the sidebar. */
  autoOpenDone: boolean;
  /** The user's "auto-open" setting. */
  autoOpen: boolean;
  /** Distinct drugs in the latest page report (auto-open waits for some). */
  drugCount: number;
  /** The page element that had focus when the sidebar opened (opaque here; the mount's element). */
  returnFocus: object | null;
  focus: FocusRequest | null;
  hoverCard: HoverCardPoint | null;
  /** The pointer is on the hover card, so leaving the mention does not hide it. */
  holding: boolean;
  tab: TabId;
  /** Drug shown in the "On this page" tab, or null for the list. */
  pageDrug: string | null;
  /** Drug opened from search, or null for the results. */
  searchDrug: string | null;
  query: string;
  /** Per drug, the index of the mention last scrolled to. */
  mention: Record<string, number>;
}

export type SidebarAction =
  /**
   * Opens (or navigates the open sidebar). `focus` is false for automatic opening, which must not
   * steal focus; `from` is the page element focused before, to return to on close.
   */
  | { type: 'open'; target?: OpenTarget; focus: boolean; from?: object | null }
  | { type: 'close' }
  | { type: 'report'; drugCount: number }
  | { type: 'auto-open'; enabled: boolean }
  | { type: 'hover-card'; card: HoverCardPoint | null }
  | { type: 'hold-card'; holding: boolean }
  | { type: 'tab'; tab: TabId; focus?: boolean }
  /** Shows a drug (or, with null, goes back to the list); `noteId` focuses one of its notes. */
  | { type: 'drug'; drugId: string | null; noteId?: string }
  | { type: 'query'; query: string }
  | { type: 'mention'; drugId: string; index: number };

export const INITIAL_SIDEBAR_STATE: SidebarState = {
  open: false,
  everOpened: false,
  autoOpenDone: false,
  autoOpen: false,
  drugCount: 0,
  returnFocus: null,
  focus: null,
  hoverCard: null,
  holding: false,
  tab: 'page',
  pageDrug: null,
  searchDrug: null,
  query: '',
  mention: {},
};

/** Where focus goes after an open request: the drug's title, the search box, or the current tab. */
function focusFor({ drugId, query }: OpenTarget): FocusRequest {
  if (drugId) return { to: 'drug-title' };
  if (query !== undefined) return { to: 'search-input' };
  return { to: 'selected-tab' };
}

/** The view an open request shows; the current view when it names no target. */
function navigate(state: SidebarState, { drugId, query }: OpenTarget): SidebarState {
  if (drugId) return { ...state, tab: 'page', pageDrug: drugId };
  if (query !== undefined) return { ...state, tab: 'search', query, searchDrug: null };
  return state;
}

function open(state: SidebarState, action: Extract<SidebarAction, { type: 'open' }>) {
  const target = action.target ?? {};
  return {
    ...navigate(state, target),
    open: true,
    everOpened: true,
    // Opening an open sidebar only navigates: focus still returns to where it was at first.
    returnFocus: state.open ? state.returnFocus : (action.from ?? null),
    focus: action.focus ? focusFor(target) : state.focus,
    hoverCard: null,
    holding: false,
  };
}

/** "Auto-open once": on the first report with drugs, if the setting is on, without focus. */
function autoOpen(state: SidebarState): SidebarState {
  if (!state.autoOpen || state.autoOpenDone || state.open || state.drugCount === 0) return state;
  return { ...open(state, { type: 'open', focus: false }), autoOpenDone: true };
}

export function sidebarReducer(state: SidebarState, action: SidebarAction): SidebarState {
  switch (action.type) {
    case 'open':
      return open(state, action);
    case 'close':
      if (!state.open) return state;
      return {
        ...state,
        open: false,
        autoOpenDone: true,
        returnFocus: null,
        focus: { to: 'return', target: state.returnFocus },
      };
    case 'report':
      if (action.drugCount === state.drugCount) return autoOpen(state);
      return autoOpen({ ...state, drugCount: action.drugCount });
    case 'auto-open':
      if (action.enabled === state.autoOpen) return autoOpen(state);
      return autoOpen({ ...state, autoOpen: action.enabled });
    case 'hover-card':
      if (action.card === null && state.hoverCard === null) return state;
      return { ...state, hoverCard: action.card, holding: action.card ? state.holding : false };
    case 'hold-card':
      return action.holding === state.holding ? state : { ...state, holding: action.holding };
    case 'tab':
      return {
        ...state,
        tab: action.tab,
        focus: action.focus ? { to: 'tab', tab: action.tab } : state.focus,
      };
    case 'drug': {
      const from = shownDrug(state);
      const key = state.tab === 'search' ? 'searchDrug' : 'pageDrug';
      const tab = state.tab === 'compare' ? 'page' : state.tab;
      let focus: FocusRequest | null = state.focus;
      if (action.noteId) focus = { to: 'note', noteId: action.noteId };
      else if (action.drugId) focus = { to: 'drug-title' };
      else if (from) focus = { to: 'drug-row', drugId: from };
      return { ...state, tab, [key]: action.drugId, focus };
    }
    case 'query':
      return { ...state, query: action.query };
    case 'mention':
      return { ...state, mention: { ...state.mention, [action.drugId]: action.index } };
  }
}

/** The drug currently on screen, if a drug view is showing. */
export function shownDrug(state: Pick<SidebarState, 'tab' | 'pageDrug' | 'searchDrug'>) {
  if (state.tab === 'page') return state.pageDrug;
  if (state.tab === 'search') return state.searchDrug;
  return null;
}

/** Next or previous mention index, wrapping; -1 means "none visited yet". */
export function stepMention(current: number, count: number, dir: 1 | -1): number {
  if (count <= 0) return -1;
  if (current < 0) return dir === 1 ? 0 : count - 1;
  return (current + dir + count) % count;
}
