import { pathToFileURL } from 'node:url';
import { mulberry32, Prose } from './pages.mjs';

/**
 * The matcher alone in Node: `findMentions` over 5 MB of article-like text (one name per ~500
 * characters) against the floor of any scanner's cost, a plain loop that reads every UTF-16
 * unit with `charCodeAt` and counts ASCII letters. No scanner can look at the text more
 * cheaply than that, so "matcher / plain loop" says how close the regex gets to reading speed.
 * `mightMention` (the page-level pre-check) is timed on 5 MB of text with no name. Both are timed
 * again with fuzzy matching on (`{ fuzzy: true }`, misspellings: issue 15), for its cost.
 * MB here is 10^6 characters (the text is ASCII, so also bytes).
 */

const SIZE = 5_000_000;
const REPEATS = 7;

/**
 * The floor: one pass, one `charCodeAt` and a branch-free letter test per character. (With an
 * `if`, mispredicted branches on prose halve its speed, which would flatter the matcher.)
 */
export function countAsciiLetters(text) {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    n += (((text.charCodeAt(i) | 0x20) - 0x61) >>> 0 < 26) | 0;
  }
  return n;
}

/** Plain text of `size` characters: paragraphs of Prose, tags stripped, `\n` between. */
export function microText(seed, size, gap) {
  const prose = new Prose(mulberry32(seed), { gap, markupRate: 0 });
  const parts = [];
  let length = 0;
  while (length < size) {
    const p = prose.inline(300 + prose.rand() * 900);
    parts.push(p);
    length += p.length + 1;
  }
  // A flat one-byte string, as a page's text would be (a slice would be a SlicedString).
  const text = Buffer.from(parts.join('\n').slice(0, size), 'latin1').toString('latin1');
  return { text, mentions: prose.mentions };
}

/**
 * Median MB/s of `fn(text)` after two warm-up calls. Timed in process CPU time, not wall time:
 * the benchmark machines are shared, and a descheduled thread would otherwise look slow.
 */
function throughput(fn, text) {
  let sink = 0;
  for (let i = 0; i < 2; i++) sink += Number(fn(text)?.length ?? fn(text));
  const times = [];
  for (let i = 0; i < REPEATS; i++) {
    const before = process.cpuUsage();
    const r = fn(text);
    const { user, system } = process.cpuUsage(before);
    times.push((user + system) / 1000);
    sink += Number(r?.length ?? r);
  }
  times.sort((a, b) => a - b);
  const ms = times[times.length >> 1];
  return { mbPerS: Math.round(text.length / 1e6 / (ms / 1000)), ms, sink };
}

/**
 * @param {string} matcherFile the rolldown bundle of core/matcher/index.ts
 */
export async function runMatcherMicro(matcherFile) {
  // eslint-disable-next-line no-unsanitized/method -- our own build output, not page data
  const { findMentions, mightMention } = await import(pathToFileURL(matcherFile).href);
  const withNames = microText(11, SIZE, 500);
  const without = microText(12, SIZE, Infinity);
  const matcher = throughput(findMentions, withNames.text);
  const plain = throughput(countAsciiLetters, withNames.text);
  const precheck = throughput((t) => Number(mightMention(t)), without.text);
  const fuzzy = throughput((t) => findMentions(t, { fuzzy: true }), withNames.text);
  const precheckFuzzy = throughput((t) => Number(mightMention(t, { fuzzy: true })), without.text);
  return {
    textMB: SIZE / 1e6,
    mentions: findMentions(withNames.text).length,
    mbPerS: matcher.mbPerS,
    plainLoopMbPerS: plain.mbPerS,
    ratio: matcher.mbPerS / plain.mbPerS,
    precheckNoMatchMbPerS: precheck.mbPerS,
    fuzzyMbPerS: fuzzy.mbPerS,
    fuzzyMentions: findMentions(withNames.text, { fuzzy: true }).length,
    precheckFuzzyNoMatchMbPerS: precheckFuzzy.mbPerS,
    /** Time with fuzzy matching on ÷ time with it off (1.2 = 20% slower). */
    fuzzyCost: Math.round((matcher.mbPerS / fuzzy.mbPerS) * 1000) / 1000,
    precheckFuzzyCost: Math.round((precheck.mbPerS / precheckFuzzy.mbPerS) * 1000) / 1000,
  };
}
