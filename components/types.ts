/**
 * Shapes shared by the sidebar components and the host module that mounts them. The sidebar's
 * settings are `SidebarUi` in core/settings.ts, with their bounds.
 */

export type { HoverCardPoint } from '@/core/sidebar-state';
