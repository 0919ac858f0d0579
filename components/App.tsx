import { useRef, useState } from 'preact/hooks';
import type { Dataset } from '@/data/schema';
import type { PageReport } from '@/core/report';
import { HoverCard } from './HoverCard';
import { Launcher } from './Launcher';
import { Sidebar } from './Sidebar';
import type { HoverCardPoint, OpenRequest, OpenTarget, SidebarUiState } from './types';

export interface AppProps {
  dataset: Dataset;
  report: PageReport;
  ui: SidebarUiState;
  isOpen: boolean;
  request: OpenRequest | null;
  hoverCard: HoverCardPoint | null;
  launcherDismissed: boolean;
  onOpen: (target?: OpenTarget) => void;
  onClose: () => void;
  onDismissLauncher: () => void;
  onResize: (px: number, done: boolean) => void;
  onScrollToMention: (drugId: string, index: number) => void;
  onOpenSettings: () => void;
  onCopy: (text: string) => void;
  onHoverCardClose: () => void;
  onHoverCardHold: (holding: boolean) => void;
}

/**
 * Root of everything inside the shadow root: theme and side attributes, the live region, the
 * launcher, the hover card and the sidebar (kept mounted once opened, so closing and reopening
 * returns to the same view).
 */
export function App(props: AppProps) {
  const { dataset, report, ui, isOpen } = props;
  const [message, setMessage] = useState('');
  const everOpened = useRef(false);
  if (isOpen) everOpened.current = true;
  // Re-announcing the same text needs a change the screen reader notices.
  const announce = (text: string) => setMessage((m) => (m === text ? `${text}\u00a0` : text));

  return (
    <div
      class="jl"
      lang="en"
      data-theme={ui.theme}
      data-side={ui.side}
      style={{ '--w': `${ui.width}px` }}
    >
      <div class="sr-only" role="status" aria-live="polite">
        {message}
      </div>
      {!isOpen && !props.launcherDismissed && (
        <Launcher
          drugCount={report.drugs.length}
          onOpen={() => props.onOpen()}
          onDismiss={props.onDismissLauncher}
        />
      )}
      {props.hoverCard && (
        <HoverCard
          dataset={dataset}
          card={props.hoverCard}
          onOpenNotes={(drugId) => props.onOpen({ drugId })}
          onClose={props.onHoverCardClose}
          onHold={props.onHoverCardHold}
        />
      )}
      {everOpened.current && (
        <Sidebar
          dataset={dataset}
          report={report}
          ui={ui}
          request={props.request}
          hidden={!isOpen}
          onClose={props.onClose}
          onResize={props.onResize}
          onScrollToMention={props.onScrollToMention}
          onOpenSettings={props.onOpenSettings}
          onCopy={props.onCopy}
          announce={announce}
        />
      )}
    </div>
  );
}
