/**
 * `npm run scan -- [--json] FILE...`: which drug names JAK Lens finds in saved pages or text
 * files, using the extension's own text extraction and matcher (so a baseline here is what the
 * content script sees).
 *
 * Default output is a table per file. `--json` prints exactly one JSON document on stdout:
 * `{"files":[{"file","mentions":[{"drug","text","start","end"}]}]}`, offsets into the extracted
 * visible text (HTML: body text with `\n` between blocks; plain text: the file as is). A file
 * that cannot be read or parsed is reported on stderr and left out of `files`; every other file
 * is still scanned and printed, and the exit code is then 2.
 */
import { FileScanner, ScanError, type ScannedFile } from './scan-files';

const USAGE = 'usage: npm run scan -- [--json] FILE...';

interface Args {
  json: boolean;
  files: string[];
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { json: false, files: [] };
  let optionsDone = false;
  for (const arg of argv) {
    if (optionsDone || !arg.startsWith('-') || arg === '-') args.files.push(arg);
    else if (arg === '--') optionsDone = true;
    else if (arg === '--json') args.json = true;
    else return `unknown option ${arg}`;
  }
  return args.files.length === 0 ? 'no files given' : args;
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
  lines.push(`  ${'start'.padStart(7)} ${'end'.padStart(7)}  ${'drug'.padEnd(width)}  text`);
  for (const m of result.mentions) {
    lines.push(
      `  ${String(m.start).padStart(7)} ${String(m.end).padStart(7)}  ${m.drug.padEnd(width)}  ${visible(m.text)}`,
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
  for (const file of args.files) {
    try {
      const result = scanner.scanFile(file);
      files.push(result);
      if (!args.json) process.stdout.write(`${table(result)}\n\n`);
    } catch (error) {
      failed += 1;
      const reason = error instanceof ScanError ? error.message : String(error);
      process.stderr.write(`scan: ${file}: ${reason}\n`);
    }
  }
  await scanner.close();
  if (args.json) process.stdout.write(`${escapeInvisible(JSON.stringify({ files }, null, 2))}\n`);
  else if (args.files.length > 1) {
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
