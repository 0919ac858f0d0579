/**
 * The per-tab state of frames (docs/design.md, "Two stages"): each frame's latest report, kept in
 * `storage.session` because the service worker (Chrome) or event page (Firefox) may stop between
 * two reports. From it come the badge (all frames) and the list the top frame's sidebar merges.
 * Pure functions over the stored value; `handlers.ts` reads and writes it.
 */
import { isPageReport, MAX_FRAMES, type FrameReport } from '@/core/detector-protocol';
import type { PageReport } from '@/core/report';

interface FrameEntry {
  report: PageReport;
  timeOrigin: number;
}

/** What is stored per tab: the top document's start, and each frame's report by frame id. */
export interface TabFrames {
  topOrigin: number;
  frames: Record<string, FrameEntry>;
}

const EMPTY: TabFrames = { topOrigin: 0, frames: {} };

/** Reads a stored value; anything malformed (an older version's, a corrupted one) is a fresh tab. */
export function readTabFrames(stored: unknown): TabFrames {
  if (typeof stored !== 'object' || stored === null) return EMPTY;
  const { topOrigin, frames } = stored as Partial<TabFrames>;
  if (typeof topOrigin !== 'number' || typeof frames !== 'object' || frames === null) return EMPTY;
  const kept: Record<string, FrameEntry> = {};
  for (const [id, entry] of Object.entries(frames)) {
    if (/^\d+$/.test(id) && typeof entry?.timeOrigin === 'number' && isPageReport(entry.report)) {
      kept[id] = entry;
    }
  }
  return { topOrigin, frames: kept };
}

/**
 * The state after frame `frameId` reported. A report from the top frame of a newer document (a
 * navigation) drops the frames of the page before; a frame's report older than the top document
 * is a late one from that previous page, ignored. An empty report removes the frame. Beyond
 * {@link MAX_FRAMES} frames with mentions, new ones are not kept.
 */
export function withReport(
  state: TabFrames,
  frameId: number,
  report: PageReport,
  timeOrigin: number,
): TabFrames {
  let { topOrigin, frames } = state;
  if (frameId === 0 && timeOrigin > topOrigin) {
    topOrigin = timeOrigin;
    frames = Object.fromEntries(
      Object.entries(frames).filter(([, entry]) => entry.timeOrigin >= timeOrigin),
    );
  } else if (timeOrigin < topOrigin) {
    return state;
  }
  const next = { ...frames };
  const key = String(frameId);
  if (report.drugs.length === 0) delete next[key];
  else if (key in next || Object.keys(next).length < MAX_FRAMES) next[key] = { report, timeOrigin };
  return { topOrigin, frames: next };
}

/** Every frame's report, the top frame first, then by frame id (the order next/previous walks). */
export function reportsInOrder(state: TabFrames): FrameReport[] {
  return Object.entries(state.frames)
    .map(([id, entry]) => ({ frameId: Number(id), report: entry.report }))
    .sort((a, b) => a.frameId - b.frameId);
}
