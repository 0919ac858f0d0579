/**
 * Mentions found in a PDF page's text, as records on that page's rendered text layer, so the
 * page adapter's own painter (`page/paint`) paints and flashes them like mentions on a web
 * page. PDF.js renders pages lazily and drops far-away ones, so the reader calls this each time
 * a page's text layer is (re)drawn, with that layer's spans (`TextHighlighter.textDivs`: one per
 * text item, in item order, each holding its item's text as one text node).
 */
import type { PdfMention } from '@/core/pdf-text';
import type { MentionRecord } from '../mentions/mention-index';
import type { NodePiece } from '../text/offset-map';

/** The text node a span holds, or undefined for an empty item (PDF.js leaves it detached). */
function textOf(span: Node | undefined): Text | undefined {
  const child = span?.firstChild;
  return child instanceof Text ? child : undefined;
}

/**
 * One record per mention, with a piece per span it covers. A mention whose spans do not hold
 * the text it was found in (a layer drawn from different items) is left out rather than painted
 * in the wrong place.
 */
export function textLayerRecords(
  spans: readonly Node[],
  mentions: readonly PdfMention[],
): MentionRecord[] {
  const records: MentionRecord[] = [];
  for (const mention of mentions) {
    const pieces: NodePiece[] = [];
    let text = '';
    for (let item = mention.from.item; item <= mention.to.item; item++) {
      const node = textOf(spans[item]);
      if (node === undefined) continue;
      const start = item === mention.from.item ? mention.from.offset : 0;
      const end = item === mention.to.item ? mention.to.offset : node.data.length;
      if (end > node.data.length || start >= end) continue;
      pieces.push({ node, start, end });
      text += node.data.slice(start, end);
    }
    if (pieces.length === 0 || !sameLetters(text, mention.surface)) continue;
    const record: MentionRecord = { drugId: mention.drugId, surface: mention.surface, pieces };
    // A misspelling keeps its form, so the painter draws it dotted as on web pages.
    if (mention.fuzzy !== undefined) record.fuzzy = mention.fuzzy;
    records.push(record);
  }
  return records;
}

/** The surface can hold line breaks the spans do not (they are between items). */
function sameLetters(spanText: string, surface: string): boolean {
  return spanText === surface.replace(/\n/g, '');
}
