/** Shapes shared by the sidebar components and the host module that mounts them. */

export interface SidebarUiState {
  side: 'left' | 'right';
  layout: 'overlay' | 'push';
  theme: 'auto' | 'light' | 'dark';
  width: number;
  autoOpen: boolean;
}

export const MIN_WIDTH = 280;
export const MAX_WIDTH = 720;

export const DEFAULT_UI: SidebarUiState = {
  side: 'right',
  layout: 'overlay',
  theme: 'auto',
  width: 360,
  autoOpen: false,
};

/** Where to open the sidebar: at a drug's notes, or at search with a query filled in. */
export interface OpenTarget {
  drugId?: string;
  query?: string;
}

/**
 * A request to navigate the sidebar. `seq` changes with every request so opening the same drug
 * twice still navigates; `focus` is false for automatic opening, which must not steal focus.
 */
export interface OpenRequest {
  target: OpenTarget;
  focus: boolean;
  seq: number;
}

/** A hovered mention and the viewport point to show its card near. */
export interface HoverCardPoint {
  drugId: string;
  x: number;
  y: number;
}

export type TabId = 'page' | 'compare' | 'search';

export function clampWidth(px: number): number {
  return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, px)));
}
