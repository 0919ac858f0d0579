/**
 * The pure drug-name matcher: strings in, offsets out (no DOM, no `browser`), so the page adapter,
 * the CLI scanner and the tests all share it. The regex comes pre-built from the dataset
 * (`compiled.generated.ts`), so the content script never ships or compiles the dictionary.
 */
import { isBlockedAfter, isBlockedBefore, longestValidEnd } from './boundary';
import { findInStripped, INVISIBLE } from './invisible';
import { drugIdOf, FIND, LOOSE } from './patterns';
import type { Mention } from './types';

export type { LexiconEntry, Mention } from './types';
export { buildLexicon, surfaceKey } from './lexicon';
export { drugIdOf } from './patterns';

const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');

/**
 * Every drug name in `text`, sorted by start and non-overlapping; at each start the longest form
 * wins. Text containing soft hyphens or zero-width characters takes a slower path that matches
 * through them (see `invisible.ts`); all other text costs one regex scan plus work per hit.
 */
export function findMentions(text: string): Mention[] {
  if (INVISIBLE.test(text)) return findInStripped(text, drugIdOf);
  const mentions: Mention[] = [];
  FIND.lastIndex = 0;
  for (let m = FIND.exec(text); m !== null; m = FIND.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    if (!isBlockedBefore(text, start) && isBlockedAfter(text, end)) {
      end = longestValidEnd(text, start, end - 1, (j) => !isBlockedAfter(text, j));
    }
    const surface = end < 0 ? '' : text.slice(start, end);
    const drugId = end < 0 || isBlockedBefore(text, start) ? undefined : drugIdOf(surface);
    if (drugId === undefined) {
      FIND.lastIndex = start + 1;
      continue;
    }
    mentions.push({ start, end, drugId, surface });
    FIND.lastIndex = end;
  }
  return mentions;
}

/**
 * Cheap page-level pre-check: false means `findMentions(text)` is empty, so most pages cost one
 * boundary-free regex scan. True can be a false alarm ("xupadacitinib").
 */
export function mightMention(text: string): boolean {
  if (LOOSE.test(text)) return true;
  return INVISIBLE.test(text) && LOOSE.test(text.replace(INVISIBLE_ALL, ''));
}
