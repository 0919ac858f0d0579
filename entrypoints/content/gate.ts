import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mightNameDrug } from '@/core/matcher/quick-check';
import {
  IDLE_STATUS,
  parseDetectorConfig,
  parseToContent,
  type DetectorConfig,
  type FrameReport,
  type ToContent,
} from '@/core/detector-protocol';
import type { Handlers } from '@/core/message-dispatch';
import { askBackground, receiveMessages, sendToBackground } from '@/platform/messaging';
import { subtreeMightMention } from '@/page/text/precheck';
import { watchForText } from '@/page/watch/gate-watch';
import { isToggleShortcut } from '@/sidebar/shortcut';
import { publishGateHandoff } from './handoff';

/**
 * The gate: the declared part of stage 1, in every frame (docs/design.md, "Two stages"). Most
 * pages name no drug, and on them this is all that runs: the configuration from the background,
 * one pre-check over the document's text (core/matcher/quick-check.ts), and a watch on what
 * changes. Once text might hold a name — or the user asks for JAK Lens here (popup, shortcut,
 * context menu) — the background injects the detector into this frame (entrypoints/detector/),
 * which takes over with the configuration and the request.
 */
export function startGate(ctx: ContentScriptContext, doc: Document, isTop: boolean): void {
  const { signal } = ctx;
  let config: DetectorConfig | null = null;
  let pending: ToContent | null = null;
  let frames: FrameReport[] = [];
  let loading = false;
  let stopWatch: (() => void) | null = null;
  /** The gate's own listeners; aborted when the detector takes over (or the page ends). */
  const gate = new AbortController();
  signal.addEventListener('abort', () => gate.abort(), { once: true });

  function loadDetector(): void {
    if (loading || !config?.enabled || gate.signal.aborted) return;
    loading = true;
    stopWatch?.();
    publishGateHandoff({
      ctx,
      isTop,
      config,
      get pending() {
        return pending;
      },
      get frames() {
        return frames;
      },
      stop: () => gate.abort(),
    });
    void askBackground({ type: 'load-detector' }).then(() => {
      loading = false;
    });
  }

  /** A request for the sidebar before any drug was seen: kept for the detector to replay. */
  async function want(message: ToContent): Promise<void> {
    await firstConfig;
    if (!config?.enabled) return;
    if (isTop) {
      pending = message;
      loadDetector();
    } else if (message.type === 'toggle-sidebar') {
      void sendToBackground({ type: 'toggle-in-top' });
    }
  }

  async function check(): Promise<void> {
    if (!config?.enabled || loading || gate.signal.aborted) return;
    const aborted = () => gate.signal.aborted;
    if (await subtreeMightMention(doc.documentElement, () => false, aborted, mightNameDrug)) {
      return loadDetector();
    }
    stopWatch?.();
    stopWatch = watchForText(doc, mightNameDrug, () => false, loadDetector);
  }

  async function refresh(): Promise<void> {
    const next = parseDetectorConfig(await askBackground({ type: 'get-config' }));
    if (!next || gate.signal.aborted) return;
    config = next;
    if (!next.enabled) {
      stopWatch?.();
      stopWatch = null;
      return;
    }
    await check();
  }

  receiveMessages(
    parseToContent,
    {
      'get-report': () => IDLE_STATUS,
      'open-sidebar': (message) => void want(message),
      'toggle-sidebar': (message) => void want(message),
      'frame-reports': (message) => {
        // Another frame has mentions: the top frame needs the detector to list them.
        frames = message.frames;
        if (isTop && frames.length > 0) void firstConfig.then(loadDetector);
      },
      'scroll-to-mention': () => undefined,
    } satisfies Handlers<ToContent>,
    gate.signal,
  );

  const onStorage = (_changes: unknown, area: string) => {
    if (area === 'sync' || area === 'managed') void refresh();
  };
  browser.storage.onChanged.addListener(onStorage);
  gate.signal.addEventListener('abort', () => {
    stopWatch?.();
    try {
      browser.storage.onChanged.removeListener(onStorage);
    } catch {
      // The runtime went away with an update.
    }
  });

  doc.addEventListener(
    'keydown',
    (event: KeyboardEvent) => {
      // Where JAK Lens is off, the page keeps its own use of the keys.
      if (!event.isTrusted || !isToggleShortcut(event) || config?.enabled === false) return;
      event.preventDefault();
      void want({ type: 'toggle-sidebar' });
    },
    { signal: gate.signal },
  );

  const firstConfig = refresh();
}
