/**
 * The pure drug-name matcher: strings in, offsets out (no DOM, no `browser`), so the page adapter,
 * the CLI scanner and the tests all share it. The regex comes pre-built from the dataset
 * (`compiled.generated.ts`), so the content script never ships or compiles the dictionary.
 */
import { mightHoldBrokenName, withBrokenNames } from './broken';
import { findInStripped, hasInvisible, stripInvisible } from './invisible';
import { applyContext } from './context';
import { mightBeFuzzyAt, withFuzzy } from './fuzzy';
import { LOOSE, LOOSE_FUZZY, PRECHECK, PRECHECK_AT, PRECHECK_FUZZY } from './patterns';
import { scanPlain } from './scan';
import { isAsciiAlnum } from './boundary';
import type { Candidate, MatchOptions, Mention } from './types';

export type { Candidate, MatchOptions, Mention } from './types';
export { applyContext } from './context';
export { buildLexicon, surfaceKey } from './lexicon';

/**
 * Every drug name in `text`, sorted by start and non-overlapping; at each start the longest form
 * wins. `text.slice(start, end)` is the name as written (line breaks and nbsp included). Text
 * containing soft hyphens or zero-width characters takes a slower path that matches through them
 * (see `invisible.ts`); any other text costs one regex scan plus a little work per hit. Forms
 * that are also everyday words count only in a drug context (`context.ts`), judged on `text`.
 * `options` add misspellings (`fuzzy.ts`) and, for PDF text, names glued to what follows.
 */
export function findMentions(text: string, options: MatchOptions = {}): Mention[] {
  return applyContext(text, findCandidates(text, options));
}

/**
 * {@link findMentions} before the context rule: ambiguous forms are included, marked. For callers
 * that match a text in pieces and judge the context once over the whole (find-in-blocks).
 */
export function findCandidates(text: string, options: MatchOptions = {}): Candidate[] {
  if (hasInvisible(text)) return findInStripped(text, options.fuzzy === true);
  const glued = options.glued === true;
  const fuzzy = options.fuzzy === true;
  const found = withBrokenNames(text, scanPlain(text, glued, fuzzy && !glued));
  // The glued scan has no fuzzy branch (it drops FIND's trailing check): a second pass.
  return fuzzy && glued ? withFuzzy(text, found) : found;
}

/**
 * The fuzzy pre-check: whether some hit of the cut-down pattern starts an exact form (PRECHECK
 * anchored there) or a misspelling. One regex scan; a hit costs an anchored match and a few word
 * lookups. Like PRECHECK, nothing is required after the name: `textContent` runs blocks together.
 */
function mightMentionFuzzy(text: string): boolean {
  PRECHECK_FUZZY.lastIndex = 0;
  for (let m = PRECHECK_FUZZY.exec(text); m !== null; m = PRECHECK_FUZZY.exec(text)) {
    PRECHECK_AT.lastIndex = m.index;
    if (PRECHECK_AT.test(text)) return true;
    const start = isAsciiAlnum(text.charCodeAt(m.index)) ? m.index : m.index + 1;
    if (mightBeFuzzyAt(text, start)) return true;
    PRECHECK_FUZZY.lastIndex = m.index + 1;
  }
  return false;
}

/**
 * Cheap page-level pre-check: false guarantees `findMentions(text)` is empty, so most pages cost
 * one regex scan without any per-hit work, plus a look at each hyphen-and-space (a name broken at
 * a line end). True can be a false alarm ("Rinvoqé").
 */
export function mightMention(text: string, options: MatchOptions = {}): boolean {
  if (options.fuzzy ? mightMentionFuzzy(text) : PRECHECK.test(text)) return true;
  if (!hasInvisible(text)) return mightHoldBrokenName(text);
  const stripped = stripInvisible(text);
  return (options.fuzzy ? LOOSE_FUZZY : LOOSE).test(stripped) || mightHoldBrokenName(stripped);
}

/**
 * Whether `text` could hold a name once cut into lines and stripped of skipped elements' text:
 * the pattern without boundaries, so a name glued to the previous block's last word in
 * `textContent` ("…endRinvoq") still counts. Lets the page adapter skip whole blocks. With
 * `fuzzy`, any exact prefix of a name the fuzzy rule covers counts.
 */
export function mightContainName(text: string, options: MatchOptions = {}): boolean {
  const loose = options.fuzzy ? LOOSE_FUZZY : LOOSE;
  if (loose.test(text)) return true;
  if (!hasInvisible(text)) return mightHoldBrokenName(text);
  const stripped = stripInvisible(text);
  return loose.test(stripped) || mightHoldBrokenName(stripped);
}
