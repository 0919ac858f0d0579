/**
 * Reader page wiring (`reader.html?file=<URL-encoded http(s) URL>`, docs in core/reader-url.ts):
 * loads the shipped PDF.js, creates the {@link ReaderController} on the rendered viewer
 * container, opens the requested URL or a picked/dropped file, and passes state to
 * {@link Reader}. The only file of the reader that touches `browser` (host permission requests).
 */
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { dataset } from '@/data';
import { displayName, drugFilter, drugGroups, lookup, primaryClass } from '@/data/queries';
import { originPattern, readerSourceOf } from '@/core/reader-url';
import type { PageReport } from '@/core/report';
import { DEFAULT_SETTINGS, sidebarUi, type Settings } from '@/core/settings';
import type { SidebarState } from '@/core/sidebar-state';
import { BUILD_DATE } from '@/core/build-info';
import { HOVER_DELAY_MS } from '@/core/setting-enums';
import { PdfDrugPages, type PdfDrugRow } from '@/components/PdfDrugPages';
import { applyTheme } from '@/components/theme';
import { caretFromPoint, pointOnRecord, textCaret } from '@/page/mentions/hit-test';
import { applyLanguage } from '@/platform/language';
import { copyText } from '@/sidebar/clipboard';
import { loadSettings, saveSettings, watchSettings } from '@/platform/settings-store';
import { INITIAL_READER_STATE, ReaderController, type ReaderState } from './controller';
import { loadPdfJs } from './pdfjs-runtime';
import { Reader } from './Reader';
import { ReaderSidebar } from './ReaderSidebar';
import { createReaderSidebarStore } from './sidebar-state';
import { FILE_PATTERN, localFilePlan } from './local-file';
import { strings } from '@/core/strings';

const s = strings.reader;
import './style.css';

const source = readerSourceOf(location.search);
const { drugs } = lookup(dataset);
const groupsOfDrugs = drugGroups(dataset);

/** The sidebar's report: the document's (enabled) drugs with their counts. */
function reportOf(state: ReaderState): PageReport {
  return {
    // The PDF's names and contexts are in the per-page list, not in this report.
    drugs: state.drugs.map(({ drugId, count }) => ({ drugId, count, forms: [], context: '' })),
    totalMentions: state.mentionCount,
    capped: false,
  };
}

function rowsOf(state: ReaderState): PdfDrugRow[] {
  return state.drugs.flatMap(({ drugId, count, pages }) => {
    const drug = drugs.get(drugId);
    if (!drug) return [];
    const brands = drug.names.brands
      .map((b) => b.name)
      .slice(0, 3)
      .join(', ');
    const detail = [brands, primaryClass(dataset, drug)?.name].filter(Boolean).join(' · ');
    return [{ drugId, name: displayName(drug), detail, count, pages }];
  });
}

/** The file name a URL ends in, for the title (the URL itself if it has none). */
function titleOf(url: string): string {
  const last = new URL(url).pathname.split('/').filter(Boolean).pop();
  try {
    return last ? decodeURIComponent(last) : url;
  } catch {
    return last ?? url;
  }
}

/** Whether the extension may fetch from the PDF's origin without CORS (host permission). */
async function hasOrigin(pattern: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [pattern] });
  } catch {
    return false;
  }
}

