import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { PdfDrugRow } from '@/components/PdfDrugPages';
import type { ReaderState } from './controller';
import { format, plural, strings } from '@/core/strings';

const s = strings.reader;

export interface ReaderProps {
  state: ReaderState;
  /** A message about the requested URL that is not a load error (file: links, other schemes). */
  notice?: string;
  rows: readonly PdfDrugRow[];
  containerRef: RefObject<HTMLDivElement | null>;
  viewerRef: RefObject<HTMLDivElement | null>;
  findRef: RefObject<HTMLInputElement | null>;
  onOpenFile: (file: File) => void;
  onPassword: (password: string) => void;
  onCancelPassword: () => void;
  onRequestOrigin: (pattern: string) => void;
  onCancelScan: () => void;
  onPage: (page: number) => void;
  onZoom: (value: string) => void;
  onFind: (query: string, options: { again?: boolean; previous?: boolean }) => void;
  /** Whether the sidebar (the drug list, notes, search, compare) is showing. */
  sidebarOpen: boolean;
  onToggleSidebar: () => void;
  /** Next or previous mention of any drug (the sidebar steps through one drug's). */
  onStep: (drugId: string | undefined, direction: 1 | -1) => void;
}

const ZOOMS: [string, string][] = [
  ['auto', s.zoomAuto],
  ['page-width', s.zoomWidth],
  ['page-fit', s.zoomFit],
  ['0.5', '50%'],
  ['0.75', '75%'],
  ['1', '100%'],
  ['1.25', '125%'],
  ['1.5', '150%'],
  ['2', '200%'],
  ['3', '300%'],
];

/**
 * The reader page: toolbar, status line with next/previous mention, and PDF.js's viewer
 * container. The drug list is in the sidebar beside it (ReaderSidebar.tsx).
 */
export function Reader(props: ReaderProps) {
  const { state } = props;
  const fileInput = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const ready = state.phase === 'ready';
  const zoomKnown = ZOOMS.some(([value]) => value === state.scale);
  return (
    <div class="reader">
      <header class="toolbar" aria-label={s.title}>
        <button type="button" onClick={() => fileInput.current?.click()} data-testid="open-file">
          {s.open}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/pdf,.pdf"
          hidden
          data-testid="file-input"
          onChange={(e) => {
            const file = (e.currentTarget as HTMLInputElement).files?.[0];
            if (file) props.onOpenFile(file);
          }}
        />
        <span class="sep" />
        <button
          type="button"
          aria-label={s.previousPage}
          title={s.previousPage}
          disabled={!ready || state.currentPage <= 1}
          onClick={() => props.onPage(state.currentPage - 1)}
        >
          ↑
        </button>
        <label class="page-nav">
          <span class="visually-hidden">{s.page}</span>
          <input
            type="number"
            min={1}
            max={state.pageCount || 1}
            value={ready ? state.currentPage : ''}
            disabled={!ready}
            data-testid="page-number"
            onChange={(e) => props.onPage(Number((e.currentTarget as HTMLInputElement).value))}
          />
          <span data-testid="page-count">
            {ready ? format(s.ofPages, { n: state.pageCount }) : ''}
          </span>
        </label>
        <button
          type="button"
          aria-label={s.nextPage}
          title={s.nextPage}
          disabled={!ready || state.currentPage >= state.pageCount}
          onClick={() => props.onPage(state.currentPage + 1)}
        >
          ↓
        </button>
        <span class="sep" />
        <button
          type="button"
          aria-label={s.zoomOut}
          title={s.zoomOut}
          disabled={!ready}
          onClick={() => props.onZoom('out')}
        >
          −
        </button>
        <select
          aria-label={s.zoom}
          disabled={!ready}
          value={zoomKnown ? state.scale : 'custom'}
          onChange={(e) => props.onZoom((e.currentTarget as HTMLSelectElement).value)}
        >
          {ZOOMS.map(([value, label]) => (
            <option value={value}>{label}</option>
          ))}
          {!zoomKnown && (
            <option value="custom">{`${Math.round(Number(state.scale) * 100)}%`}</option>
          )}
        </select>
        <button
          type="button"
          aria-label={s.zoomIn}
          title={s.zoomIn}
          disabled={!ready}
          onClick={() => props.onZoom('in')}
        >
          +
        </button>
        <span class="sep" />
        <input
          ref={props.findRef}
          type="search"
          class="find"
          placeholder={s.find}
          aria-label={s.find}
          disabled={!ready}
          value={query}
          data-testid="find"
          onInput={(e) => {
            const value = (e.currentTarget as HTMLInputElement).value;
            setQuery(value);
            props.onFind(value, {});
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') props.onFind(query, { again: true, previous: e.shiftKey });
          }}
        />
        <button
          type="button"
          aria-label={s.findPrevious}
          title={s.findPrevious}
          disabled={!ready || !query}
          onClick={() => props.onFind(query, { again: true, previous: true })}
        >
          ‹
        </button>
        <button
          type="button"
          aria-label={s.findNext}
          title={s.findNext}
          disabled={!ready || !query}
          onClick={() => props.onFind(query, { again: true })}
        >
          ›
        </button>
        <span class="find-count" role="status" data-testid="find-count">
          {query && state.find.notFound
            ? s.findNone
            : state.find.total === 0
              ? ''
              : format(s.findCount, { current: state.find.current, total: state.find.total })}
        </span>
      </header>
      <div class="body">
        <aside class="panel" aria-label={s.statusLabel}>
          <Status {...props} />
          {props.rows.length > 0 && (
            <>
              <div class="step-all">
                <button
                  type="button"
                  aria-pressed={props.sidebarOpen}
                  data-testid="toggle-sidebar"
                  onClick={props.onToggleSidebar}
                >
                  {s.drugsHeading}
                </button>
                <button
                  type="button"
                  data-testid="previous-mention"
                  onClick={() => props.onStep(undefined, -1)}
                >
                  {s.previousMention}
                </button>
                <button
                  type="button"
                  data-testid="next-mention"
                  onClick={() => props.onStep(undefined, 1)}
                >
                  {s.nextMention}
                </button>
              </div>
            </>
          )}
        </aside>
        {/* PDF.js's viewer wants an absolutely positioned scroll container around `.pdfViewer`. */}
        <main class="viewer-frame">
          <div id="viewerContainer" ref={props.containerRef} tabIndex={0} data-testid="viewer">
            <div id="viewer" class="pdfViewer" ref={props.viewerRef} />
          </div>
        </main>
      </div>
    </div>
  );
}

