import { DRUG_IDS, KEYS, PATTERN_SOURCE } from './compiled.generated';
import { surfaceKey } from './lexicon';

/**
 * Hot-loop regex. The trailing ASCII lookahead lets the regex itself back off to a shorter form
 * ("Xeljanz XRay" → "Xeljanz"); the leading side is checked in code on hits only, which keeps
 * the scan free of lookbehinds and lets underscores and other punctuation count as boundaries.
 * Not `u`: every form is ASCII, and non-Unicode `i` never folds "K" (Kelvin) or "ſ" into ASCII.
 */
export const FIND = new RegExp(`(?:${PATTERN_SOURCE})(?![a-z0-9])`, 'gi');
/** The same alternation with no boundaries: the page-level pre-check and the slow path's scan. */
export const LOOSE = new RegExp(PATTERN_SOURCE, 'i');
export const LOOSE_ALL = new RegExp(PATTERN_SOURCE, 'gi');
/** Whole-string test, used to try shorter forms when a Unicode boundary rejects a hit. */
export const EXACT = new RegExp(`^(?:${PATTERN_SOURCE})$`, 'i');

const DRUG_BY_KEY = new Map(KEYS.map(([key, index]) => [key, DRUG_IDS[index]!]));

/** Drug id of a matched text; undefined only if the generated tables disagree with the regex. */
export function drugIdOf(matched: string): string | undefined {
  return DRUG_BY_KEY.get(surfaceKey(matched));
}
