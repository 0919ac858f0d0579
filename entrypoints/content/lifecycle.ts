import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadDataset } from '@/data/lazy';
import type { HighlightGroup } from '@/data/schema';
import { drugFilter, drugGroups } from '@/data/queries';
import { parseToContent, type ToBackground } from '@/core/messages';
import { EMPTY_REPORT, type PageReport } from '@/core/report';
import { DEFAULT_SETTINGS, isEnabledOnHost, sidebarUi, type Settings } from '@/core/settings';
import { receiveMessages, sendToBackground } from '@/platform/messaging';
import { loadSettings, saveSettings, watchSettings } from '@/platform/settings-store';
import { trackPointer } from '@/page/mentions/pointer';
import { createPageScanner, type PageScanner } from '@/page/index';
import { mountSidebarHost, type SidebarHost } from '@/sidebar/mount';
import { isToggleShortcut } from '@/sidebar/shortcut';
import { guardActions } from '@/sidebar/guards/click-guard';
import { guardHost } from '@/sidebar/guards/host-guard';

/**
 * How often the page's shared highlight registry and our adopted stylesheet are checked (and
 * restored if the page cleared or overwrote them). Each check is O(1); it is also when we notice
 * that the extension was reloaded or updated, so the old UI goes.
 */
export const REGISTRY_CHECK_MS = 1000;

/**
 * Whether this copy of the content script is orphaned (the extension was reloaded, updated or
 * disabled); tells `ctx` the first time. WXT's own `ctx.isInvalid` reads `browser.runtime.id`,
 * which in Chromium 156 *throws* "Extension context invalidated" instead of returning undefined,
 * so its `ctx.setInterval` threw every second and never tore anything down.
 */
export function contextGone(ctx: ContentScriptContext): boolean {
  if (ctx.signal.aborted) return true;
  try {
    if (browser.runtime?.id != null) return false;
  } catch {
    // Orphaned: the runtime is gone.
  }
  ctx.notifyInvalidated();
  return true;
}

/**
 * Wires the pieces together for one page: settings decide whether we run; the scanner finds and
 * highlights mentions; its report feeds the sidebar host and the toolbar badge; messages from the
 * popup and background open or toggle the sidebar.
 *
 * One teardown idiom: `ctx.signal` is this copy's page lifetime. Every setup registers its own
 * undo on it (listeners with `{ signal }`, the rest through `onTeardown`), and WXT aborts it when
 * the extension context is invalidated (update, reload, disable) — or `contextGone` does, where
 * Chromium throws instead — so an old copy never lingers beside a new one.
 */
