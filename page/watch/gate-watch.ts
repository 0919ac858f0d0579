/**
 * What the gate (stage 1's declared part, entrypoints/content/gate.ts) watches on a page whose
 * text named no drug: one MutationObserver that tests only what changed with the pre-check, and
 * stops at the first text that might hold a name. The full detector, with its own batched
 * observer, takes over from there.
 */

/** A changed text node's parent is tested whole (a name typed in pieces) when this short. */
const PARENT_TEXT_LIMIT = 10_000;

/**
 * Calls `onHit` once, the first time a change brings in text that `mightMention` accepts;
 * returns the function that stops watching. `isOwn` skips our own host.
 */
export function watchForText(
  doc: Document,
  mightMention: (text: string) => boolean,
  isOwn: (node: Node) => boolean,
  onHit: () => void,
): () => void {
  const textOf = (node: Node): string => {
    if (node.nodeType === 3) {
      const parent = node.parentNode;
      const whole = parent?.textContent ?? '';
      return whole.length <= PARENT_TEXT_LIMIT ? whole : ((node as Text).data ?? '');
    }
    return node.nodeType === 1 && !isOwn(node) ? (node.textContent ?? '') : '';
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const nodes = record.type === 'characterData' ? [record.target] : record.addedNodes;
      for (const node of nodes) {
        if (!mightMention(textOf(node))) continue;
        observer.disconnect();
        onHit();
        return;
      }
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}
