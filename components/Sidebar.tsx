import { useId, useLayoutEffect, useReducer, useRef } from 'preact/hooks';
import type { Dataset } from '@/data/schema';
import type { PageReport } from '@/core/report';
import { CompareView } from './CompareView';
import { DrugView } from './DrugView';
import { PageDrugList } from './PageDrugList';
import { ResizeHandle } from './ResizeHandle';
import { SearchView } from './SearchView';
import { SidebarHeader } from './SidebarHeader';
import { displayName, formatSource, interviewSource, lookup } from '@/data/queries';
import { strings } from './strings';
import type { OpenRequest, OpenTarget, SidebarUiState, TabId } from './types';
import { INITIAL_VIEW, shownDrug, stepMention, viewReducer } from './view-state';

export interface SidebarProps {
  dataset: Dataset;
  report: PageReport;
  ui: SidebarUiState;
  /** The latest open request; a new `seq` navigates (and focuses when asked). */
  request?: OpenRequest | null;
  hidden?: boolean;
  onClose: () => void;
  onResize: (px: number, done: boolean) => void;
  onScrollToMention: (drugId: string, index: number) => void;
  onOpenSettings: () => void;
  onCopy: (text: string) => void;
  /** Polite screen-reader announcement. */
  announce: (message: string) => void;
}

const TABS: TabId[] = ['page', 'compare', 'search'];

/** Where focus goes after an open request: the drug's title, the search box, or the current tab. */
function focusSelector({ drugId, query }: OpenTarget): string {
  if (drugId) return '[data-testid=drug-title]';
  if (query !== undefined) return '[data-testid=search-input]';
  return '[role=tab][aria-selected=true]';
}

/** The panel: header, view tabs, the current view and the footer. Owns navigation state. */
export function Sidebar(props: SidebarProps) {
  const { dataset, report, ui, request, hidden, announce } = props;
  const id = useId();
  const [state, dispatch] = useReducer(viewReducer, INITIAL_VIEW);
  const rootRef = useRef<HTMLElement>(null);
  /** Selector of the element to focus once the next render lands. */
  const pendingFocus = useRef<string | null>(null);
  const { drugs } = lookup(dataset);

  // Requests are applied during render, not in an effect, so the new view paints in the same
  // frame as the open (no flash of the previous view); the dispatch persists it.
  const handledSeq = useRef(0);
  let view = state;
  if (request && request.seq !== handledSeq.current) {
    handledSeq.current = request.seq;
    const action = { type: 'open', target: request.target } as const;
    view = viewReducer(state, action);
    if (view !== state) dispatch(action);
    if (request.focus) pendingFocus.current = focusSelector(request.target);
  }

  // Layout effect: focus moves synchronously with the commit, before the user can type.
  useLayoutEffect(() => {
    const selector = pendingFocus.current;
    const el = selector ? rootRef.current?.querySelector<HTMLElement>(selector) : null;
    if (!el) return;
    pendingFocus.current = null;
    el.focus();
    el.scrollIntoView?.({ block: 'nearest' });
  });

  const openDrug = (drugId: string | null, noteId?: string) => {
    const from = shownDrug(view);
    dispatch({ type: 'drug', drugId });
    pendingFocus.current = noteId
      ? `[data-note-id="${noteId}"]`
      : drugId
        ? '[data-testid=drug-title]'
        : from && `[data-drug-id="${from}"]`;
    const drug = drugId ? drugs.get(drugId) : undefined;
    if (drug) announce(strings.showingDrug(displayName(drug)));
  };

  const selectTab = (tab: TabId, focus = false) => {
    dispatch({ type: 'tab', tab });
    if (focus) pendingFocus.current = `[data-testid=tab-${tab}]`;
  };

  const onTabKey = (e: KeyboardEvent) => {
    const i = TABS.indexOf(view.tab);
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: TABS.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    selectTab(TABS[(next + TABS.length) % TABS.length] as TabId, true);
  };

  const drugId = shownDrug(view);
  const drug = drugId ? drugs.get(drugId) : undefined;
  const onPage = drug ? report.drugs.find((d) => d.drugId === drug.id) : undefined;
  const visited = drug ? (view.mention[drug.id] ?? -1) : -1;
  // The page may have changed since (SPA navigation): an index past the end means "none yet".
  const mentionIndex = onPage && visited < onPage.count ? visited : -1;
  const step = (dir: 1 | -1) => {
    if (!drug || !onPage) return;
    const index = stepMention(mentionIndex, onPage.count, dir);
    dispatch({ type: 'mention', drugId: drug.id, index });
    props.onScrollToMention(drug.id, index);
    announce(strings.mentionOf(index, onPage.count));
  };
  const copy = (text: string) => {
    props.onCopy(text);
    announce(strings.copied);
  };
  const source = interviewSource(dataset);

  let body;
  if (drug) {
    body = (
      <DrugView
        dataset={dataset}
        drug={drug}
        mentions={
          onPage && {
            count: onPage.count,
            index: mentionIndex,
            onPrev: () => step(-1),
            onNext: () => step(1),
          }
        }
        backLabel={view.tab === 'search' ? strings.tabs.search : strings.tabs.page}
        onBack={() => openDrug(null)}
        onCopy={copy}
      />
    );
  } else if (drugId) {
    body = <p class="empty">{strings.unknownDrug}</p>;
  } else if (view.tab === 'page') {
    body = <PageDrugList dataset={dataset} report={report} onOpenDrug={openDrug} />;
  } else if (view.tab === 'compare') {
    body = <CompareView dataset={dataset} report={report} onOpenDrug={openDrug} />;
  } else {
    body = (
      <SearchView
        dataset={dataset}
        query={view.query}
        onQueryChange={(query) => dispatch({ type: 'query', query })}
        onOpenDrug={openDrug}
        announce={announce}
      />
    );
  }

  return (
    <aside
      ref={rootRef}
      class="panel"
      role="complementary"
      aria-label={strings.sidebarLabel}
      data-testid="sidebar"
      hidden={hidden}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          props.onClose();
        }
      }}
    >
      <ResizeHandle width={ui.width} side={ui.side} onResize={props.onResize} />
      <SidebarHeader
        dataset={dataset}
        onClose={props.onClose}
        onOpenSettings={props.onOpenSettings}
      />
      <div class="tabs" role="tablist" aria-label={strings.tabsLabel} onKeyDown={onTabKey}>
        {TABS.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`${id}-tab-${tab}`}
            class="tab"
            aria-selected={view.tab === tab}
            aria-controls={view.tab === tab ? `${id}-panel` : undefined}
            tabIndex={view.tab === tab ? 0 : -1}
            data-testid={`tab-${tab}`}
            onClick={() => selectTab(tab)}
          >
            {strings.tabs[tab]}
            {tab === 'page' && report.drugs.length > 0 && (
              <>
                {' '}
                <span class="badge">{report.drugs.length}</span>
              </>
            )}
          </button>
        ))}
      </div>
      <div
        class="body"
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-tab-${view.tab}`}
      >
        {body}
      </div>
      <footer class="foot">
        <p>{strings.disclaimer}</p>
        {source && (
          <p class="muted">
            {strings.source}: {formatSource(source)}
            {source.attribution ? `. ${source.attribution}` : ''}
          </p>
        )}
      </footer>
    </aside>
  );
}
