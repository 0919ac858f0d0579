/**
 * The PDFs the PDF tests read, built from the text below with `pdf-writer.ts` (so each fixture
 * is reviewable source, regenerated on every run): a two-column formulary table, a label-like
 * document with running headers and footers, a long document, a scanned-like image-only file,
 * a corrupt file and a password-protected one.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePdf, type PdfPageSpec, type PdfTextRun } from './pdf-writer';

/** Rows of a table: the first cell at x = 72, the second at x = 330. */
function tableRows(rows: readonly (readonly [string, string])[], top: number): PdfTextRun[] {
  return rows.flatMap(([drug, coverage], i) => [
    { x: 72, y: top - 18 * i, text: drug },
    { x: 330, y: top - 18 * i, text: coverage },
  ]);
}

/** A payer formulary: two pages of a two-column "drug | coverage" table. */
export function formularyPdf(): Uint8Array {
  return writePdf([
    {
      texts: [
        { x: 72, y: 740, text: 'Preferred Drug List - Dermatology', size: 16 },
        ...tableRows(
          [
            ['Drug', 'Tier and requirements'],
            ['Dupixent (dupilumab) injection', 'Tier 2, PA'],
            ['Adbry (tralokinumab) injection', 'Tier 2, PA'],
            ['Rinvoq (upadacitinib) tablets', 'Tier 3, PA, step therapy'],
          ],
          700,
        ),
      ],
    },
    {
      texts: tableRows(
        [
          ['Drug', 'Tier and requirements'],
          ['Cibinqo (abrocitinib) tablets', 'Tier 3, PA'],
          ['Opzelura (ruxolitinib) cream', 'Tier 2'],
          ['Olumiant (baricitinib) tablets', 'Not covered for atopic dermatitis'],
        ],
        740,
      ),
    },
  ]);
}

/** The formulary's mentions, page by page, as a reader of the table above would list them. */
export const FORMULARY_MENTIONS = [
  { page: 1, drug: 'dupilumab', text: 'Dupixent' },
  { page: 1, drug: 'dupilumab', text: 'dupilumab' },
  { page: 1, drug: 'tralokinumab', text: 'Adbry' },
  { page: 1, drug: 'tralokinumab', text: 'tralokinumab' },
  { page: 1, drug: 'upadacitinib', text: 'Rinvoq' },
  { page: 1, drug: 'upadacitinib', text: 'upadacitinib' },
  { page: 2, drug: 'abrocitinib', text: 'Cibinqo' },
  { page: 2, drug: 'abrocitinib', text: 'abrocitinib' },
  { page: 2, drug: 'ruxolitinib-topical', text: 'Opzelura' },
  { page: 2, drug: 'ruxolitinib', text: 'ruxolitinib' },
  { page: 2, drug: 'baricitinib', text: 'Olumiant' },
  { page: 2, drug: 'baricitinib', text: 'baricitinib' },
];

/** A prescribing-information-like label: a running header and footer on each of 3 pages. */
export function labelPdf(): Uint8Array {
  const body = [
    [
      '1 INDICATIONS AND USAGE',
      'CIBINQO is indicated for refractory, moderate-to-severe atopic dermatitis.',
    ],
    [
      '5 WARNINGS AND PRECAUTIONS',
      'Avoid use with other JAK inhibitors, biologic immunomodulators,',
    ],
    ['7 DRUG INTERACTIONS', 'or potent immunosuppressants such as methotrexate and cyclosporine.'],
  ];
  return writePdf(
    body.map(([heading, text], i): PdfPageSpec => ({
      texts: [
        { x: 72, y: 760, text: 'CIBINQO (abrocitinib) tablets, for oral use', size: 9 },
        { x: 72, y: 700, text: heading ?? '', size: 12 },
        { x: 72, y: 680, text: text ?? '' },
        { x: 72, y: 40, text: `Reference ID: 4937021  Page ${i + 1} of 3`, size: 8 },
      ],
    })),
  );
}

/** A long document: `pages` pages of "Page N", with "Rinvoq" on every 50th page. */
export function longPdf(pages: number): Uint8Array {
  return writePdf(
    Array.from({ length: pages }, (_, i) => ({
      texts: [
        { x: 72, y: 720, text: `Page ${i + 1}` },
        ...((i + 1) % 50 === 0 ? [{ x: 72, y: 700, text: `Section ${i + 1}: Rinvoq` }] : []),
      ],
    })),
  );
}

/**
 * A page as PDF transcription leaves it: names glued to a dose or to the next word, and a
 * patient letter's misspellings. The same text in HTML finds none of the glued names.
 */
export const TRANSCRIBED_TEXT = [
  'Rinvoq15 mg once daily; upadacitinibtablets, extended release',
  'Prior therapy: methotrexateweekly, then Dupixant every two weeks',
  'Not a drug: the programme, Rinvoqx, Vtamax',
];

export function transcribedPdf(): Uint8Array {
  return writePdf([
    { texts: TRANSCRIBED_TEXT.map((text, i) => ({ x: 72, y: 720 - 18 * i, text })) },
  ]);
}

/** What the CLI (and the reader) find in {@link transcribedPdf}. */
export const TRANSCRIBED_MENTIONS = [
  { drug: 'upadacitinib', text: 'Rinvoq' },
  { drug: 'upadacitinib', text: 'upadacitinib' },
  { drug: 'methotrexate', text: 'methotrexate' },
  { drug: 'dupilumab', text: 'Dupixant', didYouMean: 'Dupixent' },
];

/** The shape of a scanned document: each page only an image, no text at all. */
export function scannedPdf(): Uint8Array {
  return writePdf([{ image: true }, { image: true }]);
}

/** Starts like a PDF, then nothing a PDF reader can make sense of. */
export function corruptPdf(): Uint8Array {
  const junk = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 251);
  return new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...junk]);
}

/** The formulary, encrypted by our writer (RC4, revision 2) with this user password. */
export const FORMULARY_PASSWORD = 'formulary-2025';
export function encryptedFormularyPdf(): Uint8Array {
  return writePdf([{ texts: [{ x: 72, y: 700, text: 'Dupixent (dupilumab)' }] }], {
    userPassword: FORMULARY_PASSWORD,
  });
}

/**
 * The formulary encrypted by a real tool the way current PDF software does it (qpdf, AES-256).
 * qpdf is a Debian package `.ci/run` installs; without it this throws with the instruction
 * rather than letting a test skip silently.
 */
export function qpdfEncryptedPdf(source: Uint8Array, password: string): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'jaklens-qpdf-'));
  try {
    const input = join(dir, 'in.pdf');
    const output = join(dir, 'out.pdf');
    writeFileSync(input, source);
    const run = spawnSync(
      'qpdf',
      ['--encrypt', password, `${password}-owner`, '256', '--', input, output],
      {
        encoding: 'utf8',
      },
    );
    if (run.error) {
      throw new Error(
        `qpdf is needed to make an encrypted test PDF: apt-get install qpdf (${run.error.message})`,
      );
    }
    if (run.status !== 0) throw new Error(`qpdf failed: ${run.stderr}`);
    return new Uint8Array(readFileSync(output));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
