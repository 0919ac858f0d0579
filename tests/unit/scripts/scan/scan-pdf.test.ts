// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  corruptPdf,
  encryptedFormularyPdf,
  FORMULARY_MENTIONS,
  formularyPdf,
  labelPdf,
  longPdf,
  qpdfEncryptedPdf,
  scannedPdf,
  TRANSCRIBED_MENTIONS,
  TRANSCRIBED_TEXT,
  transcribedPdf,
} from '../../support/pdf-fixtures';
import { runScan, type CliResult } from './run-cli';

/** PDFs through the real CLI: every fixture is generated here from the text in pdf-fixtures.ts. */
/** Each test spawns the CLI; on a loaded machine that alone can take seconds (no budget asserted). */
const CLI = { timeout: 60_000 };
const dir = mkdtempSync(join(tmpdir(), 'jaklens-scan-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
};

interface Mention {
  drug: string;
  text: string;
  page?: number;
  start: number;
  end: number;
  didYouMean?: string;
}
interface Output {
  files: { file: string; mentions: Mention[] }[];
}

const formulary = file('formulary.pdf', formularyPdf());
const label = file('label.pdf', labelPdf());
const long = file('long.pdf', longPdf(300));
const scanned = file('scanned.pdf', scannedPdf());
const corrupt = file('corrupt.pdf', corruptPdf());
const encrypted = file('encrypted.pdf', encryptedFormularyPdf());
const aes = file('aes-256.pdf', qpdfEncryptedPdf(formularyPdf(), 'member-only'));
const pdfNamedTxt = file('formulary-export.txt', formularyPdf());
const textNamedPdf = file('not-really.pdf', 'Dupixent is listed here, but this is plain text.');

describe('scan --json on PDFs', CLI, () => {
  let run: CliResult;
  let output: Output;
  beforeAll(() => {
    run = runScan(['--json', formulary, scanned, label, corrupt, long, encrypted, aes]);
    output = JSON.parse(run.stdout) as Output;
  }, CLI.timeout);

  test('lists each mention of a two-column formulary with its page, in reading order', () => {
    const [first] = output.files;
    expect(first?.file).toBe(formulary);
    expect(first?.mentions.map(({ page, drug, text }) => ({ page, drug, text }))).toEqual(
      FORMULARY_MENTIONS,
    );
  });

  test("gives offsets in the page's own text, which starts again at 0 on each page", () => {
    const mentions = output.files[0]?.mentions ?? [];
    const cibinqo = mentions.find((m) => m.text === 'Cibinqo');
    // Page 2 starts with the table's header row, then the first drug at the start of a line.
    const headerRow = 'Drug Tier and requirements\n';
    expect(cibinqo).toMatchObject({ page: 2, start: headerRow.length });
    expect(cibinqo?.end).toBe(headerRow.length + 'Cibinqo'.length);
    const sameLine = mentions.find((m) => m.text === 'abrocitinib');
    expect(sameLine?.start).toBe(headerRow.length + 'Cibinqo ('.length);
  });

  test('finds the running header of a label on every page, and the body text', () => {
    const mentions = output.files.find((f) => f.file === label)?.mentions ?? [];
    const headerPages = mentions.filter((m) => m.drug === 'abrocitinib' && m.start === 0);
    expect(headerPages.map((m) => m.page)).toEqual([1, 2, 3]);
    expect(mentions.filter((m) => m.page === 3).map((m) => m.drug)).toEqual([
      'abrocitinib',
      'abrocitinib',
      'methotrexate',
      'cyclosporine',
    ]);
  });

  test('reads all 300 pages of a long document', () => {
    const mentions = output.files.find((f) => f.file === long)?.mentions ?? [];
    expect(mentions.map((m) => m.page)).toEqual([50, 100, 150, 200, 250, 300]);
  });

  test('reports a scanned, a corrupt and two encrypted PDFs on stderr, scans the rest, exits 2', () => {
    expect(output.files.map((f) => f.file)).toEqual([formulary, label, long]);
    expect(run.stderr).toContain(
      `scan: ${scanned}: has no selectable text: JAK Lens can't read scanned pages`,
    );
    expect(run.stderr).toContain(`scan: ${corrupt}: is not a valid PDF (corrupt or truncated)`);
    expect(run.stderr).toContain(`scan: ${encrypted}: is password-protected`);
    expect(run.stderr).toContain(`scan: ${aes}: is password-protected`);
    expect(run.status).toBe(2);
  });
});

describe('what a file is comes from its content', CLI, () => {
  test('a PDF is read as a PDF whatever its name, and a text file named .pdf is refused', () => {
    const run = runScan(['--json', pdfNamedTxt, textNamedPdf]);
    const { files } = JSON.parse(run.stdout) as Output;
    expect(files.map((f) => f.file)).toEqual([pdfNamedTxt]);
    expect(files[0]?.mentions[0]).toMatchObject({ page: 1, drug: 'dupilumab', text: 'Dupixent' });
    expect(run.stderr).toContain(`scan: ${textNamedPdf}: is named .pdf but is not a PDF`);
    expect(run.status).toBe(2);
  });

  test('the table of a PDF has a page column', () => {
    const run = runScan([formulary]);
    expect(run.stdout).toMatch(/^ {3}page {3}start {5}end {2}drug/m);
    expect(run.stdout).toMatch(/^ {6}2 {6}27 {6}34 {2}abrocitinib {10}Cibinqo$/m);
    expect(run.status).toBe(0);
  });
});

describe('directories and --summary', CLI, () => {
  const tree = mkdtempSync(join(dir, 'formularies-'));
  const put = (name: string, content: string | Uint8Array) => {
    const path = join(tree, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
    return path;
  };
  const plan = put('2025/plan-a.pdf', formularyPdf());
  const page = put('2025/web/plan-b.HTML', '<p>Preferred: Dupixent. Non-preferred: Ebglyss.</p>');
  const notes = put('notes.txt', 'Ask about Rinvoq and Dupixent.');
  const htm = put('old/plan-c.htm', '<p>No biologics listed.</p>');
  put('2025/logo.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  put('2025/plan-a.json', '{"Dupixent": true}');
  const bad = put('z-scanned.pdf', scannedPdf());

  test('a directory stands for its .html, .htm, .txt and .pdf files at any depth, in path order', () => {
    const run = runScan(['--json', tree]);
    const { files } = JSON.parse(run.stdout) as Output;
    expect(files.map((f) => f.file)).toEqual([plan, page, notes, htm]);
    expect(run.stderr).toBe(
      `scan: ${bad}: has no selectable text: JAK Lens can't read scanned pages\n`,
    );
  });

  test('--summary prints drug × file counts, a zero column for a file with none, and totals', () => {
    const run = runScan(['--summary', tree]);
    const rows = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => line.split(/ {2,}/));
    expect(rows[0]).toEqual(['drug', plan, page, notes, htm, 'total']);
    expect(rows.find((r) => r[0] === 'dupilumab')).toEqual(['dupilumab', '2', '1', '1', '0', '4']);
    expect(rows.find((r) => r[0] === 'lebrikizumab')).toEqual([
      'lebrikizumab',
      '0',
      '1',
      '0',
      '0',
      '1',
    ]);
    expect(rows.map((r) => r[0]).slice(1)).toEqual([
      'abrocitinib',
      'baricitinib',
      'dupilumab',
      'lebrikizumab',
      'ruxolitinib',
      'ruxolitinib-topical',
      'tralokinumab',
      'upadacitinib',
    ]);
    expect(run.stderr).toContain(bad);
    expect(run.status).toBe(2);
  });

  test('--summary --csv prints the same table as CSV, quoting what needs it', () => {
    const odd = put('plan "d", draft.txt', 'Rinvoq');
    const run = runScan(['--summary', '--csv', plan, odd]);
    expect(run.stdout.split('\r\n')).toEqual([
      `drug,${plan},"${odd.replace(/"/g, '""')}",total`,
      'abrocitinib,2,0,2',
      'baricitinib,2,0,2',
      'dupilumab,2,0,2',
      'ruxolitinib,1,0,1',
      'ruxolitinib-topical,1,0,1',
      'tralokinumab,2,0,2',
      'upadacitinib,2,1,3',
      '',
    ]);
    expect(run.status).toBe(0);
  });

  test('--csv without --summary, or --summary with --json, is a usage error', () => {
    for (const args of [
      ['--csv', plan],
      ['--summary', '--json', plan],
    ]) {
      const run = runScan(args);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('usage: npm run scan --');
      expect(run.stdout).toBe('');
    }
  });
});

describe('scan --json on PDF transcription glue and misspellings', CLI, () => {
  test('finds names glued to a dose or a word in a PDF, and misspellings, as the reader does', () => {
    const run = runScan(['--json', file('transcribed.pdf', transcribedPdf())]);
    expect(run.status).toBe(0);
    const [scanned] = (JSON.parse(run.stdout) as Output).files;
    expect(
      scanned?.mentions.map(({ drug, text, didYouMean }) =>
        didYouMean === undefined ? { drug, text } : { drug, text, didYouMean },
      ),
    ).toEqual(TRANSCRIBED_MENTIONS);
  });

  test('finds none of the glued names in the same text as a plain-text file', () => {
    const run = runScan(['--json', file('transcribed.txt', TRANSCRIBED_TEXT.join('\n'))]);
    const [scanned] = (JSON.parse(run.stdout) as Output).files;
    expect(scanned?.mentions.map((m) => m.text)).toEqual(['Dupixant']);
  });
});
