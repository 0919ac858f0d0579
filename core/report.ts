/**
 * The page report: what the content script found, in a shape that crosses every boundary
 * (adapter → sidebar props, content script → popup/background messages). Plain JSON only.
 */
export interface DrugOnPage {
  drugId: string;
  /** Number of mentions of this drug on the page. */
  count: number;
  /**
   * The distinct names it was found under, as written on the page ("Rinvoq", "ABT-494"), in
   * order of first mention: at most {@link MAX_FORMS}, each at most {@link MAX_FORM_LENGTH} chars.
   */
  forms: string[];
  /**
   * The text around its first mention, whitespace collapsed, at most {@link MAX_CONTEXT_LENGTH}
   * chars ("…" marks a cut); '' when unknown. Page text: untrusted, shown and exported as text.
   */
  context: string;
}

export const MAX_FORMS = 10;
export const MAX_FORM_LENGTH = 64;
export const MAX_CONTEXT_LENGTH = 160;

export interface PageReport {
  /** Drugs in order of their first mention in the document. */
  drugs: DrugOnPage[];
  totalMentions: number;
  /** True when the page had more mentions than we highlight (the highlight cap). */
  capped: boolean;
}

export const EMPTY_REPORT: PageReport = { drugs: [], totalMentions: 0, capped: false };

/**
 * One report for a tab from its frames' reports, the top frame's first and then the others in
 * frame order (the order next/previous walks them in): a drug is listed where it is first seen,
 * with its counts and names summed over frames, and keeps the context of its first frame (the top
 * document's when it has one).
 */
export function mergeReports(reports: readonly PageReport[]): PageReport {
  if (reports.length === 1) return reports[0] as PageReport;
  const byDrug = new Map<string, DrugOnPage>();
  let totalMentions = 0;
  let capped = false;
  for (const report of reports) {
    totalMentions += report.totalMentions;
    capped ||= report.capped;
    for (const drug of report.drugs) {
      const seen = byDrug.get(drug.drugId);
      if (!seen) {
        byDrug.set(drug.drugId, { ...drug, forms: [...drug.forms] });
        continue;
      }
      seen.count += drug.count;
      for (const form of drug.forms) {
        if (seen.forms.length < MAX_FORMS && !seen.forms.includes(form)) seen.forms.push(form);
      }
      if (!seen.context) seen.context = drug.context;
    }
  }
  return { drugs: [...byDrug.values()], totalMentions, capped };
}

/**
 * Where mention `index` of `drugId` in the merged order lives: frame 0 (`own`, the top document)
 * first, then `frames` in their order; the index is that frame's own. Null past the last one.
 */
export function locateMention(
  own: PageReport,
  frames: readonly { frameId: number; report: PageReport }[],
  drugId: string,
  index: number,
): { frameId: number; index: number } | null {
  let rest = index;
  for (const { frameId, report } of [{ frameId: 0, report: own }, ...frames]) {
    const count = report.drugs.find((d) => d.drugId === drugId)?.count ?? 0;
    if (rest < count) return { frameId, index: rest };
    rest -= count;
  }
  return null;
}
