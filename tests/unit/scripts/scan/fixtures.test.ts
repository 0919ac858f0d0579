// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FileScanner } from '@/scripts/scan-files';
import { ROOT, runScan } from './run-cli';

/**
 * Real-page baselines (tests/fixtures/pages/README.md): each saved page is scanned by the CLI
 * and must give exactly the reviewed `<name>.expected.json`.
 */
const DIR = 'tests/fixtures/pages';
const pages = readdirSync(join(ROOT, DIR))
  .filter((f) => f.endsWith('.html'))
  .sort();

interface Entry {
  file: string;
  mentions: { drug: string; text: string; start: number; end: number }[];
}

const expected = (page: string): Entry =>
  JSON.parse(readFileSync(join(ROOT, DIR, page.replace(/\.html$/, '.expected.json')), 'utf8'));

let scanned: Map<string, Entry>;
beforeAll(() => {
  const run = runScan(['--json', ...pages.map((p) => `${DIR}/${p}`)]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const { files } = JSON.parse(run.stdout) as { files: Entry[] };
  scanned = new Map(files.map((f) => [f.file, f]));
});

describe.each(pages)('%s', (page) => {
  test('gives the reviewed mentions', () => {
    expect(scanned.get(`${DIR}/${page}`)).toEqual(expected(page));
  });
});

describe('expected files', () => {
  const scanner = new FileScanner();
  afterAll(() => scanner.close());

  test.each(pages)('%s: every text is the extracted text at its offsets', (page) => {
    const html = readFileSync(join(ROOT, DIR, page), 'utf8');
    const { text } = scanner.htmlText(html);
    for (const m of expected(page).mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  test('there is a baseline for every page and a page for every baseline', () => {
    const baselines = readdirSync(join(ROOT, DIR)).filter((f) => f.endsWith('.expected.json'));
    expect(baselines.map((f) => f.replace('.expected.json', '.html')).sort()).toEqual(pages);
  });
});
