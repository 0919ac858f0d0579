#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serveFolder } from '../lib/static-server.mjs';
import {
  BENCH_OUT,
  buildContender,
  buildJakLens,
  buildMatcher,
  buildPdfScan,
  buildUnminifiedJakLens,
  contentScriptBytes,
  detectorScriptBytes,
  JAKLENS_BUILD,
  JAKLENS_SNAPSHOT,
  snapshotJakLens,
  uiScriptBytes,
} from './build.mjs';
import { runMatcherMicro } from './matcher-micro.mjs';
import { CASES, generatePage } from './pages.mjs';
import { measurePdf, writePdf } from './pdf.mjs';
import { measurePdfReader } from './pdf-reader.mjs';
import { formatReport } from './report.mjs';
import { launchContender, visit } from './run.mjs';
import {
  CONTENDERS,
  DEFAULT_CONTENDERS,
  evaluateTargets,
  JAKLENS_BUILDS,
  summarizeCase,
} from './stats.mjs';

/** The case whose first interaction (a click on a mention) is measured. */
const INTERACTION_CASE = 'article-200k';
/** The PDF case's document, in the pages folder. */
const PDF_FILE = 'pdf-300.pdf';

const USAGE = `npm run bench -- [options]
  --json               one JSON document on stdout (progress goes to stderr)
  --markdown           the report as Markdown tables (for docs/perf.md)
  --runs N             measured runs per case and contender (default 5)
  --cases a,b          subset of: ${CASES.join(', ')}
  --contenders a,b     subset of: ${CONTENDERS.join(', ')}
                       (default all but nofuzzy: the measured build with fuzzy matching off)
  --jaklens DIR        also measure this unpacked build (a previous one) as "previous", in the
                       same interleaved run, and compare every case against it
  --current DIR        measure this unpacked build as JAK Lens instead of building .output/chrome-mv3
  --no-build           reuse the builds already in .output/
  --no-micro           skip the matcher micro-benchmark
  --no-pdf             skip the 300-page PDF case (Node, the CLI's path, and the reader against
                       PDF.js's viewer alone in Chromium)
  --no-interaction     skip the first-interaction visits (a click on a mention on ${INTERACTION_CASE})
  --profile            measure an unminified JAK Lens build and show its costliest functions
  --scale X            page text size factor, for quick development runs (default 1)
  --seed N             shifts every page's seed (default 0)
  --batch-interval MS  pause between the dynamic page's batches (default 50)
  --out FILE           also write the JSON document to FILE`;

const log = (...args) => console.error('[bench]', ...args);

function options() {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      runs: { type: 'string', default: '5' },
      cases: { type: 'string', default: CASES.join(',') },
      contenders: { type: 'string', default: DEFAULT_CONTENDERS.join(',') },
      jaklens: { type: 'string' },
      current: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      'no-micro': { type: 'boolean', default: false },
      'no-pdf': { type: 'boolean', default: false },
      'no-interaction': { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: '0' },
      'batch-interval': { type: 'string', default: '50' },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.error(USAGE);
    process.exit(0);
  }
  const list = (s, allowed) => {
    const xs = s.split(',').filter(Boolean);
    const bad = xs.filter((x) => !allowed.includes(x));
    if (bad.length)
      throw new Error(`Unknown: ${bad.join(', ')}; choose from ${allowed.join(', ')}`);
    return xs;
  };
  return {
    ...values,
    runs: Math.max(1, Number(values.runs)),
    cases: list(values.cases, CASES),
    contenders: list(values.contenders, CONTENDERS),
    scale: Number(values.scale),
    seed: Number(values.seed),
    batchInterval: Number(values['batch-interval']),
  };
}

/**
 * Builds what is asked for. A failing JAK Lens build (others' work in progress) falls back to
 * the last build on disk, or drops JAK Lens from the run; the report says which.
 */
