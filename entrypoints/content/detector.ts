import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { handle, type Handlers } from '@/core/message-dispatch';
import {
  IDLE_STATUS,
  parseDetectorConfig,
  parseToContent,
  type DetectorConfig,
  type FrameReport,
  type ToContent,
} from '@/core/detector-protocol';
import type { ToBackground } from '@/core/messages';
import { EMPTY_REPORT, locateMention, mergeReports, type PageReport } from '@/core/report';
import { askBackground, receiveMessages, sendToBackground } from '@/platform/messaging';
import { trackPointer } from '@/page/mentions/pointer';
import { createPageScanner, type PageScanner } from '@/page/index';
import { isToggleShortcut } from '@/sidebar/shortcut';
import type { GateHandoff } from './handoff';
import { contextGone } from './context-gone';
import { createTopFrame, type TopFrame } from './top-frame';

/**
 * How often the page's shared highlight registry and our adopted stylesheet are checked (and
 * restored if the page cleared or overwrote them). Each check is O(1); it is also when we notice
 * that the extension was reloaded or updated, so the old copy goes.
 */
export const REGISTRY_CHECK_MS = 1000;

/**
 * The detector of stage 1 for one document (docs/design.md, "Two stages"), started by the gate's
 * handoff with the configuration it fetched: the configuration decides whether it runs; the
 * scanner finds and highlights mentions; each frame reports its own to the background (badge,
 * merged list), and the top frame also keeps the launcher and loads the sidebar (stage 2) when
 * it is wanted. A frame forwards a click on a mention and the shortcut to the top frame's sidebar
 * through the background.
 *
 * One teardown idiom: `ctx.signal` is this copy's page lifetime. Every setup registers its own
 * undo on it (listeners with `{ signal }`, the rest through `onTeardown`), and WXT aborts it when
 * the extension context is invalidated (update, reload, disable) — or `contextGone` does, where
 * Chromium throws instead — so an old copy never lingers beside a new one.
 */
