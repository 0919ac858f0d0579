// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runScan, type CliResult } from './run-cli';

/** Each test spawns the CLI; on a loaded machine that alone can take seconds (no budget asserted). */
const CLI = { timeout: 60_000 };
const dir = mkdtempSync(join(tmpdir(), 'jaklens-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const page = file('page.html', '<title>Rinvoq</title><p>Take upa<b>dacitinib</b>.</p>');
const notes = file('notes', 'Plain notes: Olumiant, then Rinvoq LQ.');
const markupInText = file('markup.txt', '<p>Olumiant</p>');
const sniffed = file('saved-page', '<!DOCTYPE html><body><p>Dupixent</p></body>');
const latin1 = file(
  'legacy.html',
  Uint8Array.from([
    ...Buffer.from('<p>Behandlung mit Dupixent f'),
    0xfc,
    ...Buffer.from('r Kinder</p>'),
  ]),
);
const utf16 = file(
  'utf16.txt',
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('UTF-16 notes on Olumiant', 'utf16le')]),
);
const binary = file('image.bin', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
const missing = join(dir, 'missing.html');
const emptyDir = mkdtempSync(join(dir, 'empty-'));

describe('scan --json', CLI, () => {
  let run: CliResult;
  beforeAll(() => {
    run = runScan([
      '--json',
      page,
      missing,
      notes,
      markupInText,
      sniffed,
      latin1,
      utf16,
      binary,
      emptyDir,
    ]);
  }, CLI.timeout);

  test('prints exactly one JSON document with every readable file, in the order given', () => {
    const parsed = JSON.parse(run.stdout) as { files: { file: string }[] };
    expect(parsed.files.map((f) => f.file)).toEqual([
      page,
      notes,
      markupInText,
      sniffed,
      latin1,
      utf16,
    ]);
  });

  test('gives body-text offsets for HTML and raw offsets for plain text', () => {
    const { files } = JSON.parse(run.stdout);
    expect(files[0]).toEqual({
      file: page,
      mentions: [{ drug: 'upadacitinib', text: 'upadacitinib', start: 5, end: 17 }],
    });
    expect(files[1].mentions).toEqual([
      { drug: 'baricitinib', text: 'Olumiant', start: 13, end: 21 },
      { drug: 'upadacitinib', text: 'Rinvoq LQ', start: 28, end: 37 },
    ]);
  });

  test.each([
    ['a .txt file is matched as written, tags and all', 2, 3],
    ['a file without extension that starts like HTML is parsed', 3, 0],
    ['an HTML file that is not UTF-8 is read as windows-1252, like a browser would', 4, 15],
    ['a UTF-16 file with a byte-order mark is decoded', 5, 16],
  ])('%s', (_, i, start) => {
    const { files } = JSON.parse(run.stdout);
    expect(files[i].mentions[0]).toMatchObject({ start });
  });

  test('reports each unreadable file on stderr and exits with 2', () => {
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`scan: ${missing}: no such file`);
    expect(run.stderr).toContain(`scan: ${binary}: looks like a binary file`);
    expect(run.stderr).toContain(`scan: ${emptyDir}: is a directory with no .html`);
  });
});

describe('scan (table)', CLI, () => {
  test('prints a readable table per file and a summary', () => {
    const run = runScan([page, notes, missing]);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain(`${page}: 1 mention`);
    expect(run.stdout).toMatch(/ {7}5 {6}17 {2}upadacitinib {2}upadacitinib/);
    expect(run.stdout).toContain(`${notes}: 2 mentions`);
    expect(run.stdout).toContain('2 file(s) scanned, 3 mention(s), 1 failed');
    expect(run.stderr).toContain('no such file');
  });

  test('exits with 2 and the usage line when given no file or an unknown option', () => {
    for (const args of [[], ['--yaml', page]]) {
      const run = runScan(args);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(
        'usage: npm run scan -- [--json | --summary [--csv]] FILE|DIR...',
      );
      expect(run.stdout).toBe('');
    }
  });
});
