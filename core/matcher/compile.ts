import type { Drug } from '@/data/schema';
import { LEXICON_EXTRA } from '@/data/lexicon-extra';
import {
  FORM_ACCENTED,
  FORM_AMBIGUOUS,
  FORM_AMBIGUOUS_SPACED,
  FORM_CAPITAL,
  FORM_CODE,
  FORM_FUZZY,
  FORM_MAIN,
  type LexiconEntry,
} from './types';
import { buildLexicon, surfaceKey, type LexiconInputs } from './lexicon';
import { FUZZY_MIN_LENGTH, FUZZY_PREFIX } from './edit';

/** What the generator bakes into `compiled.generated.ts`: the regex source and the id table. */
export interface CompiledMatcher {
  /**
   * Alternation of every form, trie-factored; no boundaries (the matcher adds them). After the
   * exact prefix of each form the fuzzy rule covers, a last alternative `(?!)` that never
   * matches (the fuzzy mark): the matcher swaps it for `[a-z]+` to build its fuzzy pattern
   * (`patterns.ts`).
   */
  source: string;
  /**
   * Alternation of the exact prefixes of the forms the fuzzy rule covers (the fuzzy passes, and
   * the content-script gate's pre-check, `quick-check.ts`, which carries no key table).
   */
  prefixes: string;
  /** Sorted drug ids; `keys` points into this list to keep the generated file small. */
  drugIds: string[];
  /** `[surfaceKey, index into drugIds, FORM_* flags]`, sorted by key. */
  keys: [string, number, number][];
}

/**
 * Whether the fuzzy rule covers a form: one word of at least FUZZY_MIN_LENGTH ASCII letters,
 * not a research code. Multi-word forms are left out, so a misspelling never spans two words.
 */
export function isFuzzyForm(entry: LexiconEntry): boolean {
  return (
    !entry.code &&
    new RegExp(`^[a-z]{${FUZZY_MIN_LENGTH},}$`).test(entry.surface.normalize('NFKC').toLowerCase())
  );
}

/** Any run of whitespace (line breaks and nbsp included) between the words of a form. */
const SPACE = '\\s+';
/** ASCII hyphen or the Unicode hyphen / non-breaking hyphen that typesetters substitute. */
const HYPHEN = '[-\\u2010\\u2011]';
/** Research codes are written "ABT-494", "ABT494" or "ABT 494". */
const CODE_GAP = '[-\\u2010\\u2011\\s]?';

const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
const isDigit = (c: string | undefined) => c !== undefined && /\p{N}/u.test(c);
const isGap = (c: string) => /[\s\-\u2010\u2011]/.test(c);

/**
 * Splits a form into regex fragments, one per character or gap. A gap between letters and
 * digits is a research-code gap (optional, any of hyphen/space), so "ABT-494" also matches
 * "ABT494"; other gaps keep their kind but any spacing.
 */
export function tokenize(surface: string): string[] {
  const chars = [...surface.normalize('NFKC').toLowerCase()];
  const tokens: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (isGap(c)) {
      let j = i;
      while (j + 1 < chars.length && isGap(chars[j + 1]!)) j++;
      const run = chars.slice(i, j + 1).join('');
      if (isLetter(chars[i - 1]) && isDigit(chars[j + 1])) tokens.push(CODE_GAP);
      else tokens.push(/\s/.test(run) ? SPACE : HYPHEN);
      i = j;
      continue;
    }
    if (isDigit(c) && isLetter(chars[i - 1])) tokens.push(CODE_GAP);
    const base = c.normalize('NFD').replace(/\p{M}/gu, '');
    // An accented letter also matches its plain letter: "léflunomide" covers "leflunomide".
    if (base !== c && /^[a-z]$/.test(base)) tokens.push(`[${base}${c}]`);
    else tokens.push(c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  }
  return tokens;
}

interface TrieNode {
  end: boolean;
  /** The exact prefix of a form the fuzzy rule covers ends here. */
  fuzzy?: true;
  next: Map<string, TrieNode>;
  /** Accented letters that may stand in this node's place ("é" under "e"). */
  accents?: Set<string>;
}

const ACCENTED = /^\[([a-z])(.)\]$/;

/**
 * The child of `node` for `token`, created if missing. An accented letter shares its plain
 * letter's child (so "méthotrexate" and "methotrexate sodium" stay one path and the longer form
 * is still tried first); the node remembers the accent, and the plain forms accept it too.
 */
function childFor(node: TrieNode, token: string): TrieNode {
  const accented = ACCENTED.exec(token);
  const key = accented ? accented[1]! : token;
  let child = node.next.get(key);
  if (!child) node.next.set(key, (child = { end: false, next: new Map() }));
  if (accented) (child.accents ??= new Set()).add(accented[2]!);
  return child;
}

function label(key: string, node: TrieNode): string {
  return node.accents ? `[${key}${[...node.accents].sort().join('')}]` : key;
}

function emit(node: TrieNode): string {
  const alternatives = [...node.next.keys()]
    .sort()
    .map((t) => label(t, node.next.get(t)!) + emit(node.next.get(t)!));
  if (node.fuzzy) alternatives.push('(?!)'); // the fuzzy mark (see `CompiledMatcher.source`)
  if (alternatives.length === 0) return '';
  const body = alternatives.join('|');
  if (node.end) return `(?:${body})?`;
  return alternatives.length === 1 ? body : `(?:${body})`;
}

