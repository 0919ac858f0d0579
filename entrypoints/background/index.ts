/**
 * Background wiring: every listener is registered synchronously at start-up, as MV3 requires
 * for a service worker (Chrome) or event page (Firefox) to be woken by its events. The
 * behaviour lives in `handlers.ts`.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { drugs } from '@/data/drugs';
import { findMentions } from '@/core/matcher';
import type { BackgroundDeps } from './handlers';
import { handleCommand, handleMenuClick, handleMessage, registerMenus } from './handlers';

const knownDrugs = new Set(drugs.map((d) => d.id));

const deps: BackgroundDeps = {
  async setBadge(tabId, text, color) {
    await browser.action.setBadgeText({ tabId, text });
    if (text) await browser.action.setBadgeBackgroundColor({ tabId, color });
  },
  sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
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
};

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void registerMenus(deps));
  browser.runtime.onStartup.addListener(() => void registerMenus(deps));
  browser.runtime.onMessage.addListener((raw, sender) => {
    void handleMessage(raw, sender, deps);
    return undefined;
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(info, tab, deps));
  browser.commands.onCommand.addListener((command, tab) => void handleCommand(command, tab, deps));
});