function Status(props: ReaderProps) {
  const { state } = props;
  const [password, setPassword] = useState('');
  if (state.phase === 'password') {
    return (
      <form
        class="status password"
        data-testid="password-form"
        onSubmit={(e) => {
          e.preventDefault();
          props.onPassword(password);
          setPassword('');
        }}
      >
        <label>
          <span>{state.passwordRetry ? s.passwordWrong : s.passwordLabel}</span>
          <input
            type="password"
            autoFocus
            value={password}
            data-testid="password"
            onInput={(e) => setPassword((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <div>
          <button type="submit">{s.passwordSubmit}</button>
          <button type="button" onClick={props.onCancelPassword}>
            {s.passwordCancel}
          </button>
        </div>
      </form>
    );
  }
  if (state.phase === 'error' && state.error) {
    const { message, refetchHint, requestOrigin } = state.error;
    return (
      <div class="status error" role="alert" data-testid="reader-error">
        <p>{message}</p>
        {requestOrigin && (
          <p>
            {format(s.requestOrigin, { origin: requestOrigin.replace(/\/\*$/, '') })}{' '}
            <button
              type="button"
              data-testid="allow-origin"
              onClick={() => props.onRequestOrigin(requestOrigin)}
            >
              {s.allowOrigin}
            </button>
          </p>
        )}
        {refetchHint && <p class="muted">{s.refetchHint}</p>}
        <p class="muted">{s.dropHint}</p>
      </div>
    );
  }
  if (state.phase === 'empty') {
    return (
      <div class="status" data-testid="reader-empty">
        <h1>{s.emptyHeading}</h1>
        {props.notice && (
          <p role="alert" data-testid="reader-notice">
            {props.notice}
          </p>
        )}
        <p>{s.emptyText}</p>
        <p class="muted">{s.dropHint}</p>
      </div>
    );
  }
  if (state.phase === 'loading')
    return (
      <p class="status" role="status">
        {s.loading}
      </p>
    );
  const { scan } = state;
  return (
    <div class="status" role="status" data-testid="reader-status">
      {scan.running ? (
        <>
          <progress max={scan.total} value={scan.done} />
          <span>{format(s.scanning, { done: scan.done, total: scan.total })}</span>{' '}
          <button type="button" data-testid="scan-cancel" onClick={props.onCancelScan}>
            {s.scanCancel}
          </button>
        </>
      ) : scan.noText ? (
        <p data-testid="no-text">{s.noText}</p>
      ) : (
        <>
          {scan.cancelled && (
            <p>{format(s.scanCancelled, { done: scan.done, total: scan.total })}</p>
          )}
          <p data-testid="reader-summary">
            {state.mentionCount === 0
              ? plural(s.noNamesInPages, state.pageCount)
              : `${plural(strings.mentions, state.mentionCount)} ${plural(s.ofDrugs, props.rows.length)}`}
          </p>
        </>
      )}
    </div>
  );
}
