/**
 * The reader's context-menu entries and "Open PDFs in JAK Lens automatically". Unit tests, not
 * e2e: no driver can right-click a browser's context menu or its toolbar button, and Firefox's
 * driver cannot open moz-extension pages (tests/e2e/reader.test.ts).
 */
import { describe, expect, test, vi } from 'vitest';
import { parseToBackground } from '@/core/messages';
import { DEFAULT_SETTINGS } from '@/core/settings';
import {
  handleMenuClick,
  handleMessage,
  registerMenus,
  type BackgroundDeps,
} from '@/entrypoints/background/handlers';
import {
  PDF_URL_PATTERNS,
  READER_ACTION_MENU_ID,
  READER_LINK_MENU_ID,
  READER_PAGE_MENU_ID,
  handlePdfDocument,
  handlePdfNavigation,
  handleReaderMenuClick,
  isReaderMenu,
  readerMenuItems,
  type ReaderDeps,
} from '@/entrypoints/background/reader-handlers';

const READER = 'chrome-extension://abc/reader.html';
const PDF = 'https://plan.example/formulary 2026.pdf';
const inReader = (url: string) => `${READER}?file=${encodeURIComponent(url)}`;

function createDeps(openPdfsInReader = true): ReaderDeps {
  return {
    readerPage: READER,
    openTab: vi.fn(async () => {}),
    updateTab: vi.fn(async () => {}),
    loadSettings: vi.fn(async () => ({ ...DEFAULT_SETTINGS, openPdfsInReader })),
  };
}

