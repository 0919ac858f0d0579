/**
 * The hot loop: every form in text without invisible characters, with the ASCII boundary in the
 * regex and the Unicode boundary, the code rule and the ambiguity mark checked on hits only.
 */
import { endsName, isAsciiAlnum, isBlockedBefore, longestValidEnd } from './boundary';
import { accept, FIND } from './patterns';
import type { Candidate } from './types';

export function scanPlain(text: string): Candidate[] {
  const mentions: Candidate[] = [];
  FIND.lastIndex = 0;
  for (let m = FIND.exec(text); m !== null; m = FIND.exec(text)) {
    const start = isAsciiAlnum(text.charCodeAt(m.index)) ? m.index : m.index + 1;
    let end = m.index + m[0].length;
    if (!endsName(text, end)) {
      end = longestValidEnd(text, start, end - 1, (j) => endsName(text, j));
    }
    const surface = end < 0 || isBlockedBefore(text, start) ? '' : text.slice(start, end);
    const hit = surface === '' ? undefined : accept(surface);
    if (hit === undefined) {
      FIND.lastIndex = m.index + 1;
      continue;
    }
    mentions.push(
      hit.ambiguous
        ? { start, end, drugId: hit.drugId, surface, ambiguous: true }
        : { start, end, drugId: hit.drugId, surface },
    );
    FIND.lastIndex = end;
  }
  return mentions;
}
