/**
 * Runs the matcher over collected text without letting a name run across a block boundary.
 * The matcher treats any whitespace, `\n` included, as the gap inside multi-word forms ("Rinvoq
 * LQ", "ruxolitinib cream"), which is right inside a paragraph but wrong across table cells:
 * `<td>Rinvoq</td><td>LQ</td>` is two cells, not one name.
 *
 * Relative imports on purpose: the scan CLI runs this module under jiti, without the `@/` alias.
 */
import { applyContext, findCandidates } from '@/core/matcher';
import type { Candidate, MatchOptions, Mention } from '@/core/matcher/types';
import { blockAround, segmentAt, spansSeparator, type CollectedText } from './offset-map';

/**
 * Mentions in `collected.text`, sorted and non-overlapping, none spanning a block separator.
 * One matcher pass over the whole text; only blocks where a hit crossed a separator are matched
 * again on their own. The context rule for ambiguous names is judged once, over the whole text,
 * so a block matched again still sees the rest of the page; the scan CLI and the page adapter
 * both come through here, with the same `options` (misspellings on unless the setting is off).
 */
export function findMentionsInText(
  collected: CollectedText,
  options: MatchOptions = {},
): Mention[] {
  const find = (text: string) => findCandidates(text, options);
  return applyContext(collected.text, candidatesInBlocks(collected, find));
}

function candidatesInBlocks(
  collected: CollectedText,
  find: (text: string) => Candidate[],
): Candidate[] {
  const { text, segments } = collected;
  const all = find(text);
  const redo = new Map<number, [number, number]>();
  for (const m of all) {
    if (!spansSeparator(segments, m.start, m.end)) continue;
    const first = segmentAt(segments, m.start);
    const last = segmentAt(segments, m.end - 1);
    for (let i = Math.max(first, 0); i <= last; i++) {
      const block = blockAround(segments, i);
      redo.set(block[0], block);
    }
  }
  if (redo.size === 0) return all;
  const inRedo = (offset: number) =>
    [...redo.values()].some(([start, end]) => offset >= start && offset < end);
  const kept = all.filter((m) => !inRedo(m.start));
  for (const [start, end] of redo.values()) {
    for (const m of find(text.slice(start, end))) {
      kept.push({ ...m, start: m.start + start, end: m.end + start });
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
