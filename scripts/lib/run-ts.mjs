#!/usr/bin/env node
/**
 * Runs a TypeScript command-line tool (`node scripts/lib/run-ts.mjs scripts/scan.ts …`) through
 * jiti with the project's `@/` alias, so the CLIs import `core/`, `page/` and `data/` the same
 * way the extension does.
 */
import { createJiti } from 'jiti';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node scripts/lib/run-ts.mjs SCRIPT.ts [ARGS…]');
  process.exit(2);
}
process.argv = [process.argv[0], resolve(script), ...args];
const jiti = createJiti(import.meta.url, { alias: { '@': ROOT.replace(/\/$/, '') } });
await jiti.import(resolve(script));
