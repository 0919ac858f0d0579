/**
 * Navigation state of the sidebar as a reducer, so every way of moving around (tabs, list rows,
 * search hits, open requests from the page) goes through one tested function.
 */
import type { OpenTarget, TabId } from './types';

export interface ViewState {
  tab: TabId;
  /** Drug shown in the "On this page" tab, or null for the list. */
  pageDrug: string | null;
  /** Drug opened from search, or null for the results. */
  searchDrug: string | null;
  query: string;
  /** Per drug, the index of the mention last scrolled to. */
  mention: Record<string, number>;
}

export type ViewAction =
  | { type: 'tab'; tab: TabId }
  | { type: 'open'; target: OpenTarget }
  | { type: 'drug'; drugId: string | null }
  | { type: 'query'; query: string }
  | { type: 'mention'; drugId: string; index: number };

export const INITIAL_VIEW: ViewState = {
  tab: 'page',
  pageDrug: null,
  searchDrug: null,
  query: '',
  mention: {},
};

export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'tab':
      return { ...state, tab: action.tab };
    case 'open': {
      const { drugId, query } = action.target;
      if (drugId) return { ...state, tab: 'page', pageDrug: drugId };
      if (query !== undefined) return { ...state, tab: 'search', query, searchDrug: null };
      return state;
    }
    case 'drug': {
      const key = state.tab === 'search' ? 'searchDrug' : 'pageDrug';
      const tab = state.tab === 'compare' ? 'page' : state.tab;
      return { ...state, tab, [key]: action.drugId };
    }
    case 'query':
      return { ...state, query: action.query };
    case 'mention':
      return { ...state, mention: { ...state.mention, [action.drugId]: action.index } };
  }
}

/** The drug currently on screen, if a drug view is showing. */
export function shownDrug(state: ViewState): string | null {
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
