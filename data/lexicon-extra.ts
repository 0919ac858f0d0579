/**
 * Matcher-only facts about written forms that sit beside the drug records in `drugs.ts`: which
 * forms are also everyday words, places or people (so they count only in a drug context). Plain
 * typed data, read by the matcher generator (`npm run gen:matcher`) together with `drugs.ts`;
 * the content script never loads it.
 */

/**
 * When a form is ambiguous: `always` (the spelling itself is a word or place), or `spaced` (a
 * research code whose letters are a word, ambiguous only when a space separates them from the
 * number: "CAT 354" reads as a pet in capitals; "CAT-354" and "CAT354" do not).
 */
export type Ambiguity = 'always' | 'spaced';

/** A lexicon form whose spelling also means something ordinary. */
export interface AmbiguousForm {
  /** Exactly a form of `drugs.ts` (the generator refuses an unknown one). */
  surface: string;
  when: Ambiguity;
  /** What else the spelling means, so a reviewer can judge the entry. */
  otherMeanings: string;
}

/**
 * The ambiguity audit of every form in `drugs.ts` (brands, codes, variants, salts, suffixed
 * forms; the dataset has no short forms such as "MTX"), December 2026. Each form was checked
 * against the Debian word lists wamerican, wngerman, wfrench, wspanish, witalian, wportuguese and
 * wdutch (accents folded) and by reading; for codes, the letters before the number were checked
 * the same way. Only the entries below collide; lower-case codes before a number ("my cat 354")
 * are already refused by the code rule, so `spaced` covers the capitalised cases.
 */
export const AMBIGUOUS_FORMS: readonly AmbiguousForm[] = [
  {
    surface: 'Arava',
    when: 'always',
    otherMeanings:
      'the Arava (Arabah) valley between Israel and Jordan and its regional council; the IAI Arava aircraft; Italian and Portuguese "arava" (ploughed)',
  },
  {
    surface: 'CAT-354',
    when: 'spaced',
    otherMeanings: 'English "cat" before a number ("MY CAT 354 DAYS")',
  },
  {
    surface: 'AN2728',
    when: 'spaced',
    otherMeanings: 'English and German "an" before a number ("AN 2728-PAGE REPORT")',
  },
  {
    surface: 'INC424',
    when: 'spaced',
    otherMeanings: '"Inc." (incorporated) before a number ("ACME INC 424 UNITS")',
  },
];
