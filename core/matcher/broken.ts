/**
 * Names broken across a line by a hyphen and a space: "tacro- limus" as PDF text extraction
 * writes a hyphenated line end, or "tacro-\nlimus" in a page's source. The regex cannot allow a
 * break between every two letters without losing its speed, so this pass looks only where a
 * hyphen is followed by whitespace, joins the word before to the text after and matches that.
 * A join counts only where the parts are unambiguous: the break falls strictly inside one name
 * (the left part is not a name by itself, which "Abrocitinib- oder" is) and the joined name
 * crosses it.
 */
import { isBlockedBefore } from './boundary';
import { scanPlain } from './scan';
import type { Candidate } from './types';

/** How much text after the break is joined: more than the longest multi-word form. */
const RIGHT = 64;
const WHITESPACE_RUN = /\s+/y;
const HYPHENS = ['-', '\u2010', '\u2011'];

const isSpace = (unit: number) =>
  unit === 0x20 || (unit >= 0x09 && unit <= 0x0d) || unit === 0xa0 || unit === 0x3000;

/**
 * The hyphens of `text` that whitespace follows, in order: `next(from)` is the first at or
 * after `from` (non-decreasing `from`), or -1. `indexOf` per hyphen kind, not a regex: V8 runs it
 * as a vectorised search (a regex over a page's text was a quarter of the pre-check's time). Each
 * kind's next occurrence is remembered, so a kind the text lacks is searched for once, not once
 * per break (which made a page of many "a - b" dashes quadratic).
 */
function breaks(text: string): (from: number) => number {
  const at = HYPHENS.map(() => -2); // -2: not searched yet; -1: none left
  return (from) => {
    let best = -1;
    for (let k = 0; k < HYPHENS.length; k++) {
      let i = at[k]!;
      if (i === -1) continue;
      if (i < from) i = text.indexOf(HYPHENS[k]!, from);
      while (i >= 0 && !isSpace(text.charCodeAt(i + 1))) i = text.indexOf(HYPHENS[k]!, i + 1);
      at[k] = i;
      if (i >= 0 && (best < 0 || i < best)) best = i;
    }
    return best;
  };
}

const isAsciiLetter = (unit: number) => (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a;

/** Names split at a hyphen-and-space break in `text`, none overlapping `found` (sorted). */
export function brokenNames(text: string, found: readonly Candidate[] = []): Candidate[] {
  const out: Candidate[] = [];
  const nextBreak = breaks(text);
  for (let hyphen = nextBreak(0); hyphen >= 0; hyphen = nextBreak(hyphen + 1)) {
    WHITESPACE_RUN.lastIndex = hyphen + 1;
    const right = hyphen + 1 + WHITESPACE_RUN.exec(text)![0].length;
    let left = hyphen;
    while (left > 0 && isAsciiLetter(text.charCodeAt(left - 1))) left--;
    if (hyphen - left < 2 || !isAsciiLetter(text.charCodeAt(right))) continue;
    if (isBlockedBefore(text, left)) continue;
    const head = text.slice(left, hyphen);
    const [c] = scanPlain(head + text.slice(right, right + RIGHT));
    if (c === undefined || c.start !== 0 || c.end <= head.length) continue;
    const end = right + (c.end - head.length);
    if (found.some((f) => f.start < end && left < f.end)) continue;
    const joined: Candidate = { start: left, end, drugId: c.drugId, surface: c.surface };
    if (c.ambiguous) joined.ambiguous = true;
    out.push(joined);
  }
  return out;
}

/** `found` with the broken names of `text` added, sorted by start. */
export function withBrokenNames(text: string, found: Candidate[]): Candidate[] {
  const broken = brokenNames(text, found);
  if (broken.length === 0) return found;
  return [...found, ...broken].sort((a, b) => a.start - b.start);
}

/** Whether `text` (without invisible characters) holds a broken name: the pre-check's half. */
export function mightHoldBrokenName(text: string): boolean {
  return breaks(text)(0) >= 0 && brokenNames(text).length > 0;
}
