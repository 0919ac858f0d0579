/**
 * The fuzzy rule for misspellings ("Dupixant", "upadacitinb"): a word counts as a name the
 * dataset writes in one word of at least FUZZY_MIN_LENGTH letters when it starts with the name's
 * first FUZZY_PREFIX letters exactly and is then one edit away (a letter replaced, added, left
 * out, or two neighbours swapped). Never across two words (a word is a run of ASCII letters with
 * the matcher's boundaries at both ends), never where the word is itself a form of a drug (the
 * exact matcher has it), and never where it is a word of an English, German, French, Spanish,
 * Italian, Portuguese or Dutch word list: the generator lists the few such words that lie one
 * edit from a name (`fuzzy.generated.ts`), so the word lists never ship. A word one edit from
 * two drugs' names is neither. Runs on the hits of one prefix regex; no allocation per character.
 */
import { isAsciiAlnum, isBlockedAfter, isBlockedBefore } from './boundary';
import { DRUG_IDS, KEYS, PREFIX_SOURCE } from './compiled.generated';
import { FUZZY_MIN_LENGTH, FUZZY_PREFIX, isOneEdit } from './edit';
import { FUZZY_EXCLUDED } from './fuzzy.generated';
import { formFlags } from './patterns';
import { FORM_AMBIGUOUS, FORM_CAPITAL, FORM_FUZZY, FORM_MAIN, type Candidate } from './types';

/** What a misspelt word stands for. */
export interface FuzzyHit {
  drugId: string;
  /** The form it is one edit from, as the dataset writes it ("Dupixent"). */
  canonical: string;
  ambiguous: boolean;
}

/** The data the rule runs on; {@link fuzzyLookup}'s default is the generated one. */
export interface FuzzyTable {
  /**
   * `[form as written, drug id, preferred]` for every form the rule covers; a word close to
   * several forms of one drug is shown as a preferred one (its generic or a brand).
   */
  forms: readonly (readonly [string, string, boolean?])[];
  /** Lowercase words that are never misspellings (dictionary words). */
  excluded: readonly string[];
  /** Whether a lowercase word is a form of some drug (exact matches are not fuzzy). */
  isForm: (word: string) => boolean;
  /** Whether a form (as written) is also an everyday word (the context rule then applies). */
  isAmbiguous: (form: string) => boolean;
}

/** A lookup from a word (any case, ASCII letters) to what it misspells, if anything. */
export type FuzzyLookup = (word: string) => FuzzyHit | undefined;

export function fuzzyLookup(table: FuzzyTable): FuzzyLookup {
  const byPrefix = new Map<string, { name: string; main: boolean; hit: FuzzyHit }[]>();
  for (const [canonical, drugId, main = false] of table.forms) {
    const name = canonical.toLowerCase();
    const prefix = name.slice(0, FUZZY_PREFIX);
    let list = byPrefix.get(prefix);
    if (list === undefined) byPrefix.set(prefix, (list = []));
    const hit = { drugId, canonical, ambiguous: table.isAmbiguous(canonical) };
    list.push({ name, main, hit });
  }
  const excluded = new Set(table.excluded);
  return (word) => {
    const names = byPrefix.get(word.slice(0, FUZZY_PREFIX).toLowerCase());
    if (names === undefined) return undefined;
    const key = word.toLowerCase();
    if (excluded.has(key) || table.isForm(key)) return undefined;
    let best: (typeof names)[number] | undefined;
    for (const n of names) {
      if (!isOneEdit(key, n.name)) continue;
      if (best === undefined || (n.main && !best.main)) {
        if (best !== undefined && best.hit.drugId !== n.hit.drugId) return undefined;
        best = n;
      } else if (best.hit.drugId !== n.hit.drugId) return undefined; // close to two drugs
    }
    return best?.hit;
  };
}

/** The covered forms, from the key table's flags: a key is the form in lower case. */
const FORMS = KEYS.filter(([, , flags]) => flags & FORM_FUZZY).map(
  ([key, index, flags]): [string, string, boolean] => [
    flags & FORM_CAPITAL ? key[0]!.toUpperCase() + key.slice(1) : key,
    DRUG_IDS[index]!,
    (flags & FORM_MAIN) !== 0,
  ],
);
const LONGEST = Math.max(0, ...FORMS.map(([s]) => s.length));

