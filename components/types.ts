/** Shapes shared by the sidebar components and the host module that mounts them. */

export type { HoverCardPoint, OpenTarget, TabId } from '@/core/sidebar-state';

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

export function clampWidth(px: number): number {
  return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, px)));
}
