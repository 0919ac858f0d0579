import './tests/node20-polyfills.ts';
import { defineConfig } from 'vitest/config';

/** End-to-end tests: real browsers driven by puppeteer, one file at a time (2 cores). */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
