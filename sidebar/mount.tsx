/**
 * Mounts the in-page UI (docs/design.md, "Layers"): renders `<App>` into the closed shadow root of our one
 * host element (host-element.ts), owns the UI store (store.ts) and runs its effects after each
 * change: the push layout (push-layout.ts), the Escape listener while a hover card shows, and
 * focus back to the page on close. The wiring drives it through the returned
 * {@link SidebarHost}; this module never touches `browser.*`.
 */
import { render } from 'preact';
import { App } from '@/components/App';
import { BUILD_DATE } from '@/core/build-info';
import css from '@/components/styles/sidebar.css?inline';
import { themeCss } from '@/components/theme';
import type { Dataset } from '@/data/schema';
import { EMPTY_REPORT, type PageReport } from '@/core/report';
import { DEFAULT_SETTINGS, sidebarUi, type SidebarUi } from '@/core/settings';
import type { HoverCardPoint, OpenTarget, SidebarAction, SidebarState } from '@/core/sidebar-state';
import { createHostElement } from './host-element';
import { createPushLayout } from './push-layout';
import { createSidebarStore } from './store';

export interface SidebarHostOptions {
  document: Document;
  dataset: Dataset;
  onScrollToMention: (drugId: string, index: number) => void;
  onWidthChange: (px: number) => void;
  onOpenSettings: () => void;
  onCopy: (text: string) => void;
  /**
   * Called once with the new shadow root and host, before anything renders: the wiring installs
   * its clickjacking guard there (guards/click-guard.ts). Unit tests leave it out to fire plain
   * events.
   */
  protect?: (shadow: ShadowRoot, element: HTMLElement) => void;
}

export interface SidebarHost {
  /** The one host element (so the scanner can skip it). */
  readonly element: HTMLElement;
  update(report: PageReport): void;
  /** The sidebar settings, already read by `parseSettings` (so within their bounds). */
  setUi(state: Partial<SidebarUi>): void;
  /** Opens at a drug, or at search with the query filled in; moves focus into the sidebar. */
  open(target?: OpenTarget): void;
  /** Closes and, if focus was in the sidebar, returns it to where it was before opening. */
  close(): void;
  isOpen(): boolean;
  /**
   * Call on every hover/focus change of a mention (null when it ends): the card shows after a
   * short dwell and stays while the pointer is on it (store.ts).
   */
  showHoverCard(card: HoverCardPoint | null): void;
  /** Puts the host back after the page removed it; true if it was re-appended. */
  reattach(): boolean;
  /** Unmounts Preact, removes the host and the push stylesheet. Idempotent. */
  destroy(): void;
}

export function mountSidebarHost(options: SidebarHostOptions): SidebarHost {
  const doc = options.document;
  const { element, shadow } = createHostElement(doc);
  options.protect?.(shadow, element);
  const style = doc.createElement('style');
  style.textContent = themeCss() + css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  doc.documentElement.append(element);

  let report: PageReport = EMPTY_REPORT;
  let ui: SidebarUi = sidebarUi(DEFAULT_SETTINGS);
  let destroyed = false;
  const push = createPushLayout(doc);
  const store = createSidebarStore(onChange);

  const layout = () =>
    push.apply(
      !destroyed && store.getState().open && ui.layout === 'push',
      ui.side,
      ui.sidebarWidth,
    );

  /** The page element that has focus, if any: where focus goes back to on close. */
  const pageFocus = () => {
    const active = doc.activeElement;
    return active && active !== element && active !== doc.body ? active : null;
  };

  /** Components open without knowing the page; the mount adds where focus was. */
  const dispatch = (action: SidebarAction) =>
    store.dispatch(
      action.type === 'open' && !('from' in action) ? { ...action, from: pageFocus() } : action,
    );

  /** Dispatches; renders anyway when the state did not change (report or ui did). */
  const dispatchAndRender = (action: SidebarAction) => {
    const before = store.getState();
    dispatch(action);
    if (store.getState() === before) rerender();
  };

  const onDocKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && store.getState().hoverCard)
      dispatch({ type: 'hover-card', card: null });
  };

  function onChange(prev: SidebarState, next: SidebarState): void {
    // Measured before the re-render hides the panel and the browser moves focus to <body>.
    const focusWasInside = doc.activeElement === element || doc.activeElement === doc.body;
    if (!prev.hoverCard && next.hoverCard) doc.addEventListener('keydown', onDocKey, true);
    if (prev.hoverCard && !next.hoverCard) doc.removeEventListener('keydown', onDocKey, true);
    if (prev.open !== next.open) layout();
    rerender();
    if (next.focus !== prev.focus && next.focus?.to === 'return' && focusWasInside) {
      // Back to where the user was; opened from our own launcher, back to the launcher.
      const before = next.focus.target as HTMLElement | null;
      const target = before?.isConnected
        ? before
        : shadow.querySelector<HTMLElement>('[data-testid=launcher]');
      target?.focus?.({ preventScroll: true });
    }
  }

  function rerender(): void {
    if (destroyed) return;
    render(
      <App
        dataset={options.dataset}
        report={report}
        ui={ui}
        state={store.getState()}
        dispatch={dispatch}
        onResize={(px, done) => {
          // The handle keeps px within SIDEBAR_WIDTH, the bounds storage keeps too.
          ui = { ...ui, sidebarWidth: px };
          layout();
          rerender();
          if (done) options.onWidthChange(ui.sidebarWidth);
        }}
        onScrollToMention={options.onScrollToMention}
        onOpenSettings={options.onOpenSettings}
        onCopy={options.onCopy}
        buildDate={BUILD_DATE}
      />,
      container,
    );
  }

  const host: SidebarHost = {
    element,
    update(next) {
      report = next;
      dispatchAndRender({ type: 'report', drugCount: next.drugs.length });
    },
    setUi(state) {
      ui = { ...ui, ...state };
      layout();
      dispatchAndRender({ type: 'auto-open', enabled: ui.autoOpen });
    },
    open: (target) => dispatch({ type: 'open', target, focus: true }),
    close: () => dispatch({ type: 'close' }),
    isOpen: () => store.getState().open,
    showHoverCard: (card) => store.hover(card),
    reattach() {
      if (destroyed || element.isConnected) return false;
      try {
        doc.documentElement.append(element);
        layout();
        return true;
      } catch {
        return false;
      }
    },
    destroy() {
      if (destroyed) return;
      store.destroy();
      doc.removeEventListener('keydown', onDocKey, true);
      render(null, container);
      destroyed = true;
      layout();
      element.remove();
    },
  };

  rerender();
  return host;
}
