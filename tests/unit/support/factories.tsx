/**
 * Prop factories with defaults for the component tests; the axe check (support/axe.ts) is
 * re-exported so component tests import one module.
 */
import { cleanup } from '@testing-library/preact';
import { afterEach, vi } from 'vitest';
import type { AppProps } from '@/components/App';
import type { SidebarProps } from '@/components/Sidebar';
import { DEFAULT_SETTINGS, sidebarUi } from '@/core/settings';
import { INITIAL_SIDEBAR_STATE } from '@/core/sidebar-state';
import { scenarios } from './fixtures';

export * from './fixtures';
export { axeViolations } from './axe';

// Vitest globals are off, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

export function createSidebarProps(overrides: Partial<SidebarProps> = {}): SidebarProps {
  return {
    ...scenarios.oneDrug(),
    ui: sidebarUi(DEFAULT_SETTINGS),
    state: { ...INITIAL_SIDEBAR_STATE, open: true, everOpened: true },
    dispatch: vi.fn(),
    onResize: vi.fn(),
    onScrollToMention: vi.fn(),
    onOpenSettings: vi.fn(),
    onCopy: vi.fn(() => Promise.resolve(true)),
    announce: vi.fn(),
    ...overrides,
  };
}

export function createAppProps(overrides: Partial<AppProps> = {}): AppProps {
  return {
    ...scenarios.oneDrug(),
    ui: sidebarUi(DEFAULT_SETTINGS),
    state: INITIAL_SIDEBAR_STATE,
    dispatch: vi.fn(),
    onResize: vi.fn(),
    onScrollToMention: vi.fn(),
    onOpenSettings: vi.fn(),
    onCopy: vi.fn(() => Promise.resolve(true)),
    ...overrides,
  };
}
