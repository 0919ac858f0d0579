/**
 * Prop factories with defaults for the component tests, plus the shared axe check.
 */
import axe from 'axe-core';
import { cleanup } from '@testing-library/preact';
import { afterEach, vi } from 'vitest';
import type { AppProps } from '@/components/App';
import type { SidebarProps } from '@/components/Sidebar';
import { DEFAULT_UI } from '@/components/types';
import { INITIAL_SIDEBAR_STATE } from '@/core/sidebar-state';
import { scenarios } from './fixtures';

export * from './fixtures';

// Vitest globals are off, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

export function createSidebarProps(overrides: Partial<SidebarProps> = {}): SidebarProps {
  return {
    ...scenarios.oneDrug(),
    ui: { ...DEFAULT_UI },
    state: { ...INITIAL_SIDEBAR_STATE, open: true, everOpened: true },
    dispatch: vi.fn(),
    onResize: vi.fn(),
    onScrollToMention: vi.fn(),
    onOpenSettings: vi.fn(),
    onCopy: vi.fn(),
    announce: vi.fn(),
    ...overrides,
  };
}

export function createAppProps(overrides: Partial<AppProps> = {}): AppProps {
  return {
    ...scenarios.oneDrug(),
    ui: { ...DEFAULT_UI },
    state: INITIAL_SIDEBAR_STATE,
    dispatch: vi.fn(),
    onResize: vi.fn(),
    onScrollToMention: vi.fn(),
    onOpenSettings: vi.fn(),
    onCopy: vi.fn(),
    ...overrides,
  };
}

/** axe-core violations (ids and targets) in `root`; colour contrast is tested from theme.ts. */
export async function axeViolations(root: Element | ShadowRoot): Promise<string[]> {
  const context = root instanceof Element ? root : (root.host as Element);
  const result = await axe.run(context, {
    rules: { 'color-contrast': { enabled: false } },
    resultTypes: ['violations'],
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
