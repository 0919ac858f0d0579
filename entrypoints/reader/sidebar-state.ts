/**
 * The store of the sidebar the reader shows beside a PDF: the in-page sidebar's own store
 * (sidebar/store.ts: the shared reducer plus the hover card's dwell and hide delays), opened by
 * itself once the document has drugs, without taking focus; after the user closes it, it stays
 * closed.
 */
import type { SidebarState } from '@/core/sidebar-state';
import { createSidebarStore, type SidebarStore } from '@/sidebar/store';

export function createReaderSidebarStore(onChange: (state: SidebarState) => void): SidebarStore {
  // Set up before the caller hears of changes: the reader renders from getState() at first.
  let listener: (state: SidebarState) => void = () => undefined;
  const store = createSidebarStore((_prev, next) => listener(next));
  // The reader is a page for reading drug names: it opens the sidebar once there are some.
  store.dispatch({ type: 'auto-open', enabled: true });
  listener = onChange;
  return store;
}
