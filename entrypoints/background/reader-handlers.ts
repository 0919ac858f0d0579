/**
 * The background's ways into the PDF reader (entrypoints/reader/): the context-menu entries and
 * "Open PDFs in JAK Lens automatically". Plain functions over {@link ReaderDeps}, like
 * handlers.ts, which registers and dispatches to them.
 *
 * Context menus: on a link to a PDF the entry opens the reader in a new tab. On a PDF tab,
 * Chrome draws the PDF in its own viewer, which is reported not to show extensions' page menu
 * entries (an entry with `contexts: ['page']` does not appear there; no test driver can open a
 * context menu to check), so the entry is also on the toolbar button's menu
 * (`contexts: ['action']`), where it sends the current tab to the reader. Firefox's PDF viewer
 * shows page entries: there the page entry appears on tabs whose URL ends in `.pdf`.
 */
import type { Settings } from '@/core/settings';
import { isPdfDocument } from '@/core/pdf-document';
import { readerUrl } from '@/core/reader-url';
import { strings } from '@/core/strings';

export const READER_LINK_MENU_ID = 'jak-lens-reader-link';
export const READER_PAGE_MENU_ID = 'jak-lens-reader-page';
export const READER_ACTION_MENU_ID = 'jak-lens-reader-action';

/** Links and tabs whose path ends in `.pdf` (match patterns see the query, and are case-exact). */
export const PDF_URL_PATTERNS = ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', '*://*/*.PDF?*'];

export type MenuContext = 'selection' | 'link' | 'page' | 'action';

/** A context-menu entry, as `contextMenus.create` takes it (the part we use). */
export interface MenuItem {
  id: string;
  title: string;
  contexts: [MenuContext, ...MenuContext[]];
  documentUrlPatterns?: string[];
  targetUrlPatterns?: string[];
}

/** What the reader's handlers need from `browser`. */
export interface ReaderDeps {
  /** The reader page's URL, `browser.runtime.getURL('/reader.html')`. */
  readerPage: string;
  /** Opens a tab (next to `openerTabId` when given). */
  openTab(url: string, openerTabId?: number): Promise<void>;
  /** `tabs.update(tabId, { url })`: the tab itself goes to the reader. */
  updateTab(tabId: number, url: string): Promise<void>;
  /** The settings in force (platform/settings-store.ts). */
  loadSettings(): Promise<Settings>;
}

/** The reader's menu entries, created with the others by `registerMenus`. */
export function readerMenuItems(): MenuItem[] {
  const title = strings.popupOpenReader;
  return [
    { id: READER_LINK_MENU_ID, title, contexts: ['link'], targetUrlPatterns: PDF_URL_PATTERNS },
    { id: READER_PAGE_MENU_ID, title, contexts: ['page'], documentUrlPatterns: PDF_URL_PATTERNS },
    // No URL patterns: the toolbar button's menu is not a document's, and Chrome matches none.
    { id: READER_ACTION_MENU_ID, title, contexts: ['action'] },
  ];
}

export function isReaderMenu(id: string | number): boolean {
  return id === READER_LINK_MENU_ID || id === READER_PAGE_MENU_ID || id === READER_ACTION_MENU_ID;
}

/** The URL as the reader's `file` if the reader can open it (http, https, or file), else null. */
function readableUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, href } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' || protocol === 'file:' ? href : null;
  } catch {
    return null;
  }
}

/** A tab closed meanwhile, or a browser refusing a URL, is no error of ours to report. */
const quietly = (call: Promise<void>) => call.catch(() => undefined);

const validTab = (id: number | undefined): id is number => id !== undefined && id >= 0;

/**
 * `contextMenus.onClicked` for the reader's entries. A link opens in a new reader tab; a page
 * (or the toolbar menu) sends its own tab to the reader. A tab the reader cannot open (a browser
 * page, the reader itself) gets a new, empty reader instead, with its file picker.
 */
export async function handleReaderMenuClick(
  info: { menuItemId: string | number; linkUrl?: string; pageUrl?: string },
  tab: { id?: number; url?: string } | undefined,
  deps: ReaderDeps,
): Promise<void> {
  if (info.menuItemId === READER_LINK_MENU_ID) {
    const url = readableUrl(info.linkUrl);
    if (url) await quietly(deps.openTab(readerUrl(deps.readerPage, url), tab?.id));
    return;
  }
  if (!isReaderMenu(info.menuItemId)) return;
  const url = readableUrl(tab?.url ?? info.pageUrl);
  if (url && validTab(tab?.id))
    await quietly(deps.updateTab(tab.id, readerUrl(deps.readerPage, url)));
  else await quietly(deps.openTab(deps.readerPage, tab?.id));
}

/** The tab goes to the reader if the option is on and `url` is a web address. */
async function sendToReader(tabId: number, url: string, deps: ReaderDeps): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return;
  const settings = await deps.loadSettings();
  if (!settings.openPdfsInReader) return;
  await quietly(deps.updateTab(tabId, readerUrl(deps.readerPage, parsed.href)));
}

/**
 * The `pdf-document` message (Chrome: the content script saw `document.contentType` be a PDF
 * in the tab's top frame). A PDF in a frame of a page does not take the page's tab.
 */
export async function handlePdfDocument(
  message: { url: string },
  sender: { tab?: { id?: number }; frameId?: number },
  deps: ReaderDeps,
): Promise<void> {
  const tabId = sender.tab?.id;
  if (!validTab(tabId) || (sender.frameId !== undefined && sender.frameId !== 0)) return;
  await sendToReader(tabId, message.url, deps);
}

/**
 * `tabs.onUpdated` in Firefox, where no content script runs in the PDF viewer: a tab whose new
 * URL's path ends in `.pdf` is taken for a PDF (core/pdf-document.ts says what that misses).
 */
export async function handlePdfNavigation(
  tabId: number,
  change: { url?: string },
  deps: ReaderDeps,
): Promise<void> {
  if (!validTab(tabId) || !change.url || !isPdfDocument(undefined, change.url)) return;
  await sendToReader(tabId, change.url, deps);
}
