import { COMPOUND_SOURCE, DRUG_IDS, KEYS, PATTERN_SOURCE } from './compiled.generated';
import { FORM_ACCENTED, FORM_AMBIGUOUS, FORM_AMBIGUOUS_SPACED, FORM_CODE } from './types';

/**
 * Hot-loop regex. The leading `(?:^|[^a-z0-9])` is the ASCII half of the boundary (V8 scans it as
 * fast as `\b`, and unlike `\b` it lets "_" separate); the match therefore usually begins one
 * character before the name. The trailing lookahead lets the regex itself back off to a shorter
 * form ("Xeljanz XRay" → "Xeljanz"), or accept a German compound ending ("Ciclosporintherapie").
 * The Unicode half of both checks runs in code, on hits only. Not `u`: forms are ASCII apart from
 * a few accented letters, and non-Unicode `i` never folds "K" (Kelvin) or "ſ" into ASCII.
 */
export const FIND = new RegExp(
  `(?:^|[^a-z0-9])(?:${PATTERN_SOURCE})(?:(?![a-z0-9])|(?=(?:${COMPOUND_SOURCE})(?![a-z0-9])))`,
  'gi',
);
/**
 * PATTERN_SOURCE with fuzzy matching: the generator ends the exact prefix of each form the fuzzy
 * rule covers with a never-matching alternative (`FUZZY_MARK` in compile.ts), here swapped for
 * `[a-z]+`, so after that prefix any word is also a candidate misspelling (the code decides).
 */
const FUZZY_PATTERN_SOURCE = PATTERN_SOURCE.split('|(?!))').join('|[a-z]+)');

/**
 * FIND with fuzzy matching on: where no form matches, a word after a covered form's exact prefix
 * is a candidate misspelling, so one scan finds both (`scan.ts` hands it to `fuzzy.ts`).
 */
export const FIND_FUZZY = new RegExp(
  `(?:^|[^a-z0-9])(?:${FUZZY_PATTERN_SOURCE})(?:(?![a-z0-9])|(?=(?:${COMPOUND_SOURCE})(?![a-z0-9])))`,
  'gi',
);
/** A German compound ending at the sticky position, followed by no ASCII letter or digit. */
export const COMPOUND = new RegExp(`(?:${COMPOUND_SOURCE})(?![a-z0-9])`, 'iy');
/** Page-level pre-check: FIND without the trailing check (a superset of its hits). */
export const PRECHECK = new RegExp(`(?:^|[^a-z0-9])(?:${PATTERN_SOURCE})`, 'i');
/** PRECHECK anchored at `lastIndex`: whether an exact form starts at a fuzzy pre-check hit. */
export const PRECHECK_AT = new RegExp(PRECHECK.source, 'iy');
/**
 * The pre-check with fuzzy matching on: every form, and any word after a covered form's exact
 * prefix, so its hits are a superset of both FIND's and the fuzzy rule's.
 */
export const PRECHECK_FUZZY = new RegExp(`(?:^|[^a-z0-9])(?:${FUZZY_PATTERN_SOURCE})`, 'gi');
export const LOOSE_FUZZY = new RegExp(FUZZY_PATTERN_SOURCE, 'i');
/**
 * FIND without the trailing check, for PDF-derived text where a name may be glued to what
 * follows ("Rinvoq15 mg", "upadacitinibtablets"); the code decides which glue counts.
 */
export const FIND_GLUED = new RegExp(`(?:^|[^a-z0-9])(?:${PATTERN_SOURCE})`, 'gi');
/** No boundaries at all: the slow path's scan, whose boundaries depend on removed characters. */
export const LOOSE = new RegExp(PATTERN_SOURCE, 'i');
export const LOOSE_ALL = new RegExp(PATTERN_SOURCE, 'gi');
/** Whole-string test, used to try shorter forms when a Unicode boundary rejects a hit. */
export const EXACT = new RegExp(`^(?:${PATTERN_SOURCE})$`, 'i');

/** What a hit is, once accepted: its drug, and whether only a drug context lets it count. */
export interface Accepted {
  readonly drugId: string;
  readonly ambiguous: boolean;
}

/** What the key table says about one written form; answers are built once, not per hit. */
interface Form {
  drugId: string;
  flags: number;
  /** The answer for this form written without whitespace, and with. */
  joined: Accepted;
  spaced: Accepted;
}

function form(drugId: string, flags: number): Form {
  const always = (flags & FORM_AMBIGUOUS) !== 0;
  const spaced = always || (flags & FORM_AMBIGUOUS_SPACED) !== 0;
  return {
    drugId,
    flags,
    joined: { drugId, ambiguous: always },
    spaced: { drugId, ambiguous: spaced },
  };
}

const FORM_BY_KEY = new Map<string, Form>(
  KEYS.map(([key, index, flags]) => [key, form(DRUG_IDS[index]!, flags)]),
);

/** The FORM_* flags of a lookup key (`surfaceKey`), or undefined when no form has it. */
export function formFlags(key: string): number | undefined {
  return FORM_BY_KEY.get(key)?.flags;
}

const SEPARATORS = /[\s\-\u2010\u2011]+/g;
const HAS_SEPARATOR = /[\s\-\u2010\u2011]/;
const HYPHEN = /[-\u2010\u2011]/;
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;

/**
 * The form a text the regex matched spells; undefined for anything else. Skips `surfaceKey`'s
 * normalisation, the costliest part of a hit, unless the text holds a non-ASCII letter (only an
 * accented national spelling can), because forms are otherwise ASCII (checked by the generator)
 * and so is everything the regex can match apart from whitespace.
 */
function formOf(matched: string): Form | undefined {
  const lower = matched.toLowerCase();
  // Most names are one word: skip the replace (and its new string) for them.
  const key = HAS_SEPARATOR.test(lower) ? lower.replace(SEPARATORS, '') : lower;
  const form = FORM_BY_KEY.get(key);
  if (form !== undefined || !NON_ASCII.test(key)) return form;
  // A national spelling written with its accents ("méthotrexate"): keys are folded.
  const folded = FORM_BY_KEY.get(key.normalize('NFD').replace(MARKS, ''));
  return folded && folded.flags & FORM_ACCENTED ? folded : undefined;
}

/**
 * Whether a research code is written as one: its letters upper-case ("ABT 494", "ABT494") or
 * joined to the number by a hyphen ("abt-494"). The regex matches codes case-insensitively with
 * an optional gap, and lower-case letters before a number are everyday text: "my cat 354 days",
 * "an 2728 page report", "Acme Inc 424 units".
 */
export function writtenAsCode(surface: string): boolean {
  let i = 0;
  while (i < surface.length && !(surface.charCodeAt(i) >= 0x30 && surface.charCodeAt(i) <= 0x39)) {
    i++;
  }
  const prefix = surface.slice(0, i);
  return HYPHEN.test(prefix) || prefix === prefix.toUpperCase();
}

const WHITESPACE = /\s/;

/**
 * What a text the regex matched counts as, or undefined when it does not count as written: any
 * form as-is, except a research code not `writtenAsCode`. Ambiguous: an audited form
 * (`data/lexicon-extra.ts`) that is also an everyday word, or a word-like code written with a
 * space. Runs on hits only.
 */
export function accept(matched: string): Accepted | undefined {
  const f = formOf(matched);
  if (f === undefined) return undefined;
  if (f.flags === 0) return f.joined;
  if (f.flags & FORM_CODE && !writtenAsCode(matched)) return undefined;
  return WHITESPACE.test(matched) ? f.spaced : f.joined;
}
