/**
 * The acceptance check "CSV export of the demo page lists its drugs with counts", at
 * unit level: the demo's journal-club page (scripts/demo/journal-club.html, what `npm run demo`
 * serves) scanned by the page adapter in happy-dom, then exported by core/export.ts. The
 * expected rows were counted by hand from the page's text.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { dataset } from '@/data/index';
import { pageDrugsCsv, pageDrugsMarkdown } from '@/core/export';
import { strings } from '@/core/strings';
import type { PageScanner } from '@/page/index';
import { installHighlightApi, startScanner } from '../support/page';

let running: PageScanner | undefined;

beforeEach(() => {
  installHighlightApi();
  const html = readFileSync(resolve('scripts/demo/journal-club.html'), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(
    ...[...parsed.body.childNodes].map((n) => document.importNode(n, true)),
  );
});

afterEach(() => {
  running?.stop();
  running = undefined;
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

/** The CSV's rows as [drug, names seen, count] (the context column is checked separately). */
function rows(csv: string): string[][] {
  return csv
    .trimEnd()
    .split('\r\n')
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"')));
}

test('the CSV export of the demo page lists its drugs in order of first mention, with counts', async () => {
  const { scanner, reports } = await startScanner();
  running = scanner;
  const report = reports.at(-1)!;
  const csv = pageDrugsCsv(dataset, report, strings.exportPage.columns);
  const table = rows(csv);
  expect(table[0]).toEqual(['Drug', 'Names seen', 'Mentions', 'First context']);
  // Counted in the page: e.g. upadacitinib is "upadacitinib (Rinvoq, studied as ABT-494)",
  // "oral upadacitinib", the table's "Upadacitinib" and "starting upadacitinib".
  expect(table.slice(1).map(([drug, names, count]) => [drug, names, count])).toEqual([
    ['Dupilumab', 'dupilumab; Dupixent; Dupilumab', '5'],
    ['Tralokinumab', 'tralokinumab; Adbry; Adtralza; Tralokinumab', '4'],
    ['Upadacitinib', 'upadacitinib; Rinvoq; ABT-494; Upadacitinib', '6'],
    ['Abrocitinib', 'abrocitinib; Cibinqo; Abrocitinib', '5'],
    ['Baricitinib', 'Baricitinib; Olumiant', '2'],
    ['Tofacitinib', 'tofacitinib; Xeljanz', '2'],
    ['Lebrikizumab', 'Lebrikizumab; Ebglyss', '2'],
    // "ruxolitinib cream (Opzelura)": the generic, which opens both forms, and the cream's brand.
    ['Ruxolitinib', 'ruxolitinib', '1'],
    ['Ruxolitinib (topical)', 'Opzelura', '1'],
    ['Tacrolimus', 'tacrolimus', '1'],
    ['Crisaborole', 'crisaborole', '1'],
    ['Methotrexate', 'methotrexate', '1'],
    ['Sulfasalazine', 'sulfasalazine', '1'],
  ]);
  expect(report.totalMentions).toBe(32);
});

test('each drug’s first context is the text around its first mention in the page', async () => {
  const { scanner, reports } = await startScanner();
  running = scanner;
  const report = reports.at(-1)!;
  const context = (id: string) => report.drugs.find((d) => d.drugId === id)?.context;
  expect(context('crisaborole')).toBe(
    '…For localised disease, ruxolitinib cream (Opzelura) remains a topical option, alongside tacrolimus ointment and crisaborole.',
  );
  expect(context('methotrexate')).toMatch(
    /^Rheumatology colleagues reminded us that methotrexate and/,
  );
  for (const drug of report.drugs) expect(drug.context.length).toBeLessThanOrEqual(160);
  const markdown = pageDrugsMarkdown(dataset, report, strings.exportPage.columns);
  expect(markdown.split('\n')[2]).toMatch(
    /^\| Dupilumab \| dupilumab; Dupixent; Dupilumab \| 5 \| /,
  );
});