function Root() {
  const containerRef = useRef<HTMLDivElement>(null);
  const viewerRef = useRef<HTMLDivElement>(null);
  const findRef = useRef<HTMLInputElement>(null);
  const controller = useRef<ReaderController | null>(null);
  const [state, setState] = useState<ReaderState | null>(null);
  const rows = useMemo(() => (state ? rowsOf(state) : []), [state?.drugs]);
  const report = useMemo(() => reportOf(state ?? INITIAL_READER_STATE), [state?.drugs]);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const settingsRef = useRef<Settings>(DEFAULT_SETTINGS);
  const [width, setWidth] = useState<number | null>(null);
  const [sidebar, setSidebar] = useState<SidebarState | null>(null);
  const store = useMemo(() => createReaderSidebarStore(setSidebar), []);
  const sidebarState = sidebar ?? store.getState();

  /** The user's settings (groups, highlight style, theme, sidebar side and width), live. */
  const applySettings = (next: Settings) => {
    applyLanguage(next.language);
    settingsRef.current = next;
    setSettings(next);
    setWidth(null);
    applyTheme(next.theme);
    store.setHoverDelay(HOVER_DELAY_MS[next.hoverDelay]);
    controller.current?.setHighlightStyle(next.highlightStyle);
    controller.current?.setDrugFilter(drugFilter(groupsOfDrugs, next.groups));
  };
  useEffect(() => {
    const stop = watchSettings(applySettings);
    void loadSettings().then(applySettings);
    return () => {
      stop();
      store.destroy();
    };
  }, []);
  useEffect(() => {
    store.dispatch({ type: 'report', drugCount: report.drugs.length });
  }, [report]);

  const ui = { ...sidebarUi(settings), sidebarWidth: width ?? settings.sidebarWidth };
  const reserve = sidebarState.open ? ui.sidebarWidth : 0;
  // PDF.js re-fits "automatic" and "page width" zoom once the viewer has its new width.
  useEffect(() => {
    const frame = requestAnimationFrame(() => controller.current?.refit());
    return () => cancelAnimationFrame(frame);
  }, [reserve, ui.side]);

  const [fileNotice, setFileNotice] = useState<string | undefined>();
  const openUrl = async (url: string) => {
    const pattern = url.startsWith('file:') ? FILE_PATTERN : originPattern(url);
    const allowed = await hasOrigin(pattern);
    await controller.current?.openUrl(url, titleOf(url), allowed ? undefined : pattern);
  };

  useEffect(() => {
    let live = true;
    void loadPdfJs().then((pdfjs) => {
      if (!live || !containerRef.current || !viewerRef.current) return;
      const reader = new ReaderController(
        pdfjs,
        containerRef.current,
        viewerRef.current,
        (next) => {
          document.title = next.title ? `${next.title} – ${s.title}` : s.title;
          setState(next);
        },
      );
      controller.current = reader;
      reader.setHighlightStyle(settingsRef.current.highlightStyle);
      reader.setDrugFilter(drugFilter(groupsOfDrugs, settingsRef.current.groups));
      setState(reader.current);
      if (source.kind === 'url') void openUrl(source.url);
      if (source.kind === 'local-file') void openLocal(source.url);
    });
    const onKey = (e: KeyboardEvent) => {
      const reader = controller.current;
      if (!reader) return;
      const mod = e.ctrlKey || e.metaKey;
      const inField = e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement;
      if (mod && e.key === 'f') {
        e.preventDefault();
        findRef.current?.focus();
        findRef.current?.select();
      } else if (mod && (e.key === '=' || e.key === '+')) {
        e.preventDefault();
        reader.zoom('in');
      } else if (mod && e.key === '-') {
        e.preventDefault();
        reader.zoom('out');
      } else if (!inField && !mod && (e.key === 'n' || e.key === 'N')) {
        reader.stepMention(e.key === 'n' ? 1 : -1);
      }
    };
    // Drag and drop: a local PDF opens without any permission; nothing is uploaded anywhere.
    const onDragOver = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      history.replaceState(null, '', location.pathname);
      void controller.current?.openFile(file);
    };
    // Hover cards: what lies under the pointer in a page's text layer, once per frame.
    let frame = 0;
    let last: PointerEvent | null = null;
    let hovered: string | null = null;
    const hoverTo = (found: { drugId: string; x: number; y: number } | null) => {
      // The "hover cards" setting turns them off here as on web pages.
      const card = settingsRef.current.hoverCards ? found : null;
      if ((card?.drugId ?? null) === hovered) return;
      hovered = card?.drugId ?? null;
      store.hover(card);
    };
    const hitTest = () => {
      frame = 0;
      const event = last;
      const reader = controller.current;
      if (!event || !reader) return;
      const caret = caretFromPoint(document, event.clientX, event.clientY);
      const at = caret && textCaret(caret);
      const record = at ? reader.mentionAt(at.node, at.offset) : undefined;
      const on = record && pointOnRecord(document, record, event.clientX, event.clientY);
      hoverTo(on ? { drugId: record.drugId, x: event.clientX, y: event.clientY } : null);
    };
    const onPointerMove = (e: PointerEvent) => {
      if (e.pointerType === 'touch') return;
      last = e;
      if (!frame) frame = requestAnimationFrame(hitTest);
    };
    const onPointerLeave = () => hoverTo(null);
    const viewer = containerRef.current;
    viewer?.addEventListener('pointermove', onPointerMove, { passive: true });
    viewer?.addEventListener('pointerleave', onPointerLeave);
    // Closing the tab stops the text extraction and frees the worker.
    const onHide = () => controller.current?.close();
    window.addEventListener('keydown', onKey);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    window.addEventListener('pagehide', onHide);
    return () => {
      live = false;
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('pagehide', onHide);
      viewer?.removeEventListener('pointermove', onPointerMove);
      viewer?.removeEventListener('pointerleave', onPointerLeave);
      cancelAnimationFrame(frame);
      onHide();
    };
  }, []);

  /** A `file:` URL: opened where the browser lets the reader read it, else explained. */
  const openLocal = async (url: string) => {
    const allowed = await browser.extension.isAllowedFileSchemeAccess().catch(() => false);
    const plan = localFilePlan(import.meta.env.FIREFOX, allowed);
    if (plan === 'open') await openUrl(url);
    else setFileNotice(plan === 'explain-chrome' ? s.localFileChrome : s.localFile);
  };

  const notice =
    source.kind === 'local-file'
      ? fileNotice
      : source.kind === 'unsupported'
        ? s.unsupported
        : undefined;
  const reader = () => controller.current;
  const shell = { [ui.side === 'left' ? 'paddingLeft' : 'paddingRight']: `${reserve}px` };
  return (
    <div class="reader-shell" style={shell}>
      <Reader
        state={state ?? INITIAL_READER_STATE}
        notice={notice}
        rows={rows}
        containerRef={containerRef}
        viewerRef={viewerRef}
        findRef={findRef}
        onOpenFile={(file) => {
          history.replaceState(null, '', location.pathname);
          void reader()?.openFile(file);
        }}
        onPassword={(password) => reader()?.submitPassword(password)}
        onCancelPassword={() => reader()?.cancelPassword()}
        onRequestOrigin={(pattern) => {
          // Called straight from the click: Firefox grants permissions only inside the user gesture.
          void browser.permissions.request({ origins: [pattern] }).then((granted) => {
            if (granted && source.kind !== 'none' && source.kind !== 'unsupported') {
              void openUrl(source.url);
            }
          });
        }}
        onCancelScan={() => reader()?.cancelScan()}
        onPage={(page) => reader()?.goToPage(page)}
        onZoom={(value) => reader()?.zoom(value)}
        onFind={(query, options) => reader()?.find(query, options)}
        onStep={(drugId, direction) => reader()?.stepMention(direction, drugId)}
        sidebarOpen={sidebarState.open}
        onToggleSidebar={() =>
          store.dispatch(sidebarState.open ? { type: 'close' } : { type: 'open', focus: true })
        }
      />
      <ReaderSidebar
        dataset={dataset}
        report={report}
        ui={ui}
        state={sidebarState}
        dispatch={store.dispatch}
        onResize={(px, done) => {
          setWidth(px);
          if (done) {
            saveSettings({ ...settingsRef.current, sidebarWidth: px }).catch(() => undefined);
          }
        }}
        onScrollToMention={(drugId, index) => reader()?.scrollToMention(drugId, index)}
        onOpenSettings={() => void browser.runtime.openOptionsPage()}
        onCopy={(text) => copyText(text, document)}
        buildDate={BUILD_DATE}
        // A problem report about a note may name the PDF it was read in (only if the user ticks it).
        pageUrl={source.kind === 'url' ? source.url : undefined}
        pageView={(openDrug) =>
          rows.length === 0 ? (
            <p class="empty" data-testid="reader-sidebar-empty">
              {s.noDrugsYet}
            </p>
          ) : (
            <PdfDrugPages
              heading={s.drugsHeading}
              rows={rows}
              onPage={(drugId, page) => reader()?.showPage(page, drugId)}
              onStep={(drugId, direction) => reader()?.stepMention(direction, drugId)}
              onOpenDrug={openDrug}
            />
          )
        }
      />
    </div>
  );
}

const app = document.getElementById('app');
if (app) render(<Root />, app);
