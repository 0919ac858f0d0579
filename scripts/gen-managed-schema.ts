/**
 * Regenerates public/managed-schema.json, Chrome's managed-storage schema, from the settings
 * schema (`npm run gen:managed-schema`; core/managed-schema.ts). Run it after adding or changing
 * a setting: tests/unit/core/managed-schema.test.ts fails until the committed file matches.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { format } from 'prettier';
import { managedSchema } from '@/core/managed-schema';

const target = new URL('../public/managed-schema.json', import.meta.url);
const next = await format(JSON.stringify(managedSchema()), { parser: 'json', printWidth: 100 });
let previous = '';
try {
  previous = readFileSync(target, 'utf8');
} catch {
  // First run: nothing to compare with.
}
if (previous === next) {
  console.log('public/managed-schema.json is up to date');
} else {
  writeFileSync(target, next);
  console.log('wrote public/managed-schema.json');
}
