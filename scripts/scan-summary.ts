/**
 * `scan --summary`: one table of drug × file mention counts, the view a pharmacist wants for a
 * folder of formularies ("which files list upadacitinib, and how often"). Rows are the drugs
 * found in any file (by INN, alphabetical), columns the files in scan order and a total; a file
 * with no mention keeps its column of zeros, so "not listed" is visible rather than missing.
 */
import type { ScannedFile } from './scan-files';

interface Summary {
  files: string[];
  rows: { drug: string; counts: number[]; total: number }[];
}

function summarize(scanned: readonly ScannedFile[]): Summary {
  const counts = new Map<string, number[]>();
  scanned.forEach((file, column) => {
    for (const m of file.mentions) {
      let row = counts.get(m.drug);
      if (row === undefined) {
        row = new Array<number>(scanned.length).fill(0);
        counts.set(m.drug, row);
      }
      row[column] = (row[column] ?? 0) + 1;
    }
  });
  const rows = [...counts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([drug, row]) => ({ drug, counts: row, total: row.reduce((a, b) => a + b, 0) }));
  return { files: scanned.map((f) => f.file), rows };
}

/** The summary as aligned columns of text, headed by the file names as given. */
export function summaryTable(scanned: readonly ScannedFile[]): string {
  const { files, rows } = summarize(scanned);
  const header = ['drug', ...files, 'total'];
  const body = rows.map((r) => [r.drug, ...r.counts.map(String), String(r.total)]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.map((row) => row[i]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const lines = [line(header), ...body.map(line)];
  if (rows.length === 0) lines.push('(no mentions in any file)');
  return `${lines.join('\n')}\n`;
}

/** RFC 4180: quote a field holding a comma, quote or line break; double its quotes. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The summary as CSV (header row `drug,<file>…,total`; CRLF line ends as RFC 4180 says). */
export function summaryCsv(scanned: readonly ScannedFile[]): string {
  const { files, rows } = summarize(scanned);
  const lines = [
    ['drug', ...files, 'total'],
    ...rows.map((r) => [r.drug, ...r.counts.map(String), String(r.total)]),
  ];
  return lines.map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}
