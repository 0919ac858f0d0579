/**
 * The pure drug-name matcher: strings in, offsets out (no DOM, no `browser`), so the page adapter,
 * the CLI scanner and the tests all share it. The regex comes pre-built from the dataset
 * (`compiled.generated.ts`), so the content script never ships or compiles the dictionary.
 */
import { mightHoldBrokenName, withBrokenNames } from './broken';
import { findInStripped, hasInvisible, stripInvisible } from './invisible';
import { applyContext } from './context';
import { LOOSE, PRECHECK } from './patterns';
import { scanPlain } from './scan';
import type { Candidate, Mention } from './types';

export type { Candidate, Mention } from './types';
export { applyContext } from './context';
export { buildLexicon, surfaceKey } from './lexicon';

/**
 * Every drug name in `text`, sorted by start and non-overlapping; at each start the longest form
 * wins. `text.slice(start, end)` is the name as written (line breaks and nbsp included). Text
 * containing soft hyphens or zero-width characters takes a slower path that matches through them
 * (see `invisible.ts`); any other text costs one regex scan plus a little work per hit. Forms
 * that are also everyday words count only in a drug context (`context.ts`), judged on `text`.
 */
export function findMentions(text: string): Mention[] {
  return applyContext(text, findCandidates(text));
}

/**
 * {@link findMentions} before the context rule: ambiguous forms are included, marked. For callers
 * that match a text in pieces and judge the context once over the whole (find-in-blocks).
 */
export function findCandidates(text: string): Candidate[] {
  if (hasInvisible(text)) return findInStripped(text);
  return withBrokenNames(text, scanPlain(text));
}

/**
 * Cheap page-level pre-check: false guarantees `findMentions(text)` is empty, so most pages cost
 * one regex scan without any per-hit work, plus a look at each hyphen-and-space (a name broken at
 * a line end). True can be a false alarm ("Rinvoqé").
 */
export function mightMention(text: string): boolean {
  if (PRECHECK.test(text)) return true;
  if (!hasInvisible(text)) return mightHoldBrokenName(text);
  const stripped = stripInvisible(text);
  return LOOSE.test(stripped) || mightHoldBrokenName(stripped);
}

/**
 * Whether `text` could hold a name once cut into lines and stripped of skipped elements' text:
 * the pattern without boundaries, so a name glued to the previous block's last word in
 * `textContent` ("…endRinvoq") still counts. Lets the page adapter skip whole blocks.
 */
export function mightContainName(text: string): boolean {
  if (LOOSE.test(text)) return true;
  if (!hasInvisible(text)) return mightHoldBrokenName(text);
  const stripped = stripInvisible(text);
  return LOOSE.test(stripped) || mightHoldBrokenName(stripped);
}