export function startDetector(
  ctx: ContentScriptContext,
  doc: Document,
  isTop: boolean,
  handoff: Pick<GateHandoff, 'config' | 'pending' | 'frames'>,
): void {
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

  let config: DetectorConfig | null = null;
  let disabled: ReadonlySet<string> = new Set();
  let scanner: PageScanner | null = null;
  let own: PageReport = EMPTY_REPORT;
  let frames: FrameReport[] = handoff.frames;
  let merged: PageReport = EMPTY_REPORT;

  /** Fire-and-forget to the background; an orphaned copy sends nothing. */
  function send(message: ToBackground): void {
    if (!contextGone(ctx)) void sendToBackground(message);
  }

  const top: TopFrame | null = isTop
    ? createTopFrame({
        document: doc,
        signal,
        report: () => merged,
        config: () => config as DetectorConfig,
        scrollToMention,
        send,
        ask: (message) => (contextGone(ctx) ? Promise.resolve(undefined) : askBackground(message)),
      })
    : null;
  const isOwnElement = (node: EventTarget | null) => top?.isOwnElement(node) ?? false;

  function scrollToMention(drugId: string, index: number): void {
    const at = locateMention(own, frames, drugId, index);
    if (at?.frameId === 0) scanner?.scrollToMention(drugId, at.index);
    else if (at) send({ type: 'scroll-frame', frameId: at.frameId, drugId, index: at.index });
  }

  function publish(): void {
    merged = frames.length === 0 ? own : mergeReports([own, ...frames.map((f) => f.report)]);
    top?.show(merged);
  }

  function onReport(next: PageReport): void {
    own = next;
    publish();
    send({ type: 'report', report: next, timeOrigin: performance.timeOrigin });
  }

  function activate(): void {
    if (scanner) return;
    scanner = createPageScanner({
      document: doc,
      isOwnElement,
      isDrugEnabled: (drugId) => !disabled.has(drugId),
      highlightStyle: config?.highlightStyle ?? 'background',
      fuzzyMatching: config?.fuzzy ?? true,
      onReport,
    });
    scanner.start();
  }

  /** Stops the scanner and removes everything we added to the page. */
  function deactivate(): void {
    scanner?.stop();
    scanner = null;
    top?.remove();
    own = EMPTY_REPORT;
    merged = EMPTY_REPORT;
  }
  onTeardown(deactivate);

  function apply(next: DetectorConfig): void {
    if (signal.aborted) return;
    // Fuzzy matching changes what the scan finds: a new scanner, the host and sidebar kept.
    if (scanner && config && config.fuzzy !== next.fuzzy) {
      scanner.stop();
      scanner = null;
    }
    config = next;
    disabled = new Set(next.disabledDrugs);
    if (!next.enabled) {
      if (scanner) {
        deactivate();
        send({ type: 'report', report: EMPTY_REPORT, timeOrigin: performance.timeOrigin });
      }
      return;
    }
    top?.configure(next);
    activate();
    scanner?.setHighlightStyle(next.highlightStyle);
    scanner?.setDrugFilter((drugId) => !disabled.has(drugId));
  }

  /** Asks the background for the configuration; concurrent asks share one round trip. */
  let asking: Promise<void> | null = null;
  function refreshConfig(): Promise<void> {
    asking ??= askBackground({ type: 'get-config' }).then((answer) => {
      asking = null;
      const next = parseDetectorConfig(answer);
      if (next && !contextGone(ctx)) apply(next);
    });
    return asking;
  }

  const handlers = {
    'get-report': () => (scanner && top ? { ...merged, ...top.status() } : IDLE_STATUS),
    'open-sidebar': ({ drugId, query }) => {
      if (scanner) top?.open({ drugId, query });
    },
    'toggle-sidebar': () => {
      if (scanner) top?.toggle();
    },
    'frame-reports': (message) => {
      if (!top) return;
      frames = message.frames;
      // Switched off here: the list is kept for later, but nothing is shown (no host).
      if (scanner) publish();
    },
    'scroll-to-mention': ({ drugId, index }) => {
      scanner?.scrollToMention(drugId, index);
    },
  } satisfies Handlers<ToContent>;
  receiveMessages(parseToContent, handlers, signal);

  // Settings and policy changes reach every frame through storage events; the background holds
  // the one schema, so the detector just asks again.
  const onStorage = (_changes: unknown, area: string) => {
    if (area === 'sync' || area === 'managed') void refreshConfig();
  };
  browser.storage.onChanged.addListener(onStorage);
  onTeardown(() => browser.storage.onChanged.removeListener(onStorage));
  // The first scan starts in a task of its own, not in the one that evaluated this script, so
  // neither makes a long task of the other (docs/perf.md). Then what the user asked for before
  // the detector was here (the popup's "open", the shortcut) is replayed.
  const firstScan = setTimeout(() => {
    if (contextGone(ctx)) return;
    apply(handoff.config);
    if (handoff.pending) handle(handlers, handoff.pending);
  }, 0);
  onTeardown(() => clearTimeout(firstScan));

  // A frame that goes away takes its mentions out of the tab's list.
  if (!isTop) {
    doc.defaultView?.addEventListener(
      'pagehide',
      () => send({ type: 'report', report: EMPTY_REPORT, timeOrigin: performance.timeOrigin }),
      { signal },
    );
  }

  doc.addEventListener(
    'keydown',
    (event: KeyboardEvent) => {
      if (!event.isTrusted || !isToggleShortcut(event) || !scanner) return;
      event.preventDefault();
      if (top) top.toggle();
      else send({ type: 'toggle-in-top' });
    },
    { signal },
  );
  const pointer = trackPointer({
    document: doc,
    scanner: () => scanner,
    isOwnElement,
    onHover: (card, source) => top?.hover(card, source),
    onOpen: (drugId) => (top ? top.open({ drugId }) : send({ type: 'open-in-top', drugId })),
    listen: (type, handler, options) => doc.addEventListener(type, handler, { ...options, signal }),
  });
  onTeardown(() => pointer.cancel());

  // Not ctx.setInterval: see contextGone. After a reload this is what tears the old copy down.
  const registryTimer = setInterval(() => {
    if (!contextGone(ctx)) scanner?.ensureRegistered();
  }, REGISTRY_CHECK_MS);
  onTeardown(() => clearInterval(registryTimer));
}
