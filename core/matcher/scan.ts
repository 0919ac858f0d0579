/**
 * The hot loop: every form in text without invisible characters, with the ASCII boundary in the
 * regex and the Unicode boundary, the code rule and the ambiguity mark checked on hits only.
 */
import { endsName, isAsciiAlnum, isBlockedBefore, longestValidEnd } from './boundary';
import { FUZZY_MIN_LENGTH } from './edit';
import { fuzzyAt } from './fuzzy';
import { accept, FIND, FIND_FUZZY, FIND_GLUED } from './patterns';
import type { Candidate } from './types';

const isDigit = (unit: number) => unit >= 0x30 && unit <= 0x39;
const isAsciiLetter = (unit: number) => (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a;
const HAS_SEPARATOR = /[\s\-\u2010\u2011]/;

/**
 * Whether the form `text.slice(start, end)` may count glued to what follows, as PDF
 * transcription writes it: to a number after a form ending in a letter ("Rinvoq15 mg", not a
 * longer code "ABT-4941"), or to a word after a one-word form of at least FUZZY_MIN_LENGTH
 * letters ("upadacitinibtablets"; a short brand glued to letters is too often a longer word).
 */
function gluedEnd(text: string, start: number, end: number): boolean {
  const next = text.charCodeAt(end);
  if (!isAsciiLetter(text.charCodeAt(end - 1))) return false;
  if (isDigit(next)) return true;
  return (
    isAsciiLetter(next) &&
    end - start >= FUZZY_MIN_LENGTH &&
    !HAS_SEPARATOR.test(text.slice(start, end))
  );
}

/**
 * Every exact form in `text`; `glued`: also names glued to what follows (PDF text only);
 * `fuzzy` (not with `glued`): also misspellings, found in the same scan.
 */
export function scanPlain(text: string, glued = false, fuzzy = false): Candidate[] {
  const mentions: Candidate[] = [];
  const find = glued ? FIND_GLUED : fuzzy ? FIND_FUZZY : FIND;
  const endOk = glued
    ? (start: number, j: number) => endsName(text, j) || gluedEnd(text, start, j)
    : (_start: number, j: number) => endsName(text, j);
  find.lastIndex = 0;
  for (let m = find.exec(text); m !== null; m = find.exec(text)) {
    const start = isAsciiAlnum(text.charCodeAt(m.index)) ? m.index : m.index + 1;
    let end = m.index + m[0].length;
    if (!endOk(start, end)) {
      end = longestValidEnd(text, start, end - 1, (j) => endOk(start, j));
    }
    const surface = end < 0 || isBlockedBefore(text, start) ? '' : text.slice(start, end);
    const hit = surface === '' ? undefined : accept(surface);
    if (hit === undefined) {
      // No form here; with `fuzzy`, a word after a covered form's prefix may be a misspelling.
      const c = fuzzy ? fuzzyAt(text, start) : undefined;
      if (c !== undefined) mentions.push(c);
      find.lastIndex = c === undefined ? m.index + 1 : c.end;
      continue;
    }
    mentions.push(
      hit.ambiguous
        ? { start, end, drugId: hit.drugId, surface, ambiguous: true }
        : { start, end, drugId: hit.drugId, surface },
    );
    find.lastIndex = end;
  }
  return mentions;
}
