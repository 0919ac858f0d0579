import { loadDataset } from '@/data/lazy';
import { parseSettings, sidebarUi, withoutCardsOn, type Settings } from '@/core/settings';
import { applyLanguage } from '@/platform/language';
import { saveSettings } from '@/platform/settings-store';
import { copyText } from '@/sidebar/clipboard';
import { mountSidebarHost } from '@/sidebar/mount';
import type { DetectorLink } from '@/sidebar/stage-link';

/** A drag of the resize handle saves once it rests, not on every step. */
const WIDTH_SAVE_DELAY_MS = 400;

/**
 * Mounts the sidebar into stage 1's host and attaches it to the detector. Settings arrive from
 * stage 1 as the background sent them and are read here with the one settings schema; the width
 * the user drags to, and "Don't show cards on this site", are saved back to storage. Everything
 * ends with the detector's signal.
 */
export function startUi(link: DetectorLink): void {
  const { signal } = link;
  if (signal.aborted) return;
  let settings: Settings = parseSettings(link.settings());
  // The sidebar in the interface language (strings are swapped in place: core/locale.ts).
  applyLanguage(settings.language, link.element);
  let widthTimer: ReturnType<typeof setTimeout> | undefined;

  const host = mountSidebarHost({
    document: link.document,
    element: link.element,
    shadow: link.shadow,
    dataset: loadDataset(),
    onOpenChange: (open) => link.setSidebarOpen(open),
    onScrollToMention: (drugId, index) => link.scrollToMention(drugId, index),
    onWidthChange: (px) => {
      clearTimeout(widthTimer);
      widthTimer = setTimeout(() => {
        saveSettings({ ...settings, sidebarWidth: px }).catch(() => undefined);
      }, WIDTH_SAVE_DELAY_MS);
    },
    onOpenSettings: () => link.openOptions(),
    onCopy: (text) => copyText(text, link.shadow),
    // Stage 1 stops showing cards here once the background's configuration says so.
    onHideCardsOnSite: () => {
      settings = withoutCardsOn(settings, link.document.location.hostname);
      saveSettings(settings).catch(() => undefined);
    },
  });
  host.setUi(sidebarUi(settings));

  const destroy = () => {
    clearTimeout(widthTimer);
    host.destroy();
  };
  signal.addEventListener('abort', destroy, { once: true });

  link.attach({
    update: (report) => host.update(report),
    setSettings(raw) {
      settings = parseSettings(raw);
      applyLanguage(settings.language, link.element);
      host.setUi(sidebarUi(settings));
    },
    open: (target) => host.open(target),
    toggle: () => (host.isOpen() ? host.close() : host.open()),
    showHoverCard: (card) => host.showHoverCard(card),
    reattached: () => host.relayout(),
    destroy() {
      signal.removeEventListener('abort', destroy);
      destroy();
    },
  });
}
