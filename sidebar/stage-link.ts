/**
 * How stage 2 (the sidebar, injected on demand) finds stage 1 (the detector) in the same page
 * (docs/design.md, "Two stages"). The two are separate bundles, so they share no module
 * instances: stage 1 publishes one object under one explicit global of the content scripts'
 * isolated world (never visible to the page's own scripts), and stage 2 reads it and attaches.
 */
import type { PageReport } from '@/core/report';
import type { HoverCardPoint, OpenTarget } from '@/core/sidebar-state';

/** The one global: a property of the isolated world's `globalThis`. */
const LINK_KEY = '__jakLensDetector';

/** What stage 1 offers stage 2. */
export interface DetectorLink {
  readonly document: Document;
  /** Our one host element and its closed shadow root, with the launcher already in it. */
  readonly element: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Aborted when this copy of the content script ends (navigation, update, disable). */
  readonly signal: AbortSignal;
  /** The tab's report, all frames merged. */
  report(): PageReport;
  /** The settings object from the background (stage 2 reads it with the settings schema). */
  settings(): unknown;
  scrollToMention(drugId: string, index: number): void;
  /** Hides the launcher while the sidebar is open. */
  setSidebarOpen(open: boolean): void;
  openOptions(): void;
  /** Stage 2 registers itself; stage 1 then replays what was asked for while it loaded. */
  attach(ui: UiLink): void;
}

/** What stage 2 offers stage 1 once attached. */
export interface UiLink {
  update(report: PageReport): void;
  setSettings(settings: unknown): void;
  /** Opens at a target and moves focus in (auto-open is the sidebar's own, from the settings). */
  open(target?: OpenTarget): void;
  toggle(): void;
  showHoverCard(card: HoverCardPoint | null): void;
  /** The host was put back after the page removed it: re-apply the layout. */
  reattached(): void;
  destroy(): void;
}

type LinkGlobal = { [LINK_KEY]?: DetectorLink };

/** Publishes `link` for stage 2 until `link.signal` aborts or the returned function is called. */
export function publishDetectorLink(link: DetectorLink): () => void {
  const scope = globalThis as LinkGlobal;
  scope[LINK_KEY] = link;
  const unpublish = () => {
    if (scope[LINK_KEY] === link) delete scope[LINK_KEY];
  };
  link.signal.addEventListener('abort', unpublish, { once: true });
  return unpublish;
}

/** The live detector of this frame, if any (an orphaned copy's link is gone with its signal). */
export function findDetectorLink(): DetectorLink | null {
  const link = (globalThis as LinkGlobal)[LINK_KEY];
  return link && !link.signal.aborted ? link : null;
}

const CLAIM_KEY = '__jakLensFrame';

/** A live copy of stage 1 in this frame: its lifetime and whether its extension runtime lives. */
interface FrameClaim {
  signal: AbortSignal;
  alive(): boolean;
}

/**
 * Claims this frame for one copy of stage 1; false when a live copy already holds it (the
 * background injects stage 1 into open tabs after an update, and a tab that loaded meanwhile
 * already has the declared copy). A copy whose extension was reloaded does not count.
 */
export function claimFrame(claim: FrameClaim): boolean {
  const scope = globalThis as { [CLAIM_KEY]?: FrameClaim };
  const held = scope[CLAIM_KEY];
  if (held && !held.signal.aborted && held.alive()) return false;
  scope[CLAIM_KEY] = claim;
  return true;
}
