/**
 * The one module that owns mount / render / destroy of the in-page UI (design.md §2): a single
 * host element with a closed shadow root and a per-page-load random tag name, so page scripts
 * and page CSS can neither find nor restyle it. The wiring (index.ts) drives it through the
 * returned {@link SidebarHost}; this module never touches `browser.*`.
 */
import { render } from 'preact';
import { App } from '@/components/App';
import css from '@/components/styles/sidebar.css?inline';
import { themeCss } from '@/components/theme';
import {
  clampWidth,
  DEFAULT_UI,
  type HoverCardPoint,
  type OpenRequest,
  type OpenTarget,
  type SidebarUiState,
} from '@/components/types';
import type { Dataset } from '@/data/schema';
import { EMPTY_REPORT, type PageReport } from '@/core/report';

export type { SidebarUiState } from '@/components/types';

export interface SidebarHostOptions {
  document: Document;
  dataset: Dataset;
  onScrollToMention: (drugId: string, index: number) => void;
  onWidthChange: (px: number) => void;
  onOpenSettings: () => void;
  onCopy: (text: string) => void;
  /**
   * 'closed' (default) keeps page scripts out. 'open' only for e2e builds, where Puppeteer's
   * pierce selectors cannot enter a closed root.
   */
  shadowMode?: ShadowRootMode;
  /**
   * Called once with the new shadow root and host, before anything renders: the wiring installs
   * its clickjacking guard there (click-guard.ts). Unit tests leave it out to fire plain events.
   */
  protect?: (shadow: ShadowRoot, element: HTMLElement) => void;
}

export interface SidebarHost {
  /** The one host element (so the scanner can skip it). */
  readonly element: HTMLElement;
  update(report: PageReport): void;
  setUi(state: Partial<SidebarUiState>): void;
  /** Opens at a drug, or at search with the query filled in; moves focus into the sidebar. */
  open(target?: OpenTarget): void;
  /** Closes and, if focus was in the sidebar, returns it to where it was before opening. */
  close(): void;
  toggle(): void;
  isOpen(): boolean;
  /**
   * Call on every hover/focus change of a mention (null when it ends): the host waits
   * {@link HOVER_DELAY_MS} before showing the card and keeps it while the pointer is on it.
   */
  showHoverCard(card: HoverCardPoint | null): void;
  /** Puts the host back after the page removed it; true if it was re-appended. */
  reattach(): boolean;
  /** Unmounts Preact, removes the host and the push stylesheet. Idempotent. */
  destroy(): void;
}

export const HOVER_DELAY_MS = 300;
const HOVER_HIDE_MS = 200;
const MAX_NAME_ATTEMPTS = 8;
/** Below this viewport width the panel is a full-width sheet and never pushes the page. */
const NARROW_PX = 500;

/** Alt+Shift+J, matched by physical key so it also works where Alt changes the character (macOS). */
export function isToggleShortcut(
  e: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code' | 'key'>,
): boolean {
  return (
    e.altKey &&
    e.shiftKey &&
    !e.ctrlKey &&
    !e.metaKey &&
    (e.code === 'KeyJ' || e.key.toLowerCase() === 'j')
  );
}

/** `x-` and ten random lowercase letters: a valid custom-element name that pages cannot guess. */
export function randomTagName(): string {
  const bytes = new Uint8Array(10);
  globalThis.crypto.getRandomValues(bytes);
  return `x-${Array.from(bytes, (b) => String.fromCharCode(97 + (b % 26))).join('')}`;
}

/**
 * Creates the host element and its closed shadow root, trying new names when the page has
 * defined that custom element or when `attachShadow` fails (a page-defined element may already
 * have a shadow root). Throws after a bounded number of attempts.
 */
export function createHostElement(
  doc: Document,
  nextName: () => string = randomTagName,
  mode: ShadowRootMode = 'closed',
): { element: HTMLElement; shadow: ShadowRoot } {
  for (let attempt = 0; attempt < MAX_NAME_ATTEMPTS; attempt++) {
    const name = nextName();
    try {
      // `customElements` is null in Chromium's isolated world; attachShadow failing covers that case.
      if (doc.defaultView?.customElements?.get(name)) continue;
      const element = doc.createElement(name);
      const shadow = element.attachShadow({ mode });
      return { element, shadow };
    } catch {
      // try another name
    }
  }
  throw new Error('JAK Lens: could not create the sidebar host element');
}

const shadowRoots = new WeakMap<HTMLElement, ShadowRoot>();

/** The closed shadow root of a host, for tests (the page cannot reach module scope). */
export function shadowRootForTesting(element: HTMLElement): ShadowRoot | undefined {
  return shadowRoots.get(element);
}

