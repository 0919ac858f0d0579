/**
 * The background's behaviour as plain functions over a small {@link BackgroundDeps} object, so
 * tests drive them with fakes and `index.ts` only wires browser events to them. Nothing here
 * keeps state between calls: the service worker (Chrome) or event page (Firefox) may be stopped
 * at any moment, and the badge text lives in the browser, per tab.
 */
import type { Mention } from '@/core/matcher/types';
import {
  handle,
  MAX_QUERY_LENGTH,
  parseToBackground,
  type Handlers,
  type ToBackground,
  type ToContent,
} from '@/core/messages';
import type { PageReport } from '@/core/report';
import { strings } from '@/core/strings';
import { themes } from '@/components/theme';
import { sendQuietly } from '@/platform/messaging';

export const LOOKUP_MENU_ID = 'jak-lens-lookup';
export const TOGGLE_COMMAND = 'toggle-sidebar';
/** The toolbar badge wears the product's one accent colour. */
export const BADGE_COLOR = themes.light.accent;
/** The context menu only appears where our content script can run. */
export const PAGE_PATTERNS = ['http://*/*', 'https://*/*'];
/** Long enough for a drug name or a short phrase; the sidebar's search box takes it from here. */
const MENU_QUERY_LENGTH = 100;

/** What the handlers need from `browser`, narrowed to the calls they make. */
export interface BackgroundDeps {
  setBadge(tabId: number, text: string, color: string): Promise<void>;
  /** Delivers to the tab's top frame, where the sidebar lives. */
  sendToTab(tabId: number, message: ToContent): Promise<unknown>;
  activeTabId(): Promise<number | undefined>;
  openOptionsPage(): Promise<void>;
  createMenu(item: {
    id: string;
    title: string;
    contexts: ['selection'];
    documentUrlPatterns: string[];
  }): Promise<void>;
  removeAllMenus(): Promise<void>;
  findMentions(text: string): Mention[];
  isKnownDrug(drugId: string): boolean;
}

/** The badge shows distinct known drugs; an empty string hides it. */
export function badgeText(report: PageReport, isKnownDrug: (id: string) => boolean): string {
  const count = new Set(report.drugs.map((d) => d.drugId).filter(isKnownDrug)).size;
  if (count === 0) return '';
  return count > 999 ? '999+' : String(count);
}

/** The background's receiver: one handler per {@link ToBackground} message (checked complete). */
function messageHandlers(sender: { tab?: { id?: number } }, deps: BackgroundDeps) {
  return {
    report(message) {
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0) return undefined;
      const text = badgeText(message.report, deps.isKnownDrug);
      // A tab closed since it reported is expected, not an error.
      return sendQuietly(() => deps.setBadge(tabId, text, BADGE_COLOR));
    },
    'open-options': () => sendQuietly(() => deps.openOptionsPage()),
  } satisfies Handlers<ToBackground, Promise<void> | undefined>;
}

/**
 * `runtime.onMessage`: a validated message to the background goes to its handler; anything else
 * is ignored. Never answers, so resolves to nothing (undefined when nothing was done).
 */
export function handleMessage(
  raw: unknown,
  sender: { tab?: { id?: number } },
  deps: BackgroundDeps,
): Promise<void> | undefined {
  const message = parseToBackground(raw);
  return message ? handle(messageHandlers(sender, deps), message) : undefined;
}

/** Collapses whitespace and trims the selection to something a search box can hold. */
export function selectionQuery(selection: string): string {
  const text = selection.replace(/\s+/g, ' ').trim();
  return text.slice(0, Math.min(MENU_QUERY_LENGTH, MAX_QUERY_LENGTH)).trim();
}

/** The sidebar request for a selection: the first drug it names, else a search for it. */
export function lookupMessage(
  selection: string,
  deps: Pick<BackgroundDeps, 'findMentions' | 'isKnownDrug'>,
): ToContent | null {
  const query = selectionQuery(selection);
  if (!query) return null;
  const mention = deps.findMentions(selection).find((m) => deps.isKnownDrug(m.drugId));
  return mention
    ? { type: 'open-sidebar', drugId: mention.drugId }
    : { type: 'open-sidebar', query };
}

/** `contextMenus.onClicked` for "Look up ‘%s’ in JAK Lens". */
export async function handleMenuClick(
  info: { menuItemId: string | number; selectionText?: string },
  tab: { id?: number } | undefined,
  deps: BackgroundDeps,
): Promise<void> {
  if (info.menuItemId !== LOOKUP_MENU_ID || tab?.id === undefined || tab.id < 0) return;
  const message = lookupMessage(info.selectionText ?? '', deps);
  const tabId = tab.id;
  // A tab without our content script (a store page, a PDF) cannot take it; that is expected.
  if (message) await sendQuietly(() => deps.sendToTab(tabId, message));
}

/** `commands.onCommand`: toggles the sidebar in the given tab, else the active one. */
export async function handleCommand(
  command: string,
  tab: { id?: number } | undefined,
  deps: BackgroundDeps,
): Promise<void> {
  if (command !== TOGGLE_COMMAND) return;
  let tabId = tab?.id;
  if (tabId === undefined || tabId < 0) {
    try {
      tabId = await deps.activeTabId();
    } catch {
      return;
    }
  }
  if (tabId === undefined || tabId < 0) return;
  const target = tabId;
  await sendQuietly(() => deps.sendToTab(target, { type: 'toggle-sidebar' }));
}

/**
 * (Re)creates the context menu on install, update and browser start. Removing first makes it
 * idempotent, since menus persist across service-worker restarts and creating an existing id
 * is an error.
 */
export async function registerMenus(deps: BackgroundDeps): Promise<void> {
  // Either can fail where menus are unavailable (a policy, an old browser); the rest still works.
  await deps.removeAllMenus().catch(() => undefined);
  await deps
    .createMenu({
      id: LOOKUP_MENU_ID,
      title: strings.contextMenuLookup,
      contexts: ['selection'],
      documentUrlPatterns: PAGE_PATTERNS,
    })
    .catch(() => undefined);
}
