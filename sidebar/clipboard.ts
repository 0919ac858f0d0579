/**
 * Copying text from the in-page UI. The async clipboard API exists only in secure contexts (a
 * plain http page has no `navigator.clipboard`) and may refuse (permissions policy, no focus), so
 * the fallback is the old way: a hidden, read-only textarea inside our own shadow root, its text
 * selected, `document.execCommand('copy')` while the click's user activation lasts. The textarea
 * never enters the page's DOM, and focus goes back to where it was. Resolves whether either way
 * worked; never rejects, so the UI can say "Copied" or offer the text to copy by hand.
 */

/** The document and the element the fallback's textarea goes in (nodeType: Xray-safe in Firefox). */
function placeOf(root: ShadowRoot | Document): { doc: Document; parent: Node | null } {
  if (root.nodeType === Node.DOCUMENT_NODE) {
    const doc = root as Document;
    return { doc, parent: doc.body ?? doc.documentElement };
  }
  return { doc: (root as ShadowRoot).ownerDocument, parent: root };
}

/** The `navigator` of the window the root belongs to (the page's, in a content script). */
function clipboardOf(doc: Document): Clipboard | undefined {
  try {
    return (doc.defaultView ?? globalThis).navigator?.clipboard ?? undefined;
  } catch {
    return undefined;
  }
}

/** The fallback: select the text in a hidden textarea under `root` and run the copy command. */
function copyWithCommand(text: string, root: ShadowRoot | Document): boolean {
  const { doc, parent } = placeOf(root);
  if (!parent || typeof doc.execCommand !== 'function') return false;
  const before = root.activeElement as HTMLElement | null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  // Off-screen rather than display:none, which could not be selected.
  area.style.cssText =
    'position:fixed;top:0;left:-9999px;width:1px;height:1px;opacity:0;pointer-events:none';
  parent.appendChild(area);
  try {
    area.focus({ preventScroll: true });
    area.select();
    area.setSelectionRange(0, text.length);
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    before?.focus?.({ preventScroll: true });
  }
}

/**
 * Copies `text`: the async clipboard first, then the textarea fallback inside `root` (our shadow
 * root; a Document only where there is none). True when the text was copied.
 */
export async function copyText(text: string, root: ShadowRoot | Document): Promise<boolean> {
  const clipboard = clipboardOf(placeOf(root).doc);
  if (clipboard && typeof clipboard.writeText === 'function') {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Refused or unavailable: try the old way below.
    }
  }
  return copyWithCommand(text, root);
}
