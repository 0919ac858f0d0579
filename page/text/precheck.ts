/**
 * The page-level pre-check: most pages name no drug, and for them one regex test
 * over `textContent` (no walking, no layout) is the whole cost. `textContent` does not reach
 * into shadow roots, so when it says no, open shadow roots are looked for and tested as well.
 */
import { sliceDeadline, yieldToMain } from '../dom/slicing';

const SHOW_ELEMENT = 0x1;

/**
 * False only when nothing under `root` (open shadow roots included) can hold a drug name, as
 * `mightMention` judges a text: the matcher's own pre-check for the detector, the gate's
 * table-free one for the gate (core/matcher/quick-check.ts).
 */
export async function subtreeMightMention(
  root: Node,
  isOwnElement: (el: Element) => boolean,
  isCancelled: () => boolean,
  mightMention: (text: string) => boolean,
): Promise<boolean> {
  if (mightMention(root.textContent ?? '')) return true;
  const doc = root.ownerDocument ?? (root as Document);
  const roots: Node[] = [root];
  let deadline = sliceDeadline();
  let seen = 0;
  while (roots.length > 0) {
    const walker = doc.createTreeWalker(roots.pop()!, SHOW_ELEMENT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const shadow = (node as Element).shadowRoot;
      if (shadow && !isOwnElement(node as Element)) {
        if (mightMention(shadow.textContent ?? '')) return true;
        roots.push(shadow);
      }
      if ((++seen & 255) === 0 && deadline()) {
        await yieldToMain();
        if (isCancelled()) return false;
        deadline = sliceDeadline();
      }
    }
  }
  return false;
}