export function startJakLens(ctx: ContentScriptContext, doc: Document): void {
  const { signal } = ctx;
  if (signal.aborted) return;
  /** Runs `stop` when the page lifetime ends; after an update the old runtime may throw then. */
  const onTeardown = (stop: () => void) =>
    signal.addEventListener(
      'abort',
      () => {
        try {
          stop();
        } catch {
          // The extension's APIs went away with the old runtime: nothing left to undo there.
        }
      },
      { once: true },
    );

  let groups: Map<string, HighlightGroup[]> | null = null;
  /** The group filter; the dataset is parsed on its first call, i.e. once a page has a mention. */
  function filterFor(enabled: Settings['groups']): (drugId: string) => boolean {
    let filter: ((drugId: string) => boolean) | undefined;
    return (drugId) =>
      (filter ??= drugFilter((groups ??= drugGroups(loadDataset())), enabled))(drugId);
  }
  let settings: Settings = DEFAULT_SETTINGS;
  let scanner: PageScanner | null = null;
  let host: SidebarHost | null = null;
  let report: PageReport = EMPTY_REPORT;
  let widthTimer: ReturnType<typeof setTimeout> | undefined;
  onTeardown(() => clearTimeout(widthTimer));

  const isOwnElement = (node: EventTarget | null) => host !== null && node === host.element;
  const hostGuard = guardHost(doc, () => host);

  /** Fire-and-forget to the background; an orphaned copy sends nothing. */
  function send(message: ToBackground): void {
    if (!contextGone(ctx)) void sendToBackground(message);
  }

  function ensureHost(): SidebarHost {
    if (host) return host;
    host = mountSidebarHost({
      document: doc,
      dataset: loadDataset(),
      onScrollToMention: (drugId, index) => scanner?.scrollToMention(drugId, index),
      onWidthChange: (px) => {
        clearTimeout(widthTimer);
        widthTimer = setTimeout(() => {
          saveSettings({ ...settings, sidebarWidth: px }).catch(() => undefined);
        }, 400);
      },
      onOpenSettings: () => send({ type: 'open-options' }),
      onCopy: (text) => void navigator.clipboard?.writeText(text).catch(() => undefined),
      protect: (shadow, element) => guardActions(shadow, element),
    });
    host.setUi(sidebarUi(settings));
    host.update(report);
    hostGuard.start();
    return host;
  }

  function onReport(next: PageReport): void {
    report = next;
    // No host until something is found: a page without drugs keeps its DOM untouched.
    if (next.drugs.length > 0) ensureHost().update(next);
    else host?.update(next);
    send({ type: 'report', report: next });
  }

  function activate(): void {
    if (scanner) return;
    scanner = createPageScanner({
      document: doc,
      isOwnElement,
      isDrugEnabled: filterFor(settings.groups),
      highlightStyle: settings.highlightStyle,
      onReport,
    });
    scanner.start();
  }

  /** Stops the scanner and removes everything we added to the page. */
  function deactivate(): void {
    scanner?.stop();
    scanner = null;
    hostGuard.stop();
    host?.destroy();
    host = null;
    report = EMPTY_REPORT;
  }
  onTeardown(deactivate);

  function apply(next: Settings): void {
    if (signal.aborted) return;
    settings = next;
    if (!isEnabledOnHost(settings, location.hostname)) {
      if (scanner) {
        deactivate();
        send({ type: 'report', report: EMPTY_REPORT });
      }
      return;
    }
    activate();
    scanner?.setHighlightStyle(settings.highlightStyle);
    scanner?.setDrugFilter(filterFor(settings.groups));
    host?.setUi(sidebarUi(settings));
  }

  function open(target?: { drugId?: string; query?: string }): void {
    if (!scanner) return;
    ensureHost().open(target);
  }

  function toggle(): void {
    if (!scanner) return;
    if (host?.isOpen()) host.close();
    else open();
  }

  receiveMessages(
    parseToContent,
    {
      'get-report': () => (scanner ? report : EMPTY_REPORT),
      'open-sidebar': ({ drugId, query }) => open({ drugId, query }),
      'toggle-sidebar': () => toggle(),
    },
    signal,
  );

  onTeardown(watchSettings(apply));
  void loadSettings().then((loaded) => {
    if (!contextGone(ctx)) apply(loaded);
  });

  doc.addEventListener(
    'keydown',
    (event: KeyboardEvent) => {
      if (event.isTrusted && isToggleShortcut(event)) {
        event.preventDefault();
        toggle();
      }
    },
    { signal },
  );
  const pointer = trackPointer({
    document: doc,
    scanner: () => scanner,
    isOwnElement,
    onHover: (card) => host?.showHoverCard(card),
    onOpen: (drugId) => open({ drugId }),
    listen: (type, handler, options) => doc.addEventListener(type, handler, { ...options, signal }),
  });
  onTeardown(() => pointer.cancel());

  // Not ctx.setInterval: see contextGone. After a reload this is what tears the old UI down.
  const registryTimer = setInterval(() => {
    if (!contextGone(ctx)) scanner?.ensureRegistered();
  }, REGISTRY_CHECK_MS);
  onTeardown(() => clearInterval(registryTimer));
}
