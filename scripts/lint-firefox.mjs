#!/usr/bin/env node
/**
 * Lints the production Firefox build with Mozilla's addons-linter (through web-ext, offline),
 * the same checks addons.mozilla.org runs on upload. Exits non-zero on any error or warning:
 * AMO shows warnings to reviewers, so we keep them at zero; notices are printed but allowed.
 * Usage: npx wxt build -b firefox --mode production && node scripts/lint-firefox.mjs [dir]
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cmd } from 'web-ext';

const sourceDir = resolve(process.argv[2] ?? '.output/firefox-mv3');
if (!existsSync(join(sourceDir, 'manifest.json'))) {
  console.error(
    `No Firefox build at ${sourceDir}: run \`npx wxt build -b firefox --mode production\` first.`,
  );
  process.exit(2);
}

const result = await cmd.lint(
  {
    sourceDir,
    artifactsDir: join(sourceDir, 'web-ext-artifacts'),
    output: 'none',
    selfHosted: false,
    warningsAsErrors: true,
    // PDF.js, copied unmodified from node_modules/pdfjs-dist by modules/pdfjs-assets.ts (and
    // nothing else is in pdfjs/, see core/pdf-assets.ts). Its viewer builds its own DOM with
    // innerHTML and its worker keeps a `new Function` path (unused: isEvalSupported is false),
    // which the linter reports; patching upstream's files is worse than reviewing the version.
    ignoreFiles: ['pdfjs/**'],
  },
  { shouldExitProgram: false },
);

if (!result) {
  console.error('web-ext lint did not produce a result.');
  process.exit(2);
}
for (const [kind, list] of [
  ['error', result.errors],
  ['warning', result.warnings],
  ['notice', result.notices],
]) {
  for (const m of list ?? []) {
    const where = m.file ? ` ${m.file}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}` : '';
    console.log(`${kind} ${m.code}${where}\n  ${m.message}: ${m.description}`);
  }
}
const errors = result.errors?.length ?? 1;
const warnings = result.warnings?.length ?? 0;
const notices = result.notices?.length ?? 0;
console.log(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors + warnings > 0 ? 1 : 0);
