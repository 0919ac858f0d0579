/**
 * Background wiring: every listener is registered synchronously at start-up, as MV3 requires
 * for a service worker (Chrome) or event page (Firefox) to be woken by its events. The
 * behaviour lives in `handlers.ts`.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { drugs } from '@/data/drugs';
import { findMentions } from '@/core/matcher';
import { applyLanguage } from '@/platform/language';
import { loadSettings } from '@/platform/settings-store';
import type { BackgroundDeps } from './handlers';
import {
  ANSWERED,
  handleCommand,
  handleMenuClick,
  handleMessage,
  PAGE_PATTERNS,
  registerMenus,
} from './handlers';
import { handlePdfNavigation } from './reader-handlers';

const knownDrugs = new Set(drugs.map((d) => d.id));
/** The unlisted scripts (entrypoints/detector/, entrypoints/ui/) and the declared gate. */
const DETECTOR_SCRIPT = '/detector.js';
const UI_SCRIPT = '/ui.js';
const GATE_SCRIPT = '/content-scripts/content.js';
const framesKey = (tabId: number) => `frames:${tabId}`;

const deps: BackgroundDeps = {
  async setBadge(tabId, text, color) {
    await browser.action.setBadgeText({ tabId, text });
    if (text) await browser.action.setBadgeBackgroundColor({ tabId, color });
  },
  sendToTab: (tabId, message, frameId = 0) => browser.tabs.sendMessage(tabId, message, { frameId }),
  async activeTabId() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  },
  openOptionsPage: () => browser.runtime.openOptionsPage(),
  createMenu: (item) =>
    new Promise<void>((resolve, reject) => {
      browser.contextMenus.create(item, () => {
        const error = browser.runtime.lastError;
        if (error) reject(new Error(error.message));
        else resolve();
      });
    }),
  removeAllMenus: () => browser.contextMenus.removeAll(),
  findMentions,
  isKnownDrug: (id) => knownDrugs.has(id),
  loadSettings,
  useLanguage: (settings) => applyLanguage(settings.language, undefined),
  async injectDetector(tabId, frameId) {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      files: [DETECTOR_SCRIPT],
    });
    return true;
  },
  async injectUi(tabId) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [UI_SCRIPT] });
    return true;
  },
  async readFrames(tabId) {
    const key = framesKey(tabId);
    return (await browser.storage.session.get(key))[key];
  },
  writeFrames: (tabId, state) => browser.storage.session.set({ [framesKey(tabId)]: state }),
  // The PDF reader's ways in: its context-menu entries and "Open PDFs in JAK Lens automatically".
  reader: {
    readerPage: browser.runtime.getURL('/reader.html'),
    async openTab(url, openerTabId) {
      await browser.tabs.create({
        url,
        ...(openerTabId !== undefined && openerTabId >= 0 && { openerTabId }),
      });
    },
    async updateTab(tabId, url) {
      await browser.tabs.update(tabId, { url });
    },
    loadSettings,
  },
};

/** The context menu in the interface language of the settings in force. */
async function registerMenusInLanguage(): Promise<void> {
  deps.useLanguage(await deps.loadSettings());
  await registerMenus(deps);
}

/**
 * Chrome does not put declared content scripts into tabs that were open before the extension was
 * installed or updated (Firefox does): inject the gate there, in every frame. An old copy tears
 * itself down, and a frame that already has a live copy keeps just that one (stage-link.ts).
 */
async function injectIntoOpenTabs(): Promise<void> {
  if (import.meta.env.FIREFOX) return;
  const tabs = await browser.tabs.query({ url: PAGE_PATTERNS }).catch(() => []);
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.scripting
            .executeScript({ target: { tabId: tab.id, allFrames: true }, files: [GATE_SCRIPT] })
            .catch(() => undefined),
    ),
  );
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    void registerMenusInLanguage();
    void injectIntoOpenTabs();
  });
  browser.runtime.onStartup.addListener(() => void registerMenusInLanguage());
  // A new interface language renames the menu entries at once.
  browser.storage.onChanged.addListener((changes, area) => {
    const { oldValue, newValue } = (changes.settings ?? {}) as {
      oldValue?: { language?: unknown };
      newValue?: { language?: unknown };
    };
    if (area === 'sync' && oldValue?.language !== newValue?.language) {
      void registerMenusInLanguage();
    }
  });
  // Firefox runs no content script in its PDF viewer: there a PDF is recognised by its address.
  if (import.meta.env.FIREFOX && deps.reader) {
    const reader = deps.reader;
    browser.tabs.onUpdated.addListener(
      (tabId, change) => void handlePdfNavigation(tabId, change, reader),
    );
  }
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const result = handleMessage(raw, sender, deps);
    if (!result) return undefined;
    const answers = ANSWERED.has((raw as { type?: string }).type ?? '');
    void result.then(
      (answer) => answers && sendResponse(answer),
      () => answers && sendResponse(undefined),
    );
    // true keeps the channel open for an answer sent after this listener returned.
    return answers ? true : undefined;
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(framesKey(tabId)).catch(() => undefined);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(info, tab, deps));
  browser.commands.onCommand.addListener((command, tab) => void handleCommand(command, tab, deps));
});
