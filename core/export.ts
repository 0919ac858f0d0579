/**
 * "Export this page's drugs": the page report as CSV or as a Markdown table, one row per drug in
 * order of first mention, with the names it was seen under, its count and the text around its
 * first mention. The names and the context are page text, so untrusted: CSV cells are
 * formula-neutralised and Markdown is escaped (core/markup.ts). Pure.
 */
import type { Dataset } from '@/data/schema';
import { displayName, lookup } from '@/data/queries';
import type { PageReport } from './report';
import { csvField, escapeMarkdown } from './markup';

interface ExportRow {
  drug: string;
  names: string;
  count: number;
  context: string;
}

/** The report's drugs that the dataset knows, as export rows. */
function exportRows(dataset: Dataset, report: PageReport): ExportRow[] {
  const { drugs } = lookup(dataset);
  return report.drugs.flatMap((entry) => {
    const drug = drugs.get(entry.drugId);
    if (!drug) return [];
    return [
      {
        drug: displayName(drug),
        names: entry.forms.join('; '),
        count: entry.count,
        context: entry.context,
      },
    ];
  });
}

/** The column headings, shared by both formats. */
export interface ExportHeadings {
  drug: string;
  names: string;
  count: string;
  context: string;
}

/** RFC 4180 CSV with CRLF line ends and a heading row; every field quoted. */
export function pageDrugsCsv(
  dataset: Dataset,
  report: PageReport,
  headings: ExportHeadings,
): string {
  const lines = [headings, ...exportRows(dataset, report)].map((row) =>
    [row.drug, row.names, row.count, row.context].map(csvField).join(','),
  );
  return `${lines.join('\r\n')}\r\n`;
}

/** A GFM table with a heading row; every cell escaped, so page text cannot add markup or cells. */
export function pageDrugsMarkdown(
  dataset: Dataset,
  report: PageReport,
  headings: ExportHeadings,
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rows = exportRows(dataset, report).map((row) =>
    line([
      escapeMarkdown(row.drug),
      escapeMarkdown(row.names),
      String(row.count),
      escapeMarkdown(row.context),
    ]),
  );
  const head = [headings.drug, headings.names, headings.count, headings.context];
  return `${[line(head.map((cell) => escapeMarkdown(cell))), line(['---', '---', '--:', '---']), ...rows].join('\n')}\n`;
}
