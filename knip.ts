/**
 * Dead-code check (`npx knip`, part of `npm run lint`): files nothing reaches, exports nothing
 * imports, dependencies nothing uses and ones used but not listed. Knip's WXT, Vitest, ESLint
 * and Prettier plugins find most entry points themselves (wxt.config.ts and `entrypoints/**`,
 * the test files, the configs); the ones below are reached in ways it cannot see.
 */
import type { KnipConfig } from 'knip';

export default {
  entry: [
    // WXT loads every module in modules/ by itself (no import names them).
    'modules/*.ts',
    // Command-line tools, run as `node scripts/lib/run-ts.mjs scripts/<tool>.ts` or by path.
    'scripts/*.{ts,mjs}',
    // Bench contenders and the React fixture's client: bundled by path (rolldown `input`).
    'scripts/bench/contenders/*.js',
    'tests/fixtures/hostile/react/hydrate.js',
    // The German sidebar's test page, bundled by tests/e2e/locale-de.test.ts through its HTML.
    'tests/e2e/locale-sidebar/main.tsx',
    // Read by puppeteer at install time.
    '.puppeteerrc.cjs',
  ],
  project: ['**/*.{ts,tsx,js,mjs,cjs}'],
  vitest: { config: ['vitest.config.ts', 'vitest.e2e.config.ts'] },
  // An export used inside its own module is documentation of its contract, not dead code.
  ignoreExportsUsedInFile: true,
  ignoreDependencies: [
    // Shipped, imported through WXT's re-export `wxt/utils/storage`; listed so reviewers see it.
    '@wxt-dev/storage',
    // PDF.js's optional DOMMatrix/Path2D provider in Node, which the scan CLI needs for PDFs.
    '@napi-rs/canvas',
    // Vite 8's bundler (installed with vite): the bench and the React fixture bundle with it.
    'rolldown',
  ],
  // A Debian package `.ci/run` installs, for the encrypted-PDF test fixture.
  ignoreBinaries: ['qpdf'],
} satisfies KnipConfig;
