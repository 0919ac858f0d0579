import { useState } from 'preact/hooks';
import type { Dataset } from '@/data/schema';
import type { PageReport } from '@/core/report';
import type { SidebarUi } from '@/core/settings';
import type { SidebarAction, SidebarState } from '@/core/sidebar-state';
import type { CopyText } from './hooks/useCopy';
import { HoverCard } from './HoverCard';
import { Sidebar, type SidebarProps } from './Sidebar';

export interface AppProps {
  dataset: Dataset;
  report: PageReport;
  ui: SidebarUi;
  /** The UI state, owned by the mount's store (core/sidebar-state.ts). */
  state: SidebarState;
  dispatch: (action: SidebarAction) => void;
  onResize: (px: number, done: boolean) => void;
  onScrollToMention: (drugId: string, index: number) => void;
  onOpenSettings: () => void;
  /**
   * Copies text; resolves whether it worked (sidebar/clipboard.ts's `copyText`). A wiring that
   * still returns nothing counts as copied, as it did before copying could report failure.
   */
  onCopy: CopyText;
  /** The hover card's "Don't show cards on this site"; without it the card has no such button. */
  onHideCardsOnSite?: () => void;
  /** The page's address, for the notes' problem reports (only if the reader ticks it). */
  pageUrl?: string;
  /** When this build was made (YYYY-MM-DD), for "About this data"; absent in development. */
  buildDate?: string;
  /** Replaces the "On this page" list (the reader's per-page list of a PDF); see Sidebar. */
  pageView?: SidebarProps['pageView'];
}

/**
 * Root of the sidebar inside the shadow root: theme and side attributes, the live region, the
 * hover card and the sidebar (kept mounted once opened, so closing and reopening
 * returns to the same view). The launcher is stage 1's (sidebar/launcher.ts).
 */
export function App(props: AppProps) {
  const { dataset, report, ui, state, dispatch } = props;
  const [message, setMessage] = useState('');
  // Re-announcing the same text needs a change the screen reader notices.
  const announce = (text: string) => setMessage((m) => (m === text ? `${text}\u00a0` : text));

  return (
    <div
      class="jl"
      lang="en"
      data-theme={ui.theme}
      data-side={ui.side}
      style={{ '--w': `${ui.sidebarWidth}px` }}
    >
      <div class="sr-only" role="status" aria-live="polite">
        {message}
      </div>
      {state.hoverCard && (
        <HoverCard
          dataset={dataset}
          card={state.hoverCard}
          onOpenNotes={(drugId) => dispatch({ type: 'open', target: { drugId }, focus: true })}
          onClose={() => dispatch({ type: 'hover-card', card: null })}
          onHold={(holding) => dispatch({ type: 'hold-card', holding })}
          onHideOnSite={
            props.onHideCardsOnSite &&
            (() => {
              dispatch({ type: 'hover-card', card: null });
              props.onHideCardsOnSite?.();
            })
          }
        />
      )}
      {state.everOpened && (
        <Sidebar
          dataset={dataset}
          report={report}
          ui={ui}
          state={state}
          dispatch={dispatch}
          onResize={props.onResize}
          onScrollToMention={props.onScrollToMention}
          onOpenSettings={props.onOpenSettings}
          onCopy={props.onCopy}
          pageUrl={props.pageUrl}
          announce={announce}
          buildDate={props.buildDate}
          pageView={props.pageView}
        />
      )}
    </div>
  );
}