async function prepareBuilds(opts) {
  const dirs = {};
  let jaklensBuild = `given (${opts.current})`;
  if (opts.contenders.includes('jaklens')) {
    if (opts.current) dirs.jaklens = opts.current;
    else if (opts.profile) {
      log('building an unminified JAK Lens for --profile…');
      dirs.jaklens = buildUnminifiedJakLens();
      jaklensBuild = 'unminified (--profile)';
    } else if (opts['no-build']) jaklensBuild = 'existing';
    else {
      try {
        log('building JAK Lens (wxt build)…');
        await buildJakLens();
        jaklensBuild = 'fresh';
      } catch (error) {
        jaklensBuild = 'stale (build failed)';
        log(`${error.message}; falling back to the build on disk, if any`);
      }
    }
    if (!dirs.jaklens && !existsSync(join(JAKLENS_SNAPSHOT, 'manifest.json'))) {
      if (existsSync(join(JAKLENS_BUILD, 'manifest.json'))) await snapshotJakLens();
    }
    dirs.jaklens ??= JAKLENS_SNAPSHOT;
    if (!existsSync(join(dirs.jaklens, 'manifest.json'))) {
      log(`no JAK Lens build at ${dirs.jaklens}: measuring without it`);
      jaklensBuild = 'missing';
      delete dirs.jaklens;
    }
  }
  if (opts.contenders.includes('nofuzzy') && dirs.jaklens) dirs.nofuzzy = dirs.jaklens;
  if (opts.contenders.includes('previous') && opts.jaklens) {
    if (!existsSync(join(opts.jaklens, 'manifest.json'))) {
      throw new Error(`--jaklens ${opts.jaklens}: no unpacked extension (manifest.json) there`);
    }
    dirs.previous = opts.jaklens;
  }
  for (const name of ['markjs', 'findandreplace']) {
    if (!opts.contenders.includes(name)) continue;
    dirs[name] = opts['no-build'] ? join(BENCH_OUT, name) : await buildContender(name);
  }
  if (opts.contenders.includes('none')) dirs.none = null;
  let matcherFile = join(BENCH_OUT, 'matcher.mjs');
  if (!opts['no-micro'] && !opts['no-build']) matcherFile = await buildMatcher();
  let pdfScanFile = join(BENCH_OUT, 'pdf-scan.mjs');
  if (!opts['no-pdf'] && !opts['no-build']) pdfScanFile = await buildPdfScan();
  return { dirs: orderedDirs(dirs), jaklensBuild, matcherFile, pdfScanFile };
}

/** Builds in the report's contender order. */
function orderedDirs(dirs) {
  return Object.fromEntries(CONTENDERS.filter((n) => n in dirs).map((n) => [n, dirs[n]]));
}

/**
 * Writes each case's page (the dynamic page's batches, the frame pages' frames) into
 * `dir` (`.output/bench/pages/`). `crossOrigin` is the same server under another host name.
 */
async function writePages(opts, dir, crossOrigin) {
  const pages = {};
  for (const name of opts.cases) {
    const { html, batches, files, ...facts } = generatePage(name, {
      seed: opts.seed,
      scale: opts.scale,
      crossOrigin,
    });
    await writeFile(join(dir, `${name}.html`), html);
    if (batches) await writeFile(join(dir, 'dynamic-batches.json'), JSON.stringify(batches));
    for (const [file, body] of Object.entries(files ?? {})) await writeFile(join(dir, file), body);
    pages[name] = { ...facts, ...(batches && { batches: batches.length }), bytes: html.length };
  }
  const warm = generatePage('article-200k', { seed: 99, scale: 0.05 });
  await writeFile(join(dir, 'warmup.html'), warm.html);
  return pages;
}

