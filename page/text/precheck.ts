/**
 * The page-level pre-check: most pages name no drug, and for them one boundary-free regex test
 * over `textContent` (no walking, no layout) is the whole cost. `textContent` does not reach
 * into shadow roots, so when it says no, open shadow roots are looked for and tested as well.
 */
import { mightMention } from '@/core/matcher';
import type { MatchOptions } from '@/core/matcher/types';
import { sliceDeadline, yieldToMain } from '../dom/slicing';

const SHOW_ELEMENT = 0x1;

/** False only when nothing under `root` (open shadow roots included) can hold a drug name. */
export async function subtreeMightMention(
  root: Node,
  isOwnElement: (el: Element) => boolean,
  isCancelled: () => boolean,
  options: MatchOptions = {},
): Promise<boolean> {
  if (mightMention(root.textContent ?? '', options)) return true;
  const doc = root.ownerDocument ?? (root as Document);
  const roots: Node[] = [root];
  let deadline = sliceDeadline();
  let seen = 0;
  while (roots.length > 0) {
    const walker = doc.createTreeWalker(roots.pop()!, SHOW_ELEMENT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const shadow = (node as Element).shadowRoot;
      if (shadow && !isOwnElement(node as Element)) {
        if (mightMention(shadow.textContent ?? '', options)) return true;
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
