import type { Ambiguity } from '@/data/lexicon-extra';

/** One drug name found in a string: `text.slice(start, end)` is the surface as written. */
export interface Mention {
  start: number;
  end: number;
  /** Lowercase English INN of the drug (the dataset's drug id). */
  drugId: string;
  /** The text as it appears on the page, e.g. "Rinvoq®" minus the mark: "Rinvoq". */
  surface: string;
  /**
   * Set when the text is a misspelling found by the fuzzy rule (`fuzzy.ts`): the form it is one
   * edit from, as the dataset writes it ("Dupixent" for "Dupixant").
   */
  fuzzy?: string;
}

/** What the matcher looks for besides the exact forms; callers opt in (see `findMentions`). */
export interface MatchOptions {
  /** Misspellings one edit from a long name (`fuzzy.ts`). */
  fuzzy?: boolean;
  /**
   * The text comes from a PDF, whose transcription glues a name to a following number or word
   * ("Rinvoq15 mg", "upadacitinibtablets"): such a name counts (`scan.ts`). Never for HTML.
   */
  glued?: boolean;
}

/** One dictionary entry: a written form of a drug name and the drug it names. */
export interface LexiconEntry {
  surface: string;
  drugId: string;
  /** A research code ("ABT-494"): counts only when written as one (see `writtenAsCode`). */
  code?: true;
  /** Also an everyday word, place or person: counts only in a drug context (`context.ts`). */
  ambiguous?: Ambiguity;
  /** The drug's generic or a brand name (not a variant, salt or derived spelling). */
  main?: true;
}

/** A mention before the context rule: `ambiguous` marks one that needs a drug context. */
export interface Candidate extends Mention {
  ambiguous?: true;
}

/** Bits of a form's flags in the generated key table. */
export const FORM_CODE = 1;
/** The spelling is ambiguous however it is written. */
export const FORM_AMBIGUOUS = 2;
/** Ambiguous when written with whitespace inside ("CAT 354", not "CAT-354"). */
export const FORM_AMBIGUOUS_SPACED = 4;
/**
 * Some form with this key is written with accents ("méthotrexate"): only then may a matched
 * text with accents be looked up by its folded key. Without the bit, "léflunomid" (the regex
 * shares its prefix with "léflunomide") would pass as the German Leflunomid.
 */
export const FORM_ACCENTED = 8;
/** The fuzzy rule covers this form (one word, seven ASCII letters or more, not a code). */
export const FORM_FUZZY = 16;
/** Written with a capital first letter (a brand): how "Did you mean …?" spells it. */
export const FORM_CAPITAL = 32;
/** A generic or brand name as the dataset writes it: preferred as the "Did you mean" form. */
export const FORM_MAIN = 64;
