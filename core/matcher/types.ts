/** One drug name found in a string: `text.slice(start, end)` is the surface as written. */
export interface Mention {
  start: number;
  end: number;
  /** Lowercase English INN of the drug (the dataset's drug id). */
  drugId: string;
  /** The text as it appears on the page, e.g. "Rinvoq®" minus the mark: "Rinvoq". */
  surface: string;
}

/** One dictionary entry: a written form of a drug name and the drug it names. */
export interface LexiconEntry {
  surface: string;
  drugId: string;
  /** A research code ("ABT-494"): counts only when written as one (see `writtenAsCode`). */
  code?: true;
}

/** Bits of a form's flags in the generated key table. */
export const FORM_CODE = 1;
