import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import type { Dataset } from '@/data/schema';
import type { PageReport } from '@/core/report';
import {
  shownDrug,
  stepMention,
  type FocusRequest,
  type SidebarAction,
  type SidebarState,
  type TabId,
} from '@/core/sidebar-state';
import { AboutData } from './AboutData';
import { CompareView } from './CompareView';
import { DrugView, mentionLabel } from './DrugView';
import { PageDrugList } from './PageDrugList';
import { ResizeHandle } from './ResizeHandle';
import { SearchView } from './SearchView';
import { SidebarHeader } from './SidebarHeader';
import { displayName, formatSource, interviewSource, lookup } from '@/data/queries';
import { useArrowKeys } from './hooks/useArrowKeys';
import { useEscape } from './hooks/useEscape';
import { format, strings } from '@/core/strings';
import type { SidebarUi } from '@/core/settings';
import type { CopyText } from './hooks/useCopy';

export interface SidebarProps {
  dataset: Dataset;
  report: PageReport;
  ui: SidebarUi;
  /** The UI state, owned by the mount's store; the panel is hidden while it is closed. */
  state: SidebarState;
  dispatch: (action: SidebarAction) => void;
  onResize: (px: number, done: boolean) => void;
  onScrollToMention: (drugId: string, index: number) => void;
  onOpenSettings: () => void;
  /** Copies text and resolves whether it worked (sidebar/clipboard.ts); the UI says which. */
  onCopy: CopyText;
  /** The page's address, which a note's problem report may include if the reader ticks it. */
  pageUrl?: string;
  /** Polite screen-reader announcement. */
  announce: (message: string) => void;
  /** When this build was made (YYYY-MM-DD), for "About this data"; absent in development. */
  buildDate?: string;
  /**
   * The "On this page" list in place of {@link PageDrugList}, given the function that opens a
   * drug's view: the reader shows a PDF's drugs with the pages they are on.
   */
  pageView?: (openDrug: (drugId: string) => void) => ComponentChildren;
}

/** The tabs in their row; "About this data" is a view too, opened from the header instead. */
const TABS = ['page', 'compare', 'search'] as const satisfies readonly TabId[];

/** The element a focus request inside the panel names; null for the page's (the mount's job). */
function focusSelector(request: FocusRequest): string | null {
  switch (request.to) {
    case 'drug-title':
      return '[data-testid=drug-title]';
    case 'search-input':
      return '[data-testid=search-input]';
    case 'selected-tab':
      return '[role=tab][aria-selected=true]';
    case 'tab':
      return `[data-testid=tab-${request.tab}]`;
    case 'note':
      return `[data-note-id="${request.noteId}"]`;
    case 'drug-row':
      return `[data-drug-id="${request.drugId}"]`;
    case 'return':
      return null;
  }
}

/** The panel: header, view tabs, the current view and the footer. Navigates through `dispatch`. */
export function Sidebar(props: SidebarProps) {
  const { dataset, report, ui, state: view, dispatch, announce } = props;
  const id = useId();
  const rootRef = useRef<HTMLElement>(null);
  const { drugs } = lookup(dataset);

  // Layout effect: focus moves synchronously with the commit, before the user can type. A focus
  // request is a new object each time, so it is applied once. Focus without scrolling needs no
  // layout; bringing the element into view waits for the frame after next, when the browser has
  // laid the page out anyway (done at once, it forced a layout of the whole page: docs/perf.md).
  useLayoutEffect(() => {
    const selector = view.focus && focusSelector(view.focus);
    const el = selector ? rootRef.current?.querySelector<HTMLElement>(selector) : null;
    if (!el) return;
    el.focus({ preventScroll: true });
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => el.scrollIntoView?.({ block: 'nearest' }));
    });
    return () => cancelAnimationFrame(frame);
  }, [view.focus]);

  const openDrug = (drugId: string | null, noteId?: string) => {
    dispatch({ type: 'drug', drugId, noteId });
    const drug = drugId ? drugs.get(drugId) : undefined;
    if (drug) announce(format(strings.showingDrug, { name: displayName(drug) }));
  };

  const selectTab = (tab: TabId, focus = false) => dispatch({ type: 'tab', tab, focus });

  // Roving tabs: arrows select the next tab (which then takes focus), wrapping at the ends.
  const tabKeys = useArrowKeys<HTMLDivElement>({
    selector: '[role=tab]',
    orientation: 'horizontal',
    wrap: true,
    onMove: (i) => selectTab(TABS[i] as TabId, true),
  });
  const onEscape = useEscape(() => dispatch({ type: 'close' }));

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
    announce(mentionLabel(index, onPage.count));
  };
  const copy = async (text: string) => {
    // A wiring that throws, rejects or answers anything but true has not copied.
    let copied = false;
    try {
      copied = (await props.onCopy(text)) === true;
    } catch {
      copied = false;
    }
    announce(copied ? strings.copy.done : strings.copy.failed);
    return copied;
  };
  const source = interviewSource(dataset);
  const aboutOpen = view.tab === 'about';
  // With "About this data" showing no tab is selected; the first stays reachable with Tab.
  const tabStop = aboutOpen ? 'page' : view.tab;

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
        feedbackAddress={ui.feedbackAddress}
        pageUrl={props.pageUrl}
      />
    );
  } else if (drugId) {
    body = <p class="empty">{strings.unknownDrug}</p>;
  } else if (view.tab === 'page') {
    body = props.pageView ? (
      props.pageView(openDrug)
    ) : (
      <PageDrugList dataset={dataset} report={report} onOpenDrug={openDrug} onCopy={copy} />
    );
  } else if (view.tab === 'about') {
    body = <AboutData dataset={dataset} buildDate={props.buildDate} />;
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
      hidden={!view.open}
      onKeyDown={onEscape}
    >
      <ResizeHandle width={ui.sidebarWidth} side={ui.side} onResize={props.onResize} />
      <SidebarHeader
        dataset={dataset}
        onClose={() => dispatch({ type: 'close' })}
        onOpenSettings={props.onOpenSettings}
        aboutOpen={aboutOpen}
        onToggleAbout={() => selectTab(aboutOpen ? 'page' : 'about')}
      />
      <div
        ref={tabKeys.ref}
        class="tabs"
        role="tablist"
        aria-label={strings.tabsLabel}
        onKeyDown={tabKeys.onKeyDown}
      >
        {TABS.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`${id}-tab-${tab}`}
            class="tab"
            aria-selected={view.tab === tab}
            aria-controls={view.tab === tab ? `${id}-panel` : undefined}
            tabIndex={tabStop === tab ? 0 : -1}
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
        role={aboutOpen ? 'region' : 'tabpanel'}
        id={`${id}-panel`}
        aria-label={aboutOpen ? strings.aboutHeading : undefined}
        aria-labelledby={aboutOpen ? undefined : `${id}-tab-${view.tab}`}
        // Firefox puts scrollable containers in the Tab order; every view has focusable
        // content, so Tab goes from the tabs straight to it (arrow keys still scroll).
        tabIndex={-1}
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
