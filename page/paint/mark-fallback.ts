/**
 * `<mark>` wrapping for browsers without `CSS.highlights` (the only place we change page DOM).
 * Wrapping splits text nodes, so each painted record's pieces are re-pointed at the text inside
 * its marks: hit-testing and "scroll to mention" keep working from the same records. Unwrapping
 * moves the text back out without `normalize()`, which would merge the page's own text nodes.
 */
import { AdoptedSheet } from './adopted-sheet';
import type { MentionRecord } from '../mentions/mention-index';
import type { NodePiece } from '../text/offset-map';
import { FLASH_MS, type HighlightPainter, type HighlightStyle } from './types';

const RULES: Record<HighlightStyle, string> = {
  background: 'background-color: rgb(255 196 0 / 0.42); color: inherit;',
  underline:
    'background: transparent; color: inherit; text-decoration: underline 2px rgb(217 119 6);',
  none: 'background: transparent; color: inherit;',
};

export function createMarkPainter(
  doc: Document,
  style: HighlightStyle,
  name: string,
): HighlightPainter {
  const attr = `data-${name}`;
  const flashAttr = `data-${name}-flash`;
  const sheet = new AdoptedSheet();
  const marks = new Map<MentionRecord, HTMLElement[]>();
  let wanted: readonly MentionRecord[] = [];
  let current = style;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const applyRules = () =>
    sheet.setRules(
      `mark[${attr}] { ${RULES[current]} }\nmark[${attr}][${flashAttr}] { background-color: rgb(255 128 0 / 0.75); }`,
    );

  function wrap(piece: NodePiece): HTMLElement | null {
    let node = piece.node;
    if (node.parentNode === null || piece.end > node.length || piece.start >= piece.end)
      return null;
    if (piece.end < node.length) node.splitText(piece.end);
    if (piece.start > 0) node = node.splitText(piece.start);
    const mark = doc.createElement('mark');
    mark.setAttribute(attr, '');
    node.parentNode!.insertBefore(mark, node);
    mark.appendChild(node);
    piece.node = node;
    piece.start = 0;
    piece.end = node.length;
    return mark;
  }

  function unwrap(els: readonly HTMLElement[]): void {
    for (const mark of els) {
      const parent = mark.parentNode;
      if (parent === null) continue;
      while (mark.firstChild !== null) parent.insertBefore(mark.firstChild, mark);
      mark.remove();
    }
  }

  function sync(): void {
    const keep = new Set(current === 'none' ? [] : wanted);
    for (const [record, els] of marks) {
      if (keep.has(record)) continue;
      unwrap(els);
      marks.delete(record);
    }
    // Back to front, so splitting a node never shifts the offsets of pieces still to wrap.
    const toWrap = [...keep].filter((r) => !marks.has(r)).reverse();
    for (const record of toWrap) {
      const els: HTMLElement[] = [];
      for (const piece of [...record.pieces].reverse()) {
        const mark = wrap(piece);
        if (mark !== null) els.unshift(mark);
      }
      marks.set(record, els);
    }
  }

  sheet.attach(doc);
  applyRules();

  return {
    mutatesDom: true,
    paint(records) {
      wanted = records;
      sync();
    },
    flash(record) {
      const els = marks.get(record) ?? [];
      for (const el of els) el.setAttribute(flashAttr, '');
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => {
        for (const el of els) el.removeAttribute(flashAttr);
      }, FLASH_MS);
    },
    setStyle(next) {
      current = next;
      applyRules();
      sync();
    },
    addRoot(root) {
      sheet.attach(root);
    },
    ensureRegistered() {
      sheet.ensure();
    },
    destroy() {
      clearTimeout(flashTimer);
      for (const els of marks.values()) unwrap(els);
      marks.clear();
      sheet.detachAll();
    },
  };
}
