import type { DetectorConfig } from '@/core/detector-protocol';
import type { ToBackground } from '@/core/messages';
import type { PageReport } from '@/core/report';
import type { HoverCardPoint, OpenTarget } from '@/core/sidebar-state';
import type { HoverSource } from '@/page/mentions/pointer';
import { guardActions } from '@/sidebar/guards/click-guard';
import { guardHost } from '@/sidebar/guards/host-guard';
import { createHostElement } from '@/sidebar/host-element';
import { createLauncher, type Launcher } from '@/sidebar/launcher';
import { publishDetectorLink, type UiLink } from '@/sidebar/stage-link';

export interface TopFrameOptions {
  document: Document;
  signal: AbortSignal;
  /** The tab's report, all frames merged. */
  report(): PageReport;
  config(): DetectorConfig;
  scrollToMention(drugId: string, index: number): void;
  send(message: ToBackground): void;
  /** Asks the background; undefined when it could not. */
  ask(message: ToBackground): Promise<unknown>;
}

/** The top frame's part of stage 1: our one host, the launcher, and loading stage 2 on demand. */
export interface TopFrame {
  isOwnElement(node: EventTarget | null): boolean;
  /** A new merged report: the launcher's count, the sidebar's list, auto-open. */
  show(report: PageReport): void;
  configure(config: DetectorConfig): void;
  open(target?: OpenTarget): void;
  toggle(): void;
  /**
   * A hovered (or focused) mention, or null when it ends. The first one starts loading stage 2.
   * With pointer cards off here (`hoverCards` in the configuration) the pointer's are dropped
   * before anything loads; keyboard focus still shows its card.
   */
  hover(card: HoverCardPoint | null, source: HoverSource): void;
  status(): { uiLoaded: boolean; uiFailed: boolean };
  /** Removes the sidebar, the launcher and the host (the site was switched off, or teardown). */
  remove(): void;
}

interface Host {
  element: HTMLElement;
  launcher: Launcher;
  unpublish(): void;
  stopGuard(): void;
}

/**
 * Stage 2 (the sidebar, the hover card, the dataset) is injected by the background on the first
 * sign that it is wanted: a pointer resting on a mention where cards are on (so the card is ready
 * by the time its dwell ends), keyboard focus on one, a click on a mention or the launcher, the
 * shortcut, the popup, the context menu, or auto-open. What was asked for meanwhile is replayed
 * once it attaches; only the latest request counts. A page where injection is refused gets one
 * line under the launcher.
 */
export function createTopFrame(options: TopFrameOptions): TopFrame {
  const doc = options.document;
  let host: Host | null = null;
  let ui: UiLink | null = null;
  let loading = false;
  let failed = false;
  let pending: ((ui: UiLink) => void) | null = null;
  let hoverCard: HoverCardPoint | null = null;

  function ensureHost(): Host {
    if (host) return host;
    const { element, shadow } = createHostElement(doc);
    // Clickjacking protection for everything in the shadow root: the launcher now, the sidebar later.
    guardActions(shadow, element);
    const config = options.config();
    const launcher = createLauncher(doc, shadow, config.labels, {
      onOpen: () => withUi((u) => u.open()),
    });
    launcher.setLook(config);
    doc.documentElement.append(element);
    const guard = guardHost(doc, () => ({
      element,
      reattach() {
        if (element.isConnected) return false;
        doc.documentElement.append(element);
        ui?.reattached();
        return true;
      },
    }));
    guard.start();
    const unpublish = publishDetectorLink({
      document: doc,
      element,
      shadow,
      signal: options.signal,
      report: options.report,
      settings: () => options.config().settings,
      scrollToMention: options.scrollToMention,
      setSidebarOpen: (open) => launcher.setSidebarOpen(open),
      openOptions: () => options.send({ type: 'open-options' }),
      attach,
    });
    host = { element, launcher, unpublish, stopGuard: () => guard.stop() };
    return host;
  }

  function attach(next: UiLink): void {
    if (ui || !host) return next.destroy();
    ui = next;
    failed = false;
    host.launcher.setNotice(null);
    next.setSettings(options.config().settings);
    next.update(options.report());
    const replay = pending;
    pending = null;
    if (replay) replay(next);
    else if (hoverCard) next.showHoverCard(hoverCard);
  }

  function load(): void {
    if (ui || loading) return;
    ensureHost();
    loading = true;
    void options.ask({ type: 'load-ui' }).then(() => {
      loading = false;
      // The script attaches while it runs, before the background answers; no UI means refused.
      if (ui || !host || options.signal.aborted) return;
      failed = true;
      pending = null;
      host.launcher.setNotice(options.config().labels.uiFailed);
    });
  }

  function withUi(action: (ui: UiLink) => void): void {
    if (ui) return action(ui);
    pending = action;
    load();
  }

  const wantsAutoOpen = (report: PageReport) =>
    options.config().autoOpen && report.drugs.length > 0;

  return {
    isOwnElement: (node) => host !== null && node === host.element,
    show(report) {
      if (report.drugs.length > 0) ensureHost();
      host?.launcher.setCount(report.drugs.length);
      ui?.update(report);
      if (!ui && wantsAutoOpen(report)) load();
    },
    configure(config) {
      host?.launcher.setLabels(config.labels);
      host?.launcher.setLook(config);
      ui?.setSettings(config.settings);
      if (!ui && wantsAutoOpen(options.report())) load();
    },
    open: (target) => withUi((u) => u.open(target)),
    toggle() {
      if (ui) ui.toggle();
      else withUi((u) => u.open());
    },
    hover(card, source) {
      const wanted = source === 'focus' || options.config().hoverCards ? card : null;
      hoverCard = wanted;
      if (ui) ui.showHoverCard(wanted);
      else if (wanted) load();
    },
    status: () => ({ uiLoaded: ui !== null, uiFailed: failed }),
    remove() {
      ui?.destroy();
      ui = null;
      pending = null;
      hoverCard = null;
      if (!host) return;
      host.stopGuard();
      host.unpublish();
      host.element.remove();
      host = null;
    },
  };
}
