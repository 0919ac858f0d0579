/**
 * The gate's pre-check (docs/design.md, "Two stages"): whether a text might hold a drug name, as a
 * superset of everything the matcher finds, from one generated regex and nothing else, so the
 * script that runs on every page carries neither the key table nor the matcher. No boundaries for
 * exact forms (a name glued to the text of the block before it in `textContent` counts), the
 * fuzzy rule's exact prefixes at a word start, and the text tried again without invisible characters
 * and line-break hyphens ("tacro- limus"). A false "maybe" only costs loading the detector, which
 * decides exactly.
 */
import { PATTERN_SOURCE, PREFIX_SOURCE } from './compiled.generated';

/**
 * Every form anywhere, and at a word start the exact prefix a misspelling found by the fuzzy rule
 * begins with: five letters alone match inside ordinary words where `textContent` joins two
 * blocks ("discontinuatio|n emol|lients" has no space between blocks), which loaded the detector
 * on pages with no name (docs/perf.md). A misspelling glued to the block before it is missed, as
 * it is by the detector's own pre-check.
 */
const ANY_NAME = new RegExp(`${PATTERN_SOURCE}|(?:^|[^a-z])(?:${PREFIX_SOURCE})`, 'i');
/** Soft hyphen, zero-width characters, word joiner, BOM: the matcher reads through them. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** A hyphen and whitespace: a name broken at the end of a line. */
const LINE_BREAK_HYPHEN = /[-\u2010\u2011]\s+/g;

export function mightNameDrug(text: string): boolean {
  if (ANY_NAME.test(text)) return true;
  const joined = text.replace(INVISIBLE, '').replace(LINE_BREAK_HYPHEN, '');
  return joined.length !== text.length && ANY_NAME.test(joined);
}
