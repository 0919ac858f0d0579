import { spawnSync } from 'node:child_process';
import { cp, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'rolldown';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BENCH_OUT = join(ROOT, '.output/bench');
export const JAKLENS_BUILD = join(ROOT, '.output/chrome-mv3');
/** Where every contender keeps its content script, JAK Lens's WXT layout included. */
export const CONTENT_SCRIPT = 'content-scripts/content.js';
/** JAK Lens's stage 2 (the UI), an unlisted script the background injects on demand. */
export const UI_SCRIPT = 'ui.js';
/**
 * The rest of stage 1 when stage 1 is split into a declared gate (`content.js`) and a detector
 * the background injects where the text might name a drug.
 */
export const DETECTOR_SCRIPT = 'detector.js';

/** The comparison extensions: dev-only, built here, never shipped. */
export const LIBRARY_CONTENDERS = /** @type {const} */ ({
  markjs: 'contenders/markjs.js',
  findandreplace: 'contenders/findandreplace.js',
});

/** Where the measured copy of the JAK Lens build lives. */
export const JAKLENS_SNAPSHOT = join(BENCH_OUT, 'jaklens');

/**
 * The production build, exactly as shipped (`wxt build` into `.output/chrome-mv3`), then copied
 * to `.output/bench/jaklens/`: others rebuild `.output/chrome-mv3` while tests run, and a
 * half-written build must not be measured. Output goes to stderr so `--json` keeps stdout for
 * the one JSON document.
 */
export async function buildJakLens() {
  const result = spawnSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (result.status !== 0) throw new Error(`wxt build failed (exit ${result.status})`);
  await snapshotJakLens();
  return JAKLENS_SNAPSHOT;
}

/**
 * A readable (unminified) JAK Lens in `.output/bench/jaklens-unminified/` for `--profile`, built
 * through WXT's API with the project's own config plus `minify: false`. In a child process,
 * because WXT logs to stdout and `--json` owns stdout.
 */
export function buildUnminifiedJakLens() {
  const code = `import { build } from 'wxt';
await build({
  outDirTemplate: 'bench/jaklens-unminified',
  filterEntrypoints: ['content', 'detector', 'ui', 'background'],
  vite: () => ({ build: { minify: false } }),
});`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: ROOT,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (result.status !== 0) throw new Error(`unminified wxt build failed (exit ${result.status})`);
  return join(BENCH_OUT, 'jaklens-unminified');
}

/** Copies `.output/chrome-mv3` to the snapshot folder. */
export async function snapshotJakLens() {
  await rm(JAKLENS_SNAPSHOT, { recursive: true, force: true });
  await cp(JAKLENS_BUILD, JAKLENS_SNAPSHOT, { recursive: true });
}

/**
 * Packs one library contender as a minimal MV3 extension in `.output/bench/<name>/`, minified
 * like WXT's production build, with a content script on http/https at `document_idle` (the same
 * injection point as JAK Lens).
 * @param {keyof typeof LIBRARY_CONTENDERS} name
 */
export async function buildContender(name) {
  const dir = join(BENCH_OUT, name);
  await rm(dir, { recursive: true, force: true });
  await build({
    input: resolve(import.meta.dirname, LIBRARY_CONTENDERS[name]),
    logLevel: 'warn',
    output: { file: join(dir, CONTENT_SCRIPT), format: 'iife', minify: true },
  });
  const manifest = {
    manifest_version: 3,
    name: `bench-${name}`,
    version: '0.0.0',
    // In every frame, as JAK Lens's stage 1 runs, so the frame cases compare like with like.
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        js: [CONTENT_SCRIPT],
        run_at: 'document_idle',
        all_frames: true,
        match_about_blank: true,
      },
    ],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

/**
 * Bundles the pure matcher for Node (Node 20 cannot import TypeScript) into
 * `.output/bench/matcher.mjs`, minified as the content script would have it.
 */
export async function buildMatcher() {
  const file = join(BENCH_OUT, 'matcher.mjs');
  await mkdir(BENCH_OUT, { recursive: true });
  await build({
    input: join(ROOT, 'core/matcher/index.ts'),
    logLevel: 'warn',
    resolve: { alias: { '@': ROOT } },
    output: { file, format: 'esm', minify: true },
  });
  return file;
}

/**
 * The document scan the reader and the CLI share (`core/pdf-document-scan.ts`), bundled for
 * Node into `.output/bench/pdf-scan.mjs` for the PDF case.
 */
export async function buildPdfScan() {
  const file = join(BENCH_OUT, 'pdf-scan.mjs');
  await mkdir(BENCH_OUT, { recursive: true });
  await build({
    input: join(ROOT, 'core/pdf-document-scan.ts'),
    logLevel: 'warn',
    resolve: { alias: { '@': ROOT } },
    output: { file, format: 'esm', minify: true },
  });
  return file;
}

/** Size in bytes of a built extension's file `path`, or null when it has none. */
async function fileBytes(dir, path) {
  try {
    return (await stat(join(dir, path))).size;
  } catch {
    return null;
  }
}

/** Size in bytes of a built extension's content script (JAK Lens's stage 1), or null. */
export function contentScriptBytes(dir) {
  return fileBytes(dir, CONTENT_SCRIPT);
}

/** Size in bytes of JAK Lens's stage 2 (`ui.js`), or null for a build without one. */
export function uiScriptBytes(dir) {
  return fileBytes(dir, UI_SCRIPT);
}

/** Size in bytes of stage 1's injected detector (`detector.js`), or null without one. */
export function detectorScriptBytes(dir) {
  return fileBytes(dir, DETECTOR_SCRIPT);
}
