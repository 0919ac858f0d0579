import { DRUG_IDS, KEYS, PATTERN_SOURCE } from './compiled.generated';

/**
 * Hot-loop regex. The leading `(?:^|[^a-z0-9])` is the ASCII half of the boundary (V8 scans it as
 * fast as `\b`, and unlike `\b` it lets "_" separate); the match therefore usually begins one
 * character before the name. The trailing lookahead lets the regex itself back off to a shorter
 * form ("Xeljanz XRay" → "Xeljanz"). The Unicode half of both checks runs in code, on hits only.
 * Not `u`: every form is ASCII, and non-Unicode `i` never folds "K" (Kelvin) or "ſ" into ASCII.
 */
export const FIND = new RegExp(`(?:^|[^a-z0-9])(?:${PATTERN_SOURCE})(?![a-z0-9])`, 'gi');
/** Page-level pre-check: FIND without the trailing check (a superset of its hits). */
export const PRECHECK = new RegExp(`(?:^|[^a-z0-9])(?:${PATTERN_SOURCE})`, 'i');
/** No boundaries at all: the slow path's scan, whose boundaries depend on removed characters. */
export const LOOSE = new RegExp(PATTERN_SOURCE, 'i');
export const LOOSE_ALL = new RegExp(PATTERN_SOURCE, 'gi');
/** Whole-string test, used to try shorter forms when a Unicode boundary rejects a hit. */
export const EXACT = new RegExp(`^(?:${PATTERN_SOURCE})$`, 'i');

const DRUG_BY_KEY = new Map(KEYS.map(([key, index]) => [key, DRUG_IDS[index]!]));

const SEPARATORS = /[\s\-\u2010\u2011]+/g;
const HAS_SEPARATOR = /[\s\-\u2010\u2011]/;

/**
 * Drug id of a text the regex matched; undefined for anything else. Skips `surfaceKey`'s NFKC,
 * the costliest part of a hit, because every form is ASCII (checked by the generator) and so is
 * everything the regex can match apart from whitespace.
 */
export function drugIdOf(matched: string): string | undefined {
  const lower = matched.toLowerCase();
  // Most names are one word: skip the replace (and its new string) for them.
  return DRUG_BY_KEY.get(HAS_SEPARATOR.test(lower) ? lower.replace(SEPARATORS, '') : lower);
}
