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
import { displayName, lookup, primaryClass } from '@/data/queries';
import { originPattern, readerSourceOf } from '@/core/reader-url';
import type { PdfDrugRow } from '@/components/PdfDrugPages';
import { INITIAL_READER_STATE, ReaderController, type ReaderState } from './controller';
import { loadPdfJs } from './pdfjs-runtime';
import { Reader } from './Reader';
import { strings } from '@/core/strings';

const s = strings.reader;
import './style.css';

const source = readerSourceOf(location.search);
const { drugs } = lookup(dataset);

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

  const openUrl = async (url: string) => {
    const pattern = originPattern(url);
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
      setState(reader.current);
      if (source.kind === 'url') void openUrl(source.url);
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
      onHide();
    };
  }, []);

  const notice =
    source.kind === 'local-file'
      ? s.localFile
      : source.kind === 'unsupported'
        ? s.unsupported
        : undefined;
  const reader = () => controller.current;
  return (
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
          if (granted && source.kind === 'url') void openUrl(source.url);
        });
      }}
      onCancelScan={() => reader()?.cancelScan()}
      onPage={(page) => reader()?.goToPage(page)}
      onZoom={(value) => reader()?.zoom(value)}
      onFind={(query, options) => reader()?.find(query, options)}
      onDrugPage={(drugId, page) => reader()?.showPage(page, drugId)}
      onStep={(drugId, direction) => reader()?.stepMention(direction, drugId)}
    />
  );
}

const app = document.getElementById('app');
if (app) render(<Root />, app);