export function mountSidebarHost(options: SidebarHostOptions): SidebarHost {
  const doc = options.document;
  const { element, shadow } = createHostElement(doc, randomTagName, options.shadowMode);
  shadowRoots.set(element, shadow);
  options.protect?.(shadow, element);
  const style = doc.createElement('style');
  style.textContent = themeCss() + css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  doc.documentElement.append(element);

  let report: PageReport = EMPTY_REPORT;
  let ui: SidebarUiState = { ...DEFAULT_UI };
  let open = false;
  let request: OpenRequest | null = null;
  let seq = 0;
  let autoOpenDone = false;
  let launcherDismissed = false;
  let returnFocus: Element | null = null;
  let destroyed = false;
  let card: HoverCardPoint | null = null;
  let holding = false;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const push = createPushSheet(doc);

  const rerender = () => {
    if (destroyed) return;
    render(
      <App
        dataset={options.dataset}
        report={report}
        ui={ui}
        isOpen={open}
        request={request}
        hoverCard={card}
        launcherDismissed={launcherDismissed}
        onOpen={(target) => openAt(target, true)}
        onClose={() => host.close()}
        onDismissLauncher={() => {
          launcherDismissed = true;
          rerender();
        }}
        onResize={(px, done) => {
          ui = { ...ui, width: clampWidth(px) };
          push.apply(open && ui.layout === 'push', ui);
          rerender();
          if (done) options.onWidthChange(ui.width);
        }}
        onScrollToMention={options.onScrollToMention}
        onOpenSettings={options.onOpenSettings}
        onCopy={options.onCopy}
        onHoverCardClose={hideCard}
        onHoverCardHold={(h) => {
          holding = h;
          if (!h) scheduleHide();
        }}
      />,
      container,
    );
  };

  const onDocKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && card) hideCard();
  };

  function setCard(next: HoverCardPoint | null) {
    if (!card && next) doc.addEventListener('keydown', onDocKey, true);
    if (card && !next) doc.removeEventListener('keydown', onDocKey, true);
    card = next;
    rerender();
  }

  function clearTimers() {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
  }

  function hideCard() {
    clearTimers();
    holding = false;
    if (card) setCard(null);
  }

  function scheduleHide() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      if (!holding) hideCard();
    }, HOVER_HIDE_MS);
  }

  function openAt(target: OpenTarget | undefined, focus: boolean) {
    if (destroyed) return;
    if (!open) {
      const active = doc.activeElement;
      returnFocus = active && active !== element && active !== doc.body ? active : null;
    }
    open = true;
    request = { target: target ?? {}, focus, seq: ++seq };
    hideCard();
    push.apply(ui.layout === 'push', ui);
    rerender();
  }

  function maybeAutoOpen() {
    if (ui.autoOpen && !autoOpenDone && !open && report.drugs.length > 0) {
      autoOpenDone = true;
      openAt(undefined, false);
    }
  }

  const host: SidebarHost = {
    element,
    update(next) {
      report = next;
      rerender();
      maybeAutoOpen();
    },
    setUi(state) {
      ui = { ...ui, ...state, width: clampWidth(state.width ?? ui.width) };
      push.apply(open && ui.layout === 'push', ui);
      rerender();
      maybeAutoOpen();
    },
    open: (target) => openAt(target, true),
    close() {
      if (!open || destroyed) return;
      open = false;
      autoOpenDone = true;
      push.apply(false, ui);
      const focusWasInside = doc.activeElement === element || doc.activeElement === doc.body;
      rerender();
      if (focusWasInside) {
        // Back to where the user was; opened from our own launcher, back to the launcher.
        const target = returnFocus?.isConnected
          ? returnFocus
          : shadow.querySelector('[data-testid=launcher]');
        (target as HTMLElement | null)?.focus?.({ preventScroll: true });
      }
      returnFocus = null;
    },
    toggle() {
      if (open) host.close();
      else host.open();
    },
    isOpen: () => open,
    showHoverCard(next) {
      if (destroyed) return;
      if (!next) {
        clearTimeout(showTimer);
        if (card) scheduleHide();
        return;
      }
      clearTimeout(hideTimer);
      if (card?.drugId === next.drugId) return;
      clearTimeout(showTimer);
      showTimer = setTimeout(() => setCard(next), HOVER_DELAY_MS);
    },
    reattach() {
      if (destroyed || element.isConnected) return false;
      try {
        doc.documentElement.append(element);
        push.apply(open && ui.layout === 'push', ui);
        return true;
      } catch {
        return false;
      }
    },
    destroy() {
      if (destroyed) return;
      clearTimers();
      doc.removeEventListener('keydown', onDocKey, true);
      render(null, container);
      destroyed = true;
      push.apply(false, ui);
      element.remove();
    },
  };

  rerender();
  return host;
}

/**
 * "Push page" without touching the page DOM: a constructed stylesheet in the page's
 * `adoptedStyleSheets` that gives `<html>` a margin as wide as the panel. Degrades to overlay
 * when constructed stylesheets are unavailable.
 */
function createPushSheet(doc: Document) {
  let sheet: CSSStyleSheet | null = null;
  return {
    apply(on: boolean, ui: SidebarUiState) {
      try {
        if (on) {
          const Ctor = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
          sheet ??= new Ctor();
          sheet.replaceSync(
            `@media (min-width:${NARROW_PX}px){html{margin-${ui.side}:${ui.width}px !important}}`,
          );
        }
        if (!sheet) return;
        const list = doc.adoptedStyleSheets;
        const has = list.includes(sheet);
        if (on && !has) doc.adoptedStyleSheets = [...list, sheet];
        if (!on && has) doc.adoptedStyleSheets = list.filter((s) => s !== sheet);
      } catch {
        // No constructed stylesheets here: the panel overlays instead.
      }
    },
  };
}