async function main() {
  const opts = options();
  const started = Date.now();
  const { dirs, jaklensBuild, matcherFile, pdfScanFile } = await prepareBuilds(opts);
  const dir = join(BENCH_OUT, 'pages');
  await mkdir(dir, { recursive: true });

  let matcher;
  if (!opts['no-micro'] && existsSync(matcherFile)) {
    log('matcher micro-benchmark…');
    matcher = await runMatcherMicro(matcherFile);
    log(
      `findMentions ${matcher.mbPerS} MB/s (fuzzy ${matcher.fuzzyMbPerS}), plain loop ${matcher.plainLoopMbPerS} MB/s`,
    );
  }

  // The reader fetches the PDF from another origin without a host permission for it: CORS.
  const server = await serveFolder(dir, {
    headers: { [`/${PDF_FILE}`]: { 'access-control-allow-origin': '*' } },
  });
  let pdf;
  if (!opts['no-pdf']) {
    log('pdf-300: printing the 300-page document with Chromium…');
    const file = join(dir, PDF_FILE);
    pdf = await writePdf(file, 9 + opts.seed);
    if (existsSync(pdfScanFile)) {
      pdf = {
        ...(await measurePdf({ file, scanBundle: pdfScanFile, runs: opts.runs, log })),
        ...pdf,
      };
    }
    // The reader: the measured build, else the last snapshot (JAK Lens not a contender, or
    // --profile, whose unminified build has no reader page).
    const extensionDir = [opts.profile ? null : dirs.jaklens, JAKLENS_SNAPSHOT].find(
      (d) => d && existsSync(join(d, 'reader.html')),
    );
    if (extensionDir) {
      log(`pdf-300 in the reader (${extensionDir}) and in PDF.js's viewer alone…`);
      pdf.reader = await measurePdfReader({
        pdfUrl: `${server.url}/${PDF_FILE}`,
        serverUrl: server.url,
        pagesDir: dir,
        extensionDir,
        runs: opts.runs,
        log,
      });
    } else log('pdf-300 in the reader: no JAK Lens build, skipped');
  }

  // Another host name for the same server is another origin (and site): cross-origin frames.
  const pages = await writePages(opts, dir, server.url.replace('127.0.0.1', 'localhost'));
  const contenders = [];
  try {
    for (const [name, extensionDir] of Object.entries(dirs)) {
      contenders.push(await launchContender(name, extensionDir));
    }
    const chromium = (await contenders[0].browser.version()).replace(/^\D*/, '');
    for (const c of contenders) await visit(c, `${server.url}/warmup.html`);

    /** @type {Record<string, Record<string, any[]>>} */
    const visits = Object.fromEntries(opts.cases.map((k) => [k, {}]));
    /** @type {Record<string, any[]>} first-interaction visits per JAK Lens build */
    const interactions = {};
    const interacting =
      opts.cases.includes(INTERACTION_CASE) && !opts['no-interaction']
        ? contenders.filter((c) => JAKLENS_BUILDS.includes(c.name))
        : [];
    for (let run = 0; run < opts.runs; run++) {
      for (const name of opts.cases) {
        // Rotate the order each run so no contender always goes first after a page change.
        const order = contenders.map((_, i) => contenders[(i + run) % contenders.length]);
        for (const c of order) {
          const t0 = Date.now();
          const v = await visit(c, `${server.url}/${name}.html`, {
            profile: opts.profile,
            ...(name === 'dynamic' && { batchIntervalMs: opts.batchInterval }),
          });
          (visits[name][c.name] ??= []).push(v);
          log(
            `run ${run + 1}/${opts.runs} ${name} ${c.name}: total ${v.totalMs} ms, longest ${v.longestTaskMs} ms, ` +
              `main ${v.mainMs} ms, mentions ${v.mentions}, heap ${v.heapMB} MB` +
              `${v.injected ? '' : ' (content script never injected)'}${v.timedOut ? ' (timed out)' : ''}` +
              ` [${((Date.now() - t0) / 1000).toFixed(1)} s: load/quiet/trace/rest ${v.harnessS}]`,
          );
        }
      }
      for (const c of run % 2 ? [...interacting].reverse() : interacting) {
        const v = await visit(c, `${server.url}/${INTERACTION_CASE}.html`, {
          profile: opts.profile,
          interact: true,
        });
        (interactions[c.name] ??= []).push(v);
        log(
          `run ${run + 1}/${opts.runs} ${INTERACTION_CASE} click ${c.name}: ${v.phaseMs} ms CPU, ` +
            `sidebar ${v.interactionShown ? `shown after ${v.interactionWallMs} ms` : 'NOT shown'}`,
        );
      }
    }

    const cases = opts.cases.map((name) => ({
      case: name,
      page: pages[name],
      ...summarizeCase(orderedVisits(visits[name]), {
        batches: pages[name].batches,
        ...(name === INTERACTION_CASE && { interactions }),
      }),
      ...(opts.profile && { profile: mergeFunctions(visits[name].jaklens ?? []) }),
      ...(opts.profile &&
        name === INTERACTION_CASE &&
        interactions.jaklens && { interactionProfile: mergeFunctions(interactions.jaklens) }),
    }));
    // The shipped size: with --profile the measured build is the unminified copy.
    const sized = opts.profile && !opts.current ? JAKLENS_BUILD : dirs.jaklens;
    const contentScript = sized ? await contentScriptBytes(sized) : null;
    const uiScript = sized ? await uiScriptBytes(sized) : null;
    const detectorScript = sized ? await detectorScriptBytes(sized) : null;
    const firstInteractionMs =
      cases.find((c) => c.case === INTERACTION_CASE)?.contenders.jaklens?.firstInteractionMs ??
      null;
    const result = {
      chromium,
      runs: opts.runs,
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpu: cpus()[0]?.model,
        memoryGB: Math.round(totalmem() / 2 ** 30),
      },
      jaklensBuild,
      scale: opts.scale,
      seed: opts.seed,
      batchIntervalMs: opts.batchInterval,
      cases,
      ...(matcher && { matcher }),
      contentScriptBytes: contentScript,
      uiScriptBytes: uiScript,
      detectorScriptBytes: detectorScript,
      firstInteractionMs,
      ...(dirs.previous && {
        previous: {
          dir: dirs.previous,
          contentScriptBytes: await contentScriptBytes(dirs.previous),
          uiScriptBytes: await uiScriptBytes(dirs.previous),
          detectorScriptBytes: await detectorScriptBytes(dirs.previous),
        },
      }),
      ...(pdf && { pdf }),
      targets: [],
      elapsedS: 0,
    };
    result.targets = evaluateTargets(result);
    result.elapsedS = Math.round((Date.now() - started) / 1000);
    if (opts.out) await writeFile(opts.out, `${JSON.stringify(result, null, 2)}\n`);
    if (opts.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else process.stdout.write(`${formatReport(result, opts.markdown)}\n`);
    log(`done in ${result.elapsedS} s`);
  } finally {
    await Promise.all(contenders.map((c) => c.browser.close()));
    await server.close();
  }
}

/** Mean ms per function label over the runs' `--profile` tables. */
function mergeFunctions(runs) {
  const merged = { self: new Map(), total: new Map() };
  for (const run of runs) {
    for (const kind of ['self', 'total']) {
      for (const [k, ms] of run.functions?.[kind] ?? []) {
        merged[kind].set(k, (merged[kind].get(k) ?? 0) + ms / runs.length);
      }
    }
  }
  const ranked = (map) =>
    [...map].sort((a, b) => b[1] - a[1]).map(([k, ms]) => [k, Math.round(ms * 10) / 10]);
  return { self: ranked(merged.self), total: ranked(merged.total) };
}

/** Visits keyed in the report's contender order. */
function orderedVisits(byName) {
  return Object.fromEntries(CONTENDERS.filter((n) => byName[n]).map((n) => [n, byName[n]]));
}

main().catch((error) => {
  console.error(`[bench] ${error.stack ?? error}`);
  process.exit(1);
});
