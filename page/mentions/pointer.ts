import type { HoverCardPoint } from '@/core/sidebar-state';
import type { PageScanner } from '../index';

/** Elements whose own click behaviour wins over opening the sidebar. */
const INTERACTIVE = 'a[href], button, input, textarea, select, label, summary, [contenteditable]';

/** What brought a mention up: the pointer resting on it, or keyboard focus on its element. */
export type HoverSource = 'pointer' | 'focus';

export interface PointerOptions {
  document: Document;
  scanner: () => PageScanner | null;
  isOwnElement: (node: EventTarget | null) => boolean;
  onHover: (card: HoverCardPoint | null, source: HoverSource) => void;
  onOpen: (drugId: string) => void;
  /** Registers a listener that is removed when the content script is invalidated. */
  listen: <K extends keyof DocumentEventMap>(
    type: K,
    handler: (event: DocumentEventMap[K]) => void,
    options: AddEventListenerOptions,
  ) => void;
}

/**
 * Hover cards and click-to-open without a listener per mention: three document-level listeners
 * ask the scanner's interval index what lies under the pointer (or in the focused element).
 * Only trusted events count, so a page cannot script our sidebar open.
 */
export function trackPointer(options: PointerOptions): { cancel(): void } {
  const { document: doc, scanner } = options;
  let frame = 0;
  let last: PointerEvent | null = null;
  let current: string | null = null;

  /** Reports changes only; the host owns the show delay and keeps a card the pointer rests on. */
  const schedule = (card: HoverCardPoint | null, source: HoverSource) => {
    // A misspelling of a drug is its own card ("Did you mean Dupixent?"); focus on a mention the
    // pointer is on is news too (pointer cards may be off while focus still shows them).
    const key = card ? `${source}|${card.drugId}|${card.didYouMean ?? ''}` : null;
    if (key === current) return;
    current = key;
    options.onHover(card, source);
  };

  const hitTest = () => {
    frame = 0;
    const event = last;
    if (!event) return;
    if (options.isOwnElement(event.target)) return; // resting on our card keeps it open
    const hit = scanner()?.mentionAt(event.clientX, event.clientY);
    schedule(
      hit
        ? {
            drugId: hit.drugId,
            x: event.clientX,
            y: event.clientY,
            ...(hit.fuzzy ? { didYouMean: hit.fuzzy } : {}),
          }
        : null,
      'pointer',
    );
  };

  options.listen(
    'pointermove',
    (event) => {
      if (!event.isTrusted || event.pointerType === 'touch') return;
      last = event;
      if (!frame) frame = requestAnimationFrame(hitTest);
    },
    { capture: true, passive: true },
  );

  options.listen(
    'click',
    (event) => {
      if (!event.isTrusted || event.button !== 0 || event.defaultPrevented) return;
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const target = event.target;
      if (options.isOwnElement(target)) return;
      if (target instanceof Element && target.closest(INTERACTIVE)) return;
      if (!doc.getSelection()?.isCollapsed) return; // the reader is selecting text
      const hit = scanner()?.mentionAt(event.clientX, event.clientY);
      if (!hit) return;
      // The move that brought the pointer here must not bring the card back over the sidebar.
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      last = null;
      schedule(null, 'pointer');
      options.onOpen(hit.drugId);
    },
    { capture: true },
  );

  options.listen(
    'focusin',
    (event) => {
      const target = event.target;
      if (!(target instanceof Element) || options.isOwnElement(target)) return;
      const drugId = firstMentionIn(target, scanner());
      if (!drugId) {
        schedule(null, 'focus');
        return;
      }
      const rect = target.getBoundingClientRect();
      schedule({ drugId, x: rect.left, y: rect.bottom }, 'focus');
    },
    { capture: true },
  );

  return {
    cancel() {
      if (frame) cancelAnimationFrame(frame);
    },
  };
}

/** The first highlighted mention inside a focused element (a link or button naming a drug). */
function firstMentionIn(element: Element, scanner: PageScanner | null): string | null {
  if (!scanner) return null;
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(), seen = 0; node && seen < 20; node = walker.nextNode()) {
    seen += 1;
    const length = Math.min(node.nodeValue?.length ?? 0, 400);
    for (let offset = 0; offset < length; offset += 1) {
      const hit = scanner.mentionFromNode(node, offset);
      if (hit) return hit.drugId;
    }
  }
  return null;
}
