/**
 * `npm run scan -- [--json | --summary [--csv]] FILE|DIR...`: which drug names JAK Lens finds in
 * saved pages, text files and PDFs, using the extension's own text extraction and matcher (so a
 * baseline here is what the content script and the PDF reader see). A directory stands for every
 * .html, .htm, .txt and .pdf file under it, at any depth, in path order.
 *
 * Default output is a table per file. `--json` prints exactly one JSON document on stdout:
 * `{"files":[{"file","mentions":[{"drug","text","start","end"}]}]}`, offsets into the extracted
 * visible text (HTML: body text with `\n` between blocks; plain text: the file as is); a PDF's
 * mentions also carry `page` (1-based), and their offsets are in that page's text; a misspelt
 * name (the fuzzy rule, on as in the extension's defaults) carries `didYouMean`. `--summary`
 * prints instead one table of drug × file counts (`--csv`: the same table as CSV), the table a
 * pharmacist wants for a folder of formularies. A file that cannot be read or parsed (an
 * encrypted, corrupt or scanned PDF included) is reported on stderr and left out; every other
 * file is still scanned and printed, and the exit code is then 2.
 */
import { statSync } from 'node:fs';
import { FileScanner, filesInDirectory, ScanError, type ScannedFile } from './scan-files';
import { summaryCsv, summaryTable } from './scan-summary';

const USAGE = 'usage: npm run scan -- [--json | --summary [--csv]] FILE|DIR...';

interface Args {
  json: boolean;
  summary: boolean;
  csv: boolean;
  files: string[];
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { json: false, summary: false, csv: false, files: [] };
  let optionsDone = false;
  for (const arg of argv) {
    if (optionsDone || !arg.startsWith('-') || arg === '-') args.files.push(arg);
    else if (arg === '--') optionsDone = true;
    else if (arg === '--json') args.json = true;
    else if (arg === '--summary') args.summary = true;
    else if (arg === '--csv') args.csv = true;
    else return `unknown option ${arg}`;
  }
  if (args.json && args.summary) return '--json and --summary are different outputs: pick one';
  if (args.csv && !args.summary) return '--csv is the format of --summary';
  return args.files.length === 0 ? 'no files given' : args;
}

/** A directory with nothing to scan in it is a mistake worth reporting, not an empty result. */
const EMPTY_DIRECTORY = 'is a directory with no .html, .htm, .txt or .pdf file in it';

/**
 * The arguments with each directory replaced by the files under it (in path order); a path
 * mapped to an error is reported as it stands.
 */
function expand(paths: readonly string[]): { path: string; error?: string }[] {
  return paths.flatMap((path) => {
    let files: string[];
    try {
      if (!statSync(path).isDirectory()) return [{ path }];
      files = filesInDirectory(path);
    } catch (error) {
      // A missing path is reported by scanFile, like any unreadable file.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [{ path }];
      return [{ path, error: `cannot be listed: ${(error as Error).message}` }];
    }
    return files.length === 0
      ? [{ path, error: EMPTY_DIRECTORY }]
      : files.map((f) => ({ path: f }));
  });
}

/** Escapes what would be invisible or break a table row. */
function visible(text: string): string {
  return text.replace(/[\u0000-\u001f\u00a0\u00ad\u200b-\u200d\u2011\u2060\ufeff]/g, (c) =>
    c === '\n' ? '\\n' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Characters that look like nothing or like a plain space/hyphen in a reviewer's editor. */
const INVISIBLE = /[\u00a0\u00ad\u200b-\u200d\u2011\u2060\ufeff]/g;

/** Writes invisible characters in JSON strings as `\\uXXXX` escapes (same JSON, reviewable). */
function escapeInvisible(json: string): string {
  return json.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function table(result: ScannedFile): string {
  const n = result.mentions.length;
  const lines = [
    `${result.file}: ${n === 0 ? 'no mentions' : n === 1 ? '1 mention' : `${n} mentions`}`,
  ];
  if (n === 0) return lines.join('\n');
  const width = Math.max(4, ...result.mentions.map((m) => m.drug.length));
  const paged = result.mentions.some((m) => m.page !== undefined);
  const page = (value: string) => (paged ? `${value.padStart(5)} ` : '');
  lines.push(
    `  ${page('page')}${'start'.padStart(7)} ${'end'.padStart(7)}  ${'drug'.padEnd(width)}  text`,
  );
  for (const m of result.mentions) {
    lines.push(
      `  ${page(String(m.page))}${String(m.start).padStart(7)} ${String(m.end).padStart(7)}  ${m.drug.padEnd(width)}  ${visible(m.text)}${m.didYouMean ? ` (did you mean ${m.didYouMean}?)` : ''}`,
    );
  }
  return lines.join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`scan: ${args}\n${USAGE}\n`);
    return 2;
  }
  const scanner = new FileScanner();
  const files: ScannedFile[] = [];
  let failed = 0;
  const paths = expand(args.files);
  const tables = !args.json && !args.summary;
  for (const { path: file, error: listingError } of paths) {
    try {
      if (listingError !== undefined) throw new ScanError(listingError);
      const result = await scanner.scanFile(file);
      files.push(result);
      if (tables) process.stdout.write(`${table(result)}\n\n`);
    } catch (error) {
      failed += 1;
      const reason = error instanceof ScanError ? error.message : String(error);
      process.stderr.write(`scan: ${file}: ${reason}\n`);
    }
  }
  await scanner.close();
  if (args.json) process.stdout.write(`${escapeInvisible(JSON.stringify({ files }, null, 2))}\n`);
  else if (args.summary) process.stdout.write(args.csv ? summaryCsv(files) : summaryTable(files));
  else if (paths.length > 1) {
    const total = files.reduce((sum, f) => sum + f.mentions.length, 0);
    process.stdout.write(
      `${files.length} file(s) scanned, ${total} mention(s), ${failed} failed\n`,
    );
  }
  return failed > 0 ? 2 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`scan: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
