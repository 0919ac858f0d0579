/**
 * Mounts the sidebar (stage 2; docs/design.md, "Layers" and "Two stages"): renders `<App>` into
 * the closed shadow root of the host element stage 1 made (host-element.ts, with the launcher
 * already in it), owns the UI store (store.ts) and runs its effects after each change: the push
 * layout (push-layout.ts), the Escape listener while a hover card shows, the launcher hidden
 * while the panel is open, and focus back to the page on close. The wiring drives it through the
 * returned {@link SidebarHost}; this module never touches `browser.*`.
 */
import { render } from 'preact';
import { App } from '@/components/App';
import { BUILD_DATE } from '@/core/build-info';
import css from '@/components/styles/sidebar.css?inline';
import { themeCss } from '@/components/theme';
import type { Dataset } from '@/data/schema';
import { EMPTY_REPORT, type PageReport } from '@/core/report';
import { DEFAULT_SETTINGS, sidebarUi, type SidebarUi } from '@/core/settings';
import { HOVER_DELAY_MS } from '@/core/setting-enums';
import type { HoverCardPoint, OpenTarget, SidebarAction, SidebarState } from '@/core/sidebar-state';
import { createPushLayout } from './push-layout';
import { createSidebarStore } from './store';

export interface SidebarHostOptions {
  document: Document;
  /** Stage 1's host element and its shadow root (base styles and launcher inside). */
  element: HTMLElement;
  shadow: ShadowRoot;
  dataset: Dataset;
  /** The panel opened or closed (stage 1 hides its launcher meanwhile). */
  onOpenChange: (open: boolean) => void;
  onScrollToMention: (drugId: string, index: number) => void;
  onWidthChange: (px: number) => void;
  onOpenSettings: () => void;
  /** Copies to the clipboard; resolves whether it worked (the UI says so). */
  onCopy: (text: string) => Promise<boolean>;
  /** The hover card's "Don't show cards on this site" (the card has closed already); no button without. */
  onHideCardsOnSite?: () => void;
}

export interface SidebarHost {
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
  /** Re-applies the push layout (after stage 1 put the host back where the page removed it). */
  relayout(): void;
  /** Unmounts Preact, removes its container, style and the push stylesheet. Idempotent. */
  destroy(): void;
}

export function mountSidebarHost(options: SidebarHostOptions): SidebarHost {
  const doc = options.document;
  const { element, shadow } = options;
  const style = doc.createElement('style');
  style.textContent = themeCss() + css;
  const container = doc.createElement('div');
  shadow.append(style, container);

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
    if (prev.open !== next.open) {
      layout();
      options.onOpenChange(next.open);
    }
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
        onHideCardsOnSite={options.onHideCardsOnSite}
        pageUrl={doc.location.href}
        buildDate={BUILD_DATE}
      />,
      container,
    );
  }

  const host: SidebarHost = {
    update(next) {
      report = next;
      dispatchAndRender({ type: 'report', drugCount: next.drugs.length });
    },
    setUi(state) {
      ui = { ...ui, ...state };
      store.setHoverDelay(HOVER_DELAY_MS[ui.hoverDelay]);
      layout();
      dispatchAndRender({ type: 'auto-open', enabled: ui.autoOpen });
    },
    open: (target) => dispatch({ type: 'open', target, focus: true }),
    close: () => dispatch({ type: 'close' }),
    isOpen: () => store.getState().open,
    showHoverCard: (card) => store.hover(card),
    relayout: () => layout(),
    destroy() {
      if (destroyed) return;
      store.destroy();
      doc.removeEventListener('keydown', onDocKey, true);
      render(null, container);
      destroyed = true;
      layout();
      style.remove();
      container.remove();
    },
  };

  rerender();
  return host;
}
