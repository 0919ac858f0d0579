/**
 * The background's behaviour as plain functions over a small {@link BackgroundDeps} object, so
 * tests drive them with fakes and `index.ts` only wires browser events to them. Nothing here
 * keeps state between calls that it cannot lose: the service worker (Chrome) or event page
 * (Firefox) may be stopped at any moment, so the badge text lives in the browser and each tab's
 * frame reports in `storage.session` (tab-frames.ts); only the queue that orders one tab's
 * reports is in memory.
 */
import type { Mention } from '@/core/matcher/types';
import { MAX_QUERY_LENGTH, type ToContent } from '@/core/detector-protocol';
import { handle, type Handlers } from '@/core/message-dispatch';
import { parseToBackground, type ToBackground } from '@/core/messages';
import { mergeReports, type PageReport } from '@/core/report';
import type { Settings } from '@/core/settings';
import { strings } from '@/core/strings';
import { themes } from '@/components/theme';
import { sendQuietly } from '@/platform/messaging';
import { detectorConfig } from './detector-config';
import { readTabFrames, reportsInOrder, withReport } from './tab-frames';
import {
  handlePdfDocument,
  handleReaderMenuClick,
  isReaderMenu,
  readerMenuItems,
  type MenuItem,
  type ReaderDeps,
} from './reader-handlers';

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
  /** Delivers to one frame of the tab: the top one, where the sidebar lives, by default. */
  sendToTab(tabId: number, message: ToContent, frameId?: number): Promise<unknown>;
  /** The settings in force (the user's, under any managed policy), read through the schema. */
  loadSettings(): Promise<Settings>;
  /** Sets the interface language from the settings; returns the language tag now shown. */
  useLanguage(settings: Settings): string;
  /** Injects the detector into one frame of the tab; false where the page refuses. */
  injectDetector(tabId: number, frameId: number): Promise<boolean>;
  /** Injects stage 2 (the sidebar) into the tab's top frame; false where the page refuses. */
  injectUi(tabId: number): Promise<boolean>;
  /** The tab's frames in `storage.session` (tab-frames.ts). */
  readFrames(tabId: number): Promise<unknown>;
  writeFrames(tabId: number, state: unknown): Promise<void>;
  activeTabId(): Promise<number | undefined>;
  openOptionsPage(): Promise<void>;
  createMenu(item: MenuItem): Promise<void>;
  removeAllMenus(): Promise<void>;
  findMentions(text: string): Mention[];
  isKnownDrug(drugId: string): boolean;
  /** The PDF reader's ways in (reader-handlers.ts); without them its menu entries do nothing. */
  reader?: ReaderDeps;
}

/** The badge shows distinct known drugs; an empty string hides it. */
export function badgeText(report: PageReport, isKnownDrug: (id: string) => boolean): string {
  const count = new Set(report.drugs.map((d) => d.drugId).filter(isKnownDrug)).size;
  if (count === 0) return '';
  return count > 999 ? '999+' : String(count);
}

/** Messages whose sender waits for an answer (the listener keeps the channel open for them). */
export const ANSWERED: ReadonlySet<string> = new Set(['get-config', 'load-detector', 'load-ui']);

type Sender = { tab?: { id?: number; url?: string }; frameId?: number };

/** Reports of one tab are applied one after another: the session state is read, then written. */
const frameQueues = new Map<number, Promise<void>>();

/**
 * A frame's report: the tab's frame state is updated, the badge counts every frame, and the top
 * frame gets the other frames' reports (when any frame but the top one has, or had, mentions).
 */
function onFrameReport(
  tabId: number,
  frameId: number,
  report: PageReport,
  timeOrigin: number,
  deps: BackgroundDeps,
): Promise<void> {
  const run = async () => {
    const before = readTabFrames(await deps.readFrames(tabId).catch(() => undefined));
    const after = withReport(before, frameId, report, timeOrigin);
    if (after === before) return;
    await deps.writeFrames(tabId, after).catch(() => undefined);
    const reports = reportsInOrder(after);
    const text = badgeText(mergeReports(reports.map((f) => f.report)), deps.isKnownDrug);
    // A tab closed since it reported is expected, not an error.
    await sendQuietly(() => deps.setBadge(tabId, text, BADGE_COLOR));
    const others = (state: typeof after) => reportsInOrder(state).filter((f) => f.frameId !== 0);
    if (others(after).length > 0 || others(before).length > 0) {
      await sendQuietly(() =>
        deps.sendToTab(tabId, { type: 'frame-reports', frames: others(after) }),
      );
    }
  };
  const queued = (frameQueues.get(tabId) ?? Promise.resolve()).then(run, run);
  const settled = queued.catch(() => undefined);
  frameQueues.set(tabId, settled);
  void settled.then(() => {
    if (frameQueues.get(tabId) === settled) frameQueues.delete(tabId);
  });
  return settled;
}

/** The background's receiver: one handler per {@link ToBackground} message (checked complete). */
function messageHandlers(sender: Sender, deps: BackgroundDeps) {
  const tabId = sender.tab?.id !== undefined && sender.tab.id >= 0 ? sender.tab.id : undefined;
  const frameId = sender.frameId ?? 0;
  /** Sends to the tab the message came from; nothing when it came from no tab. */
  const toTab = (message: ToContent, frame = 0) =>
    tabId === undefined ? undefined : sendQuietly(() => deps.sendToTab(tabId, message, frame));
  return {
    report: (message) =>
      tabId === undefined
        ? undefined
        : onFrameReport(tabId, frameId, message.report, message.timeOrigin, deps),
    'open-options': () => sendQuietly(() => deps.openOptionsPage()),
    'get-config': async () => {
      const settings = await deps.loadSettings();
      return detectorConfig(settings, sender.tab?.url, deps.useLanguage(settings));
    },
    'load-detector': async () => {
      if (tabId === undefined) return { ok: false };
      return { ok: await deps.injectDetector(tabId, frameId).catch(() => false) };
    },
    'load-ui': async () => {
      if (tabId === undefined || frameId !== 0) return { ok: false };
      return { ok: await deps.injectUi(tabId).catch(() => false) };
    },
    'open-in-top': ({ drugId }) => toTab({ type: 'open-sidebar', drugId }),
    'toggle-in-top': () => toTab({ type: 'toggle-sidebar' }),
    'scroll-frame': ({ frameId: target, drugId, index }) =>
      toTab({ type: 'scroll-to-mention', drugId, index }, target),
    'pdf-document': (message) =>
      deps.reader ? handlePdfDocument(message, sender, deps.reader) : undefined,
  } satisfies Handlers<ToBackground, Promise<unknown> | undefined>;
}

/**
 * `runtime.onMessage`: a validated message to the background goes to its handler; anything else
 * is ignored. Resolves to the answer for {@link ANSWERED} messages, to nothing for the others
 * (undefined when nothing was done).
 */
export function handleMessage(
  raw: unknown,
  sender: Sender,
  deps: BackgroundDeps,
): Promise<unknown> | undefined {
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
  info: { menuItemId: string | number; selectionText?: string; linkUrl?: string; pageUrl?: string },
  tab: { id?: number; url?: string } | undefined,
  deps: BackgroundDeps,
): Promise<void> {
  if (isReaderMenu(info.menuItemId)) {
    if (deps.reader) await handleReaderMenuClick(info, tab, deps.reader);
    return;
  }
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
  for (const item of readerMenuItems()) await deps.createMenu(item).catch(() => undefined);
}
