import { COMPOUND, EXACT } from './patterns';

/**
 * What glues onto a name (every name is Latin script): a Latin letter ("Upadacitinibé",
 * "xupadacitinib"), a digit of any script ("2upadacitinib") or a combining mark that takes its
 * script from the letter before it ("upadacitinib\u0301"). A letter of any other script is a
 * word of its own: Chinese, Japanese, Thai and Korean write no spaces, so "使用Dupilumab治疗" and
 * "ウパダシチニブUpadacitinib" name the drug, and so does "Rinvoq" against Cyrillic or Greek.
 * Everything else (hyphen, slash, ®, punctuation, spaces) separates too. Marks of other scripts
 * (Thai vowel signs) belong to their script and separate like its letters.
 */
const WORDISH = /[\p{N}\p{Script=Latin}\p{Script=Inherited}]/u;

export const isAsciiAlnum = (unit: number) =>
  (unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a);

function isWordish(cp: number): boolean {
  if (cp < 0x80) return isAsciiAlnum(cp);
  return WORDISH.test(String.fromCodePoint(cp));
}

/** Whether the character just before `i` glues onto a name starting at `i`. */
export function isBlockedBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const unit = text.charCodeAt(i - 1);
  const isLow = unit >= 0xdc00 && unit <= 0xdfff && i >= 2;
  return isWordish(isLow ? text.codePointAt(i - 2)! : unit);
}

/** Whether the character at `j` glues onto a name ending at `j`. */
export function isBlockedAfter(text: string, j: number): boolean {
  return j < text.length && isWordish(text.codePointAt(j)!);
}

/**
 * Whether a name ending at `j` ends there as a word: nothing glues on, or a German compound
 * ending from the explicit list follows ("Ciclosporin|therapie") and nothing glues onto that.
 */
export function endsName(text: string, j: number): boolean {
  if (!isBlockedAfter(text, j)) return true;
  COMPOUND.lastIndex = j;
  const m = COMPOUND.exec(text);
  return m !== null && !isBlockedAfter(text, j + m[0].length);
}

/**
 * The end of the longest form starting at `start` that ends at or before `maxEnd` where `endOk`
 * holds, or -1. Only runs on the rare hits a Unicode boundary rejected, so it simply tries each
 * shorter end against the anchored regex; ends inside a gap are skipped (forms end with a letter
 * or digit), which keeps a name followed by a huge whitespace run linear.
 */
export function longestValidEnd(
  text: string,
  start: number,
  maxEnd: number,
  endOk: (end: number) => boolean,
): number {
  for (let end = maxEnd; end > start; end--) {
    if (
      isAsciiAlnum(text.charCodeAt(end - 1)) &&
      endOk(end) &&
      EXACT.test(text.slice(start, end))
    ) {
      return end;
    }
  }
  return -1;
}