/** Chrome's match-pattern rule for the path, enough for these patterns: `*` is any run. */
function matches(pattern: string, url: string): boolean {
  const [, scheme, host, path] = /^(\*|https?):\/\/([^/]*)(\/.*)$/.exec(pattern) ?? [];
  const u = new URL(url);
  if (scheme === '*' ? !/^https?:$/.test(u.protocol) : `${scheme}:` !== u.protocol) return false;
  if (host !== '*' && host !== u.host) return false;
  const re = new RegExp(`^${(path ?? '').replace(/[.?]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return re.test(u.pathname + u.search);
}

describe('the menu entries', () => {
  test('offer the reader on links to PDFs, on PDF pages and on the toolbar button', () => {
    const items = readerMenuItems();
    expect(items.map((i) => [i.id, i.contexts])).toEqual([
      [READER_LINK_MENU_ID, ['link']],
      [READER_PAGE_MENU_ID, ['page']],
      [READER_ACTION_MENU_ID, ['action']],
    ]);
    expect(items.every((i) => i.title === 'Open in JAK Lens reader')).toBe(true);
    expect(items[0]?.targetUrlPatterns).toEqual(PDF_URL_PATTERNS);
    expect(items[1]?.documentUrlPatterns).toEqual(PDF_URL_PATTERNS);
    expect(items.every((i) => isReaderMenu(i.id))).toBe(true);
    expect(isReaderMenu('jak-lens-lookup')).toBe(false);
  });

  test.each([
    ['https://plan.example/formulary.pdf', true],
    ['http://plan.example/a/b/LABEL.PDF', true],
    ['https://plan.example/formulary.pdf?download=1', true],
    ['https://plan.example/formulary.html', false],
    // Match patterns see the query too: a download link naming a .pdf gets the entry.
    ['https://plan.example/get?file=formulary.pdf', true],
    ['https://plan.example/get?file=formulary.docx', false],
  ])('the PDF patterns match %s: %s', (url, expected) => {
    expect(PDF_URL_PATTERNS.some((p) => matches(p, url))).toBe(expected);
  });
});

describe('a click on an entry', () => {
  test('on a link opens the linked PDF in a new reader tab beside this one', async () => {
    const deps = createDeps();
    await handleReaderMenuClick({ menuItemId: READER_LINK_MENU_ID, linkUrl: PDF }, { id: 4 }, deps);
    expect(deps.openTab).toHaveBeenCalledWith(inReader(encodeURI(PDF)), 4);
    expect(deps.updateTab).not.toHaveBeenCalled();
  });

  test('on a link to something the reader cannot open does nothing', async () => {
    const deps = createDeps();
    for (const linkUrl of ['javascript:alert(1)', 'data:application/pdf,x', undefined]) {
      await handleReaderMenuClick({ menuItemId: READER_LINK_MENU_ID, linkUrl }, { id: 4 }, deps);
    }
    expect(deps.openTab).not.toHaveBeenCalled();
  });

  test.each([READER_PAGE_MENU_ID, READER_ACTION_MENU_ID])(
    '%s sends the tab itself to the reader',
    async (menuItemId) => {
      const deps = createDeps();
      const url = 'https://plan.example/label.pdf';
      await handleReaderMenuClick({ menuItemId }, { id: 9, url }, deps);
      expect(deps.updateTab).toHaveBeenCalledWith(9, inReader(url));
    },
  );

  test('on a tab the reader cannot open (a browser page) opens an empty reader', async () => {
    const deps = createDeps();
    await handleReaderMenuClick(
      { menuItemId: READER_ACTION_MENU_ID },
      { id: 9, url: 'chrome://newtab/' },
      deps,
    );
    expect(deps.updateTab).not.toHaveBeenCalled();
    expect(deps.openTab).toHaveBeenCalledWith(READER, 9);
  });

  test('a tab closed meanwhile is not an error', async () => {
    const deps = createDeps();
    vi.mocked(deps.updateTab).mockRejectedValue(new Error('No tab with id: 9'));
    await expect(
      handleReaderMenuClick({ menuItemId: READER_PAGE_MENU_ID }, { id: 9, url: PDF }, deps),
    ).resolves.toBeUndefined();
  });
});

describe('"Open PDFs in JAK Lens automatically"', () => {
  const top = { tab: { id: 5 }, frameId: 0 };

  test('sends a PDF tab to the reader when it is on', async () => {
    const deps = createDeps(true);
    await handlePdfDocument({ url: PDF }, top, deps);
    expect(deps.updateTab).toHaveBeenCalledWith(5, inReader(new URL(PDF).href));
  });

  test('leaves the tab alone when it is off (the default)', async () => {
    const deps = createDeps(false);
    await handlePdfDocument({ url: PDF }, top, deps);
    expect(deps.updateTab).not.toHaveBeenCalled();
  });

  test.each([
    ['a PDF in a frame of a page', { url: PDF }, { tab: { id: 5 }, frameId: 3 }],
    ['no tab', { url: PDF }, {}],
    ['a file: URL', { url: 'file:///home/me/a.pdf' }, top],
    ['a script URL', { url: 'javascript:alert(1)' }, top],
    ['not a URL', { url: 'formulary.pdf' }, top],
  ])('ignores %s', async (_name, message, sender) => {
    const deps = createDeps(true);
    await handlePdfDocument(message, sender, deps);
    expect(deps.updateTab).not.toHaveBeenCalled();
  });

  test('in Firefox, a tab whose new URL ends in .pdf goes to the reader', async () => {
    const deps = createDeps(true);
    await handlePdfNavigation(7, { url: 'https://plan.example/label.pdf' }, deps);
    await handlePdfNavigation(7, { url: 'https://plan.example/label.html' }, deps);
    await handlePdfNavigation(7, {}, deps);
    expect(deps.updateTab).toHaveBeenCalledTimes(1);
    expect(deps.updateTab).toHaveBeenCalledWith(7, inReader('https://plan.example/label.pdf'));
  });
});

describe('wired into the background', () => {
  /** Only what these calls use; the rest of BackgroundDeps is the other handlers' business. */
  const background = (reader?: ReaderDeps) =>
    ({
      removeAllMenus: vi.fn(async () => {}),
      createMenu: vi.fn(async () => {}),
      reader,
    }) as unknown as BackgroundDeps & { createMenu: ReturnType<typeof vi.fn> };

  test('registering the menus creates the reader entries after "Look up"', async () => {
    const deps = background();
    await registerMenus(deps);
    const ids = deps.createMenu.mock.calls.map(([item]) => (item as { id: string }).id);
    expect(ids).toEqual([
      'jak-lens-lookup',
      READER_LINK_MENU_ID,
      READER_PAGE_MENU_ID,
      READER_ACTION_MENU_ID,
    ]);
  });

  test('a click on a reader entry goes to the reader handlers, and does nothing unwired', async () => {
    const reader = createDeps();
    const click = { menuItemId: READER_PAGE_MENU_ID };
    await handleMenuClick(click, { id: 2, url: PDF }, background());
    await handleMenuClick(click, { id: 2, url: PDF }, background(reader));
    expect(reader.updateTab).toHaveBeenCalledTimes(1);
  });

  test('the pdf-document message is validated, then handled', async () => {
    const message = { type: 'pdf-document', url: PDF };
    expect(parseToBackground(message)).toEqual(message);
    expect(parseToBackground({ ...message, extra: 1 })).toBeNull();
    expect(parseToBackground({ type: 'pdf-document', url: 'x'.repeat(9000) })).toBeNull();
    expect(parseToBackground({ type: 'pdf-document' })).toBeNull();
    const reader = createDeps(true);
    await handleMessage(message, { tab: { id: 3 }, frameId: 0 }, background(reader));
    expect(reader.updateTab).toHaveBeenCalledWith(3, inReader(new URL(PDF).href));
  });
});
