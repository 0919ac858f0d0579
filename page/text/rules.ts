/**
 * The rules every text walk shares: which elements are skipped with their subtree, which start
 * and end a line, and the options a caller passes to the collection. Their own module so that
 * the walks (`flat-walk.ts`, `tree-walk.ts`, `region-walk.ts`) and the collector that picks
 * between them (`collect.ts`) all import the contract from below instead of from each other.
 *
 * What counts as visible is decided by tag name and attributes alone (never layout or computed
 * style), so the rules hold unchanged on happy-dom/linkedom documents in Node. See `collect.ts`
 * for why svg, math and editors are skipped and code/pre are not.
 */

/** Elements whose subtree is never collected (compared with `localName`). */
// prettier-ignore
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'textarea', 'input', 'select',
  'option', 'datalist', 'iframe', 'object', 'embed', 'video', 'audio', 'canvas', 'svg', 'math',
]);

/** Elements that start and end a line of text, decided by tag name (never computed style). */
// prettier-ignore
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
  // Replaced and embedded content interrupts a line visually even when inline.
  'img', 'input', 'textarea', 'select', 'button', 'iframe', 'object', 'embed', 'video', 'audio',
  'canvas', 'svg', 'math',
]);

export interface CollectOptions {
  /** Our own UI (the sidebar host): skipped like a script. */
  isOwnElement?: (el: Element) => boolean;
  /** Called for each open shadow root collected, so the caller can observe and style it. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /**
   * The initial page scan's filter (see `region-walk.ts`): when given, blocks whose text fails
   * it are not collected. Only the mentions found are guaranteed, not the rest of the text.
   */
  mightContain?: (text: string) => boolean;
}

/** The two per-element questions a walk asks, decided once per parent element and memoised. */
export interface FlatRules {
  isBlock: (el: Element) => boolean;
  isSkipped: (el: Element) => boolean;
}

/**
 * Whether an element's subtree is out of bounds: a tag in {@link SKIP_TAGS}, `[hidden]`,
 * `[contenteditable]` with any value but "false" (editors are never touched), a closed
 * `<dialog>`, or whatever `isOwnElement` claims (our sidebar host).
 */
export function isSkippedElement(el: Element, isOwnElement?: (el: Element) => boolean): boolean {
  const tag = el.localName;
  if (SKIP_TAGS.has(tag)) return true;
  if (el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  if (tag === 'dialog' && !el.hasAttribute('open')) return true;
  return isOwnElement !== undefined && isOwnElement(el);
}

/** The rules for a collection with `options`: {@link BLOCK_TAGS} and {@link isSkippedElement}. */
export function flatRules(options: CollectOptions): FlatRules {
  return {
    isBlock: (el) => BLOCK_TAGS.has(el.localName),
    isSkipped: (el) => isSkippedElement(el, options.isOwnElement),
  };
}
