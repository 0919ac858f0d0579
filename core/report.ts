/**
 * The page report: what the content script found, in a shape that crosses every boundary
 * (adapter → sidebar props, content script → popup/background messages). Plain JSON only.
 */
export interface DrugOnPage {
  drugId: string;
  /** Number of mentions of this drug on the page. */
  count: number;
}

export interface PageReport {
  /** Drugs in order of their first mention in the document. */
  drugs: DrugOnPage[];
  totalMentions: number;
  /** True when the page had more mentions than we highlight (the highlight cap). */
  capped: boolean;
}

export const EMPTY_REPORT: PageReport = { drugs: [], totalMentions: 0, capped: false };
