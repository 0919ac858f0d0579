/**
 * The fuzzy rule's measure, shared by the generator (which lists the dictionary words it would
 * catch) and the matcher: whether two lowercase words differ by exactly one edit, i.e. one
 * substitution, insertion, deletion or swap of two adjacent letters (optimal string alignment
 * distance 1). Compares character codes in place: no allocation, at most one pass.
 */

/** Shortest name the fuzzy rule applies to, in letters. */
export const FUZZY_MIN_LENGTH = 7;
/** Letters at the start of a name that a misspelling must share exactly. */
export const FUZZY_PREFIX = 5;

/** Whether `a[i..]` equals `b[j..]` (same remaining length assumed by the callers). */
function sameTail(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/** Whether `word` is exactly one edit away from `name` (both lowercase). */
export function isOneEdit(word: string, name: string): boolean {
  const diff = word.length - name.length;
  if (diff > 1 || diff < -1) return false;
  const shorter = Math.min(word.length, name.length);
  let i = 0;
  while (i < shorter && word.charCodeAt(i) === name.charCodeAt(i)) i++;
  if (diff === 1) return sameTail(word, i + 1, name, i); // a letter inserted at i
  if (diff === -1) return sameTail(word, i, name, i + 1); // a letter left out at i
  if (i === word.length) return false; // the same word
  if (sameTail(word, i + 1, name, i + 1)) return true; // one letter replaced
  return (
    i + 1 < word.length &&
    word.charCodeAt(i) === name.charCodeAt(i + 1) &&
    word.charCodeAt(i + 1) === name.charCodeAt(i) &&
    sameTail(word, i + 2, name, i + 2)
  ); // two neighbours swapped
}