const lookup = fuzzyLookup({
  forms: FORMS,
  excluded: FUZZY_EXCLUDED,
  isForm: (word) => formFlags(word) !== undefined,
  isAmbiguous: (form) => ((formFlags(form.toLowerCase()) ?? 0) & FORM_AMBIGUOUS) !== 0,
});

/** A name's exact prefix and at least one more letter, after the ASCII half of the boundary. */
const FUZZ = new RegExp(`(?:^|[^a-z0-9])(?:${PREFIX_SOURCE})[a-z]`, 'gi');
/** Without the boundary: for stripped text, where a removed zero-width space is a word break. */
const FUZZ_LOOSE = new RegExp(`(?:${PREFIX_SOURCE})[a-z]`, 'gi');

const isAsciiLetter = (unit: number) => (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a;

/**
 * End of the misspelt name starting at `start` (one word), or -1. `breakAt`: positions that
 * are word breaks whatever surrounds them (zero-width spaces removed from stripped text).
 */
function wordEnd(text: string, start: number, breakAt?: ReadonlySet<number>): number {
  if (isBlockedBefore(text, start) && !breakAt?.has(start)) return -1;
  let end = start;
  while (end < text.length && isAsciiLetter(text.charCodeAt(end))) {
    end++;
    if (breakAt?.has(end)) break;
  }
  const length = end - start;
  if (length < FUZZY_MIN_LENGTH - 1 || length > LONGEST + 1) return -1;
  return isBlockedAfter(text, end) && !breakAt?.has(end) ? -1 : end;
}

/** The misspelt name starting at `start`, if the word there is one. */
export function fuzzyAt(
  text: string,
  start: number,
  breakAt?: ReadonlySet<number>,
): Candidate | undefined {
  const end = wordEnd(text, start, breakAt);
  if (end < 0) return undefined;
  const surface = text.slice(start, end);
  const hit = lookup(surface);
  if (hit === undefined) return undefined;
  const found: Candidate = { start, end, drugId: hit.drugId, surface, fuzzy: hit.canonical };
  if (hit.ambiguous) found.ambiguous = true;
  return found;
}

const isUpper = (unit: number) => unit >= 0x41 && unit <= 0x5a;

/**
 * The pre-check's half: whether a misspelt name could start at `start` once the text is cut into
 * blocks. `textContent` runs a block's last word into the next block's first, so besides the
 * whole run of letters, a run cut before a capital counts ("Dupixant" + "Daily" in the next
 * cell). Any shorter cut would make every "programme" a maybe (one letter from "Prograf"), so a
 * misspelling glued to a lower-case block start is the one case this can miss.
 */
export function mightBeFuzzyAt(text: string, start: number): boolean {
  let end = start;
  while (end < text.length && end - start <= LONGEST && isAsciiLetter(text.charCodeAt(end))) {
    end++;
    if (
      end - start >= FUZZY_MIN_LENGTH - 1 &&
      isUpper(text.charCodeAt(end)) &&
      lookup(text.slice(start, end)) !== undefined
    ) {
      return true;
    }
  }
  return lookup(text.slice(start, end)) !== undefined;
}

/**
 * `found` (sorted, non-overlapping) with the misspelt names of `text` added where they overlap
 * none of it, sorted by start. `breakAt`: `text` is stripped of invisible characters and these
 * are the places of its zero-width spaces.
 */
export function withFuzzy(
  text: string,
  found: Candidate[],
  breakAt?: ReadonlySet<number>,
): Candidate[] {
  let out: Candidate[] | undefined;
  let k = 0;
  const re = breakAt === undefined ? FUZZ : FUZZ_LOOSE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start =
      re === FUZZ_LOOSE || isAsciiAlnum(text.charCodeAt(m.index)) ? m.index : m.index + 1;
    while (k < found.length && found[k]!.end <= start) k++;
    if (k < found.length && found[k]!.start <= start) {
      re.lastIndex = found[k]!.end; // inside an exact name: nothing to look up
      continue;
    }
    const c = fuzzyAt(text, start, breakAt);
    if (c === undefined) {
      re.lastIndex = m.index + 1;
      continue;
    }
    re.lastIndex = c.end;
    if (k < found.length && found[k]!.start < c.end) continue;
    (out ??= []).push(c);
  }
  if (out === undefined) return found;
  return [...found, ...out].sort((a, b) => a.start - b.start);
}