/**
 * Compiles the dictionary into one prefix-factored alternation. Factoring keeps V8's backtracking
 * shallow, and because a shorter form is always an optional (greedy) tail of its prefix, the
 * regex tries the longest form first: "Rinvoq LQ" beats "Rinvoq". Forms must be ASCII and start
 * and end with a letter or digit: the matcher's fast boundary is the ASCII class `[^a-z0-9]`, and
 * its id lookup skips NFKC.
 */
export function compileMatcher(lexicon: readonly LexiconEntry[]): CompiledMatcher {
  const root: TrieNode = { end: false, next: new Map() };
  const drugIds = [...new Set(lexicon.map((e) => e.drugId))].sort();
  const keys = new Map<string, [number, number]>();
  const prefixes = new Set<string>();
  for (const entry of lexicon) {
    const { surface, drugId, code, ambiguous } = entry;
    if (!/^[a-z0-9](?:[\x20-\x7e\u00c0-\u017f]*[a-z0-9])?$/i.test(surface)) {
      throw new Error(
        `"${surface}" must be ASCII or accented Latin and start and end with an ASCII letter or digit`,
      );
    }
    const tokens = tokenize(surface);
    let node = root;
    for (const token of tokens) node = childFor(node, token);
    node.end = true;
    const fuzzable = isFuzzyForm(entry);
    if (fuzzable) {
      node = root;
      for (const token of tokens.slice(0, FUZZY_PREFIX)) node = node.next.get(token)!;
      node.fuzzy = true;
      prefixes.add(surface.toLowerCase().slice(0, FUZZY_PREFIX));
    }
    const flags =
      (fuzzable ? FORM_FUZZY : 0) |
      (fuzzable && /^[A-Z]/.test(surface) ? FORM_CAPITAL : 0) |
      (fuzzable && entry.main ? FORM_MAIN : 0) |
      (code ? FORM_CODE : 0) |
      (ambiguous === 'always' ? FORM_AMBIGUOUS : 0) |
      (ambiguous === 'spaced' ? FORM_AMBIGUOUS_SPACED : 0) |
      (/[^\x00-\x7f]/.test(surface) ? FORM_ACCENTED : 0);
    const key = surfaceKey(surface);
    // An accented and a plain spelling share a key ("léflunomide", "leflunomide"): keep the bit,
    // and the fuzzy rule's bits of whichever spelling it covers.
    const kept =
      (keys.get(key)?.[1] ?? 0) & (FORM_ACCENTED | FORM_FUZZY | FORM_CAPITAL | FORM_MAIN);
    keys.set(key, [drugIds.indexOf(drugId), flags | kept]);
  }
  const source = root.next.size === 0 ? '(?!)' : emit({ ...root, end: false });
  const rows = [...keys].map(([key, [index, flags]]): [string, number, number] => [
    key,
    index,
    flags,
  ]);
  return {
    source,
    drugIds,
    keys: rows.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    prefixes: compileWords([...prefixes].sort()),
  };
}

/** Trie-factored alternation of plain words (the compound suffixes), longest first. */
export function compileWords(words: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const token of tokenize(word)) node = childFor(node, token);
    node.end = true;
  }
  return root.next.size === 0 ? '(?!)' : emit({ ...root, end: false });
}

/** The text of `compiled.generated.ts`; the up-to-date test compares the committed file to it. */
export function renderCompiledModule(compiled: CompiledMatcher, compoundSuffixes = '(?!)'): string {
  const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const ids = compiled.drugIds.map((id) => `  ${q(id)},`).join('\n');
  const keys = compiled.keys.map(([k, i, f]) => `  [${q(k)}, ${i}, ${f}],`).join('\n');
  return [
    '// Generated by `npm run gen:matcher` (scripts/gen-matcher.ts) from data/drugs.ts and',
    '// data/lexicon-extra.ts. Do not edit:',
    '// tests/unit/core/matcher/generated.test.ts fails when this file is stale.',
    '',
    '/** Trie-factored alternation of every drug form, without boundaries. */',
    `export const PATTERN_SOURCE = ${q(compiled.source)};`,
    '',
    '/** German compound endings a name may carry when written solid ("Ciclosporintherapie"). */',
    `export const COMPOUND_SOURCE = ${q(compoundSuffixes)};`,
    '',
    '/** Drug ids, sorted; KEYS index into this list. */',
    `export const DRUG_IDS: readonly string[] = [\n${ids}\n];`,
    '',
    '/** [lookup key of a written form, index into DRUG_IDS, FORM_* flags (types.ts)]. */',
    `export const KEYS: readonly (readonly [string, number, number])[] = [\n${keys}\n];`,
    '',
    '/** The exact prefixes a misspelling found by the fuzzy rule starts with. */',
    `export const PREFIX_SOURCE = ${q(compiled.prefixes)};`,
    '',
  ].join('\n');
}

/** The generator's whole job, as a pure function of the dataset and the matcher's extra data. */
export function generateMatcherModule(
  drugs: readonly Drug[],
  extra: LexiconInputs & { compoundSuffixes?: readonly string[] } = LEXICON_EXTRA,
): string {
  return renderCompiledModule(
    compileMatcher(buildLexicon(drugs, extra)),
    compileWords(extra.compoundSuffixes ?? []),
  );
}
