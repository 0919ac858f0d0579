/**
 * The adapter's own record of what it found: mentions in document order, plus the lookups built
 * from them (per drug for "mention n of drug d", per text node for hit-testing, the report).
 * Hit-testing is a binary search here rather than a listener per mention.
 */
import type { MatchOptions } from '@/core/matcher/types';
import { MAX_FORMS, type DrugOnPage, type PageReport } from '@/core/report';
import { compareNodes } from '../dom/document-order';
import { findMentionsInText } from '../text/find-in-blocks';
import {
  blockAround,
  piecesOf,
  segmentAt,
  type CollectedText,
  type NodePiece,
} from '../text/offset-map';
import { contextAround, reportForm } from './context';

export interface MentionRecord {
  drugId: string;
  surface: string;
  /** A misspelling found by the fuzzy rule: the form it is close to ("Dupixent"). */
  fuzzy?: string;
  /** Text-node stretches in document order; more than one when a name spans inline elements. */
  pieces: NodePiece[];
  /**
   * The text around it ({@link contextAround}), computed at collection for the first mention of
   * each drug only: the report needs the first mention's, and one per drug keeps it cheap.
   */
  context?: string;
}

interface Interval {
  start: number;
  end: number;
  record: MentionRecord;
}

/** The hit-test answer: which drug, and which of its mentions in document order. */
export interface MentionHit {
  drugId: string;
  index: number;
  /** The mention is a misspelling of this form: the card asks "Did you mean Dupixent?". */
  fuzzy?: string;
}

/** Document order of two mentions, by where they start. */
export function compareRecords(a: MentionRecord, b: MentionRecord): number {
  const pa = a.pieces[0]!;
  const pb = b.pieces[0]!;
  return pa.node === pb.node ? pa.start - pb.start : compareNodes(pa.node, pb.node);
}

/**
 * Matches collected text and maps each mention back to its text nodes, keeping at most `cap`
 * (document order). `capped` says whether more were found.
 */
export function recordsFromText(
  collected: CollectedText,
  cap: number,
  options: MatchOptions = {},
): { records: MentionRecord[]; capped: boolean } {
  const mentions = findMentionsInText(collected, options);
  const records: MentionRecord[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    if (records.length === cap) break;
    const pieces = piecesOf(collected.segments, m.start, m.end);
    if (pieces.length === 0) continue;
    const record: MentionRecord = { drugId: m.drugId, surface: m.surface, pieces };
    if (m.fuzzy !== undefined) record.fuzzy = m.fuzzy;
    if (!seen.has(m.drugId)) {
      seen.add(m.drugId);
      const [from, to] = blockAround(collected.segments, segmentAt(collected.segments, m.start));
      record.context = contextAround(collected.text, m.start, m.end, from, to);
    }
    records.push(record);
  }
  return { records, capped: mentions.length > cap };
}

/**
 * The context of a record collected without one (its drug's first mention went away with a
 * change): its own text node's text around it, computed once. Narrower than a block's, and rare.
 */
function contextOf(record: MentionRecord): string {
  if (record.context === undefined) {
    const first = record.pieces[0]!;
    const last = record.pieces[record.pieces.length - 1]!;
    const text = first.node.data;
    const start = Math.min(first.start, text.length);
    const end = Math.min(last.node === first.node ? last.end : first.end, text.length);
    record.context = contextAround(text, start, Math.max(start, end), 0, text.length);
  }
  return record.context;
}

/** One drug's line of the report, from its shown mentions (document order, at least one). */
function drugOnPage(drugId: string, list: readonly MentionRecord[]): DrugOnPage {
  const forms = new Set<string>();
  for (const record of list) {
    if (forms.size === MAX_FORMS) break;
    const form = reportForm(record.surface);
    if (form !== '') forms.add(form);
  }
  return { drugId, count: list.length, forms: [...forms], context: contextOf(list[0]!) };
}

/** Text matched per task by {@link recordsFromTextSliced}: a few ms of matcher time. */
export const MATCH_CHUNK_CHARS = 256 * 1024;

/**
 * {@link recordsFromText} in chunks of about `chunkChars`, cut at block separators (gaps between
 * segments, which no name may cross), awaiting `pause()` between chunks. A 5 MB page was one
 * 40–70 ms task of matching, range building and joining otherwise. Resolves null if `pause`
 * reports cancellation. Same result as the one-go version.
 */
