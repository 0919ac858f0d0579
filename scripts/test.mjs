#!/usr/bin/env node
/**
 * The one test command (`npm test`): typecheck, lint, format, dead code (knip), unit tests,
 * production builds, the Firefox add-on linter and the e2e suites in real Chromium and Firefox.
 * Every step runs even when an earlier one fails, so one run reports everything; the last line
 * is the plain `N passed, N failed` that CI records (vitest tests count one each, every other
 * step one).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = '.output/test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n━━ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A step that is a single check. */
function check(label, command, args) {
  const ok = run(label, command, args);
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
  return ok;
}

/** A vitest run: its tests are counted one by one from the JSON report. */
function vitest(label, args, env) {
  const out = `${RESULTS}/${label}.json`;
  const ok = run(
    label,
    'npx',
    ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
    env,
  );
  if (!existsSync(out)) {
    failed += 1;
    failures.push(`${label} (no report)`);
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A file that fails to load has no failed test but fails the run: count it.
  const broken = report.testResults.filter(
    (f) => f.status === 'failed' && f.assertionResults.length === 0,
  );
  failed += broken.length;
  // Exit non-zero with every test passed: an unhandled error during the run. It counts too.
  if (!ok && !report.numFailedTests && !broken.length) failed += 1;
  if (!ok || report.numFailedTests || broken.length) failures.push(label);
}

check('typecheck', 'npx', ['tsc', '--noEmit']);
check('lint', 'npx', ['eslint', '.']);
check('format', 'npx', ['prettier', '--check', '.']);
check('dead code', 'npx', ['knip', '--no-progress']);
vitest('unit', []);
const built =
  check('build chrome', 'npx', ['wxt', 'build']) &&
  check('build firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
if (built) {
  if (existsSync('scripts/lint-firefox.mjs'))
    check('web-ext lint', 'node', ['scripts/lint-firefox.mjs']);
  vitest('e2e', ['-c', 'vitest.e2e.config.ts'], { JAKLENS_E2E_PREBUILT: '1' });
} else {
  failed += 1;
  failures.push('e2e (not run: build failed)');
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
