/**
 * The gate's pre-check (docs/design.md, "Two stages"): whether a text might hold a drug name, as a
 * superset of everything the matcher finds, from one generated regex and nothing else, so the
 * script that runs on every page carries neither the key table nor the matcher. A false "maybe"
 * only costs loading the detector, which decides exactly.
 *
 * - Any form, or the exact prefix a misspelling found by the fuzzy rule begins with, after a
 *   character that is not a Latin letter (a digit counts as a boundary here, unlike in the
 *   matcher). Tested everywhere, the prefixes matched inside ordinary words and the alternation
 *   cost twice as much per character (docs/perf.md).
 * - `textContent` joins blocks without a space ("Treatment" + "Rinvoq is…" reads
 *   "TreatmentRinvoq"): a capital after a lower-case letter is tried as a word start too. A block
 *   starting lower-case right after a letter is missed, as by the detector's own pre-check.
 * - The text again without invisible characters and line-break hyphens ("tacro- limus").
 */
import { PATTERN_SOURCE, PREFIX_SOURCE } from './compiled.generated';

const NAME = `(?:${PATTERN_SOURCE}|${PREFIX_SOURCE})`;
const AT_WORD_START = new RegExp(`(?:^|[^a-z])${NAME}`, 'i');
/** A name starting exactly at `lastIndex`. */
const AT_INDEX = new RegExp(NAME, 'iy');
/** A lower-case letter followed by a capital: where two blocks may have been joined. */
const BLOCK_JOIN = /[a-z\u00df-\u00ff][A-Z\u00c0-\u00de]/g;
/** Soft hyphen, zero-width characters, word joiner, BOM: the matcher reads through them. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** A hyphen and whitespace: a name broken at the end of a line. */
const LINE_BREAK_HYPHEN = /[-\u2010\u2011]\s+/g;

function test(text: string): boolean {
  if (AT_WORD_START.test(text)) return true;
  BLOCK_JOIN.lastIndex = 0;
  for (let join = BLOCK_JOIN.exec(text); join !== null; join = BLOCK_JOIN.exec(text)) {
    AT_INDEX.lastIndex = join.index + 1;
    if (AT_INDEX.test(text)) return true;
    BLOCK_JOIN.lastIndex = join.index + 1;
  }
  return false;
}

export function mightNameDrug(text: string): boolean {
  if (test(text)) return true;
  const joined = text.replace(INVISIBLE, '').replace(LINE_BREAK_HYPHEN, '');
  return joined.length !== text.length && test(joined);
}