export async function recordsFromTextSliced(
  collected: CollectedText,
  cap: number,
  pause: () => Promise<boolean>,
  chunkChars = MATCH_CHUNK_CHARS,
  options: MatchOptions = {},
): Promise<{ records: MentionRecord[]; capped: boolean } | null> {
  const { text, segments } = collected;
  if (text.length <= chunkChars) return recordsFromText(collected, cap, options);
  const records: MentionRecord[] = [];
  let first = 0;
  while (first < segments.length) {
    const base = segments[first]!.start;
    let last = first;
    while (
      last + 1 < segments.length &&
      (segments[last + 1]!.start - base < chunkChars ||
        segments[last + 1]!.start === segments[last]!.end)
    )
      last++;
    const end = segments[last]!.end;
    const chunk: CollectedText = {
      text: text.slice(base, end),
      segments: segments
        .slice(first, last + 1)
        .map((s) => ({ node: s.node, start: s.start - base, end: s.end - base })),
    };
    const found = recordsFromText(chunk, cap - records.length, options);
    records.push(...found.records);
    if (found.capped) return { records, capped: true };
    first = last + 1;
    if (first < segments.length && !(await pause())) return null;
  }
  return { records, capped: false };
}

export class MentionIndex {
  private records: MentionRecord[] = [];
  private overCap = false;
  private shown: MentionRecord[] = [];
  private byDrug = new Map<string, MentionRecord[]>();
  private byNode = new Map<Node, Interval[]>();
  private ordinal = new Map<MentionRecord, number>();
  private summary: PageReport = { drugs: [], totalMentions: 0, capped: false };

  /** @param cap most mentions kept; later ones (in document order) are dropped and flagged. */
  constructor(private readonly cap: number) {}

  /** Mentions of enabled drugs, in document order (what is painted and reported). */
  get enabled(): readonly MentionRecord[] {
    return this.shown;
  }

  /** Replaces everything with a full scan's result (already in document order). */
  replaceAll(records: MentionRecord[], capped: boolean): void {
    this.records = records.slice(0, this.cap);
    this.overCap = capped || records.length > this.cap;
  }

  /** Flags that more mentions exist than are kept (a re-scanned subtree alone hit the cap). */
  markCapped(): void {
    this.overCap = true;
  }

  /** Drops records for which `dead` holds; returns whether any went. */
  removeWhere(dead: (record: MentionRecord) => boolean): boolean {
    const before = this.records.length;
    this.records = this.records.filter((r) => !dead(r));
    return this.records.length !== before;
  }

  /** Inserts mentions from one subtree (contiguous in document order) at their place. */
  insertRun(run: readonly MentionRecord[]): void {
    if (run.length === 0) return;
    let lo = 0;
    let hi = this.records.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareRecords(this.records[mid]!, run[0]!) < 0) lo = mid + 1;
      else hi = mid;
    }
    this.records.splice(lo, 0, ...run);
    if (this.records.length > this.cap) {
      this.records.length = this.cap;
      this.overCap = true;
    }
  }

  /** Rebuilds the per-drug, per-node and report views under the drug filter. */
  refresh(isEnabled: (drugId: string) => boolean): void {
    this.shown = this.records.filter((r) => isEnabled(r.drugId));
    this.byDrug = new Map();
    this.byNode = new Map();
    this.ordinal = new Map();
    for (const record of this.shown) {
      let list = this.byDrug.get(record.drugId);
      if (list === undefined) this.byDrug.set(record.drugId, (list = []));
      this.ordinal.set(record, list.length);
      list.push(record);
      for (const piece of record.pieces) {
        let intervals = this.byNode.get(piece.node);
        if (intervals === undefined) this.byNode.set(piece.node, (intervals = []));
        intervals.push({ start: piece.start, end: piece.end, record });
      }
    }
    const drugs = [...this.byDrug].map(([drugId, list]) => drugOnPage(drugId, list));
    this.summary = { drugs, totalMentions: this.shown.length, capped: this.overCap };
  }

  /** Mention `index` (0-based, document order) of `drugId`, if shown. */
  at(drugId: string, index: number): MentionRecord | undefined {
    return this.byDrug.get(drugId)?.[index];
  }

  /**
   * The mention at a caret position. A caret right after the last letter (`offset === end`)
   * still counts: `caretPositionFromPoint` over the right half of a glyph answers that offset.
   */
  lookup(node: Node, offset: number): MentionHit | null {
    const intervals = this.byNode.get(node);
    if (intervals === undefined) return null;
    let lo = 0;
    let hi = intervals.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (intervals[mid]!.start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const hit = intervals[found];
    if (hit === undefined || offset > hit.end) return null;
    const index = this.ordinal.get(hit.record) ?? 0;
    const fuzzy = hit.record.fuzzy;
    return fuzzy === undefined
      ? { drugId: hit.record.drugId, index }
      : { drugId: hit.record.drugId, index, fuzzy };
  }

  /** The current report (a fresh object per refresh; callers may keep it). */
  report(): PageReport {
    return this.summary;
  }
}
