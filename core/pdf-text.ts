/**
 * PDF page text for the matcher, and the way back from a mention to PDF.js's text layer.
 *
 * PDF.js gives a page's text as a list of items (`page.getTextContent()`), and its text layer
 * draws exactly one `<span>` per text item, in the same order (`TextLayer.textDivs`), holding
 * the item's `str` as its only text. So a page's text is built here by joining the items' `str`
 * with a `\n` where PDF.js marks the end of a line (`hasEOL`, which also covers the end of a
 * block or a table cell on the next row), and a mention's offsets in that text are mapped back
 * to (item index, offset inside the item): the reader turns those into DOM Ranges on the text
 * layer's spans, the CLI reports the page and the offsets. Pure: no DOM and no PDF.js here, so
 * the CLI and the reader share it and it is unit-tested on plain objects.
 */
import { findMentions } from './matcher';
import type { MatchOptions } from './matcher/types';

/**
 * The `getTextContent` options PDF.js's own text layer uses (`TextLayerBuilder`). Reading a
 * page with exactly these gives the items the text layer draws, in the same order, so item i
 * is span i; the CLI uses them too, so its offsets are the reader's.
 */
export const TEXT_LAYER_CONTENT = {
  includeMarkedContent: true,
  disableNormalization: true,
} as const;

/** A PDF.js text item (`TextItem`), reduced to what the mapping reads. */
export interface PdfTextItem {
  str: string;
  hasEOL: boolean;
  /** PDF.js's `[a, b, c, d, e, f]`; `f` is the baseline's y. */
  transform: readonly number[];
  height: number;
}

/** A PDF.js marked-content item (`TextMarkedContent`): no text and no span of its own. */
export interface PdfMarkedContent {
  type: string;
}

export type PdfContentItem = PdfTextItem | PdfMarkedContent;

export interface PdfPageText {
  /** The page's text: items' `str` in order, `\n` at line and block ends. */
  text: string;
  /** `itemStarts[i]` is where text item i (the i-th span of the text layer) starts in `text`. */
  itemStarts: readonly number[];
  /** `itemLengths[i]` is the length of text item i's `str`. */
  itemLengths: readonly number[];
}

/** A place in the text layer: offset `offset` inside the text of text item (span) `item`. */
export interface ItemPosition {
  item: number;
  offset: number;
}

export interface PdfMention {
  drugId: string;
  /** The name as written (`text.slice(start, end)` of the page text). */
  surface: string;
  /** Offsets in the page text. */
  start: number;
  end: number;
  /** A misspelling found by the fuzzy rule: the form it is close to ("Dupixent"). */
  fuzzy?: string;
  /** Where the mention starts and ends (exclusive) in the text layer's spans. */
  from: ItemPosition;
  to: ItemPosition;
}

function isTextItem(item: PdfContentItem): item is PdfTextItem {
  return typeof (item as PdfTextItem).str === 'string';
}

/**
 * Two consecutive items on different baselines with no `hasEOL` between them (PDF.js usually
 * marks it; text drawn out of reading order can skip it) are still a line break, so a name
 * never glues to the word printed on the next line.
 */
function startsNewLine(previous: PdfTextItem, item: PdfTextItem): boolean {
  const size = Math.max(previous.height, item.height);
  if (size === 0 || previous.str === '' || item.str === '') return false;
  return Math.abs((previous.transform[5] ?? 0) - (item.transform[5] ?? 0)) > size / 2;
}

/** The page text of PDF.js text content items, with each text item's place in it. */
export function pdfPageText(items: readonly PdfContentItem[]): PdfPageText {
  let text = '';
  const itemStarts: number[] = [];
  const itemLengths: number[] = [];
  let previous: PdfTextItem | undefined;
  for (const item of items) {
    if (!isTextItem(item)) continue;
    if (previous && !previous.hasEOL && startsNewLine(previous, item)) text += '\n';
    itemStarts.push(text.length);
    itemLengths.push(item.str.length);
    text += item.str;
    if (item.hasEOL) text += '\n';
    previous = item;
  }
  return { text, itemStarts, itemLengths };
}

/** Whether a page has any selectable text at all (a scanned page has none). */
export function hasSelectableText(page: PdfPageText): boolean {
  return /\S/.test(page.text);
}

/** Index of the last item starting at or before `offset` (-1 if none). */
function itemAtOrBefore(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((starts[mid] ?? 0) <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/**
 * Where the page-text range `[start, end)` lies in the text layer, or undefined when it holds
 * no item text (only separators). A start that falls on a separator moves to the next item; an
 * end on a separator moves back to the end of the previous one.
 */
export function itemRange(
  page: PdfPageText,
  start: number,
  end: number,
): { from: ItemPosition; to: ItemPosition } | undefined {
  const starts = page.itemStarts;
  const startOf = (i: number) => starts[i] ?? 0;
  const lengthOf = (i: number) => page.itemLengths[i] ?? 0;
  if (end <= start) return undefined;
  let first = itemAtOrBefore(starts, start);
  if (first < 0 || start >= startOf(first) + lengthOf(first)) first += 1;
  while (first < starts.length && lengthOf(first) === 0) first += 1;
  let last = itemAtOrBefore(starts, end - 1);
  if (first >= starts.length || last < first) return undefined;
  while (last > first && lengthOf(last) === 0) last -= 1;
  const fromOffset = Math.max(0, start - startOf(first));
  const toOffset = Math.min(lengthOf(last), end - startOf(last));
  if (first === last && toOffset <= fromOffset) return undefined;
  return { from: { item: first, offset: fromOffset }, to: { item: last, offset: toOffset } };
}

/**
 * Every drug name on a page, in order, with its place in the text layer. PDF text is matched
 * with `glued` on: its transcription glues a name to a following number or word ("Rinvoq15 mg",
 * "upadacitinibtablets"), which HTML never gets. `fuzzy` adds misspellings.
 */
export function findPdfMentions(
  page: PdfPageText,
  options: Pick<MatchOptions, 'fuzzy'> = {},
): PdfMention[] {
  const mentions: PdfMention[] = [];
  for (const m of findMentions(page.text, { fuzzy: options.fuzzy === true, glued: true })) {
    const range = itemRange(page, m.start, m.end);
    if (range === undefined) continue;
    const mention: PdfMention = {
      drugId: m.drugId,
      surface: page.text.slice(m.start, m.end),
      start: m.start,
      end: m.end,
      ...range,
    };
    if (m.fuzzy !== undefined) mention.fuzzy = m.fuzzy;
    mentions.push(mention);
  }
  return mentions;
}
