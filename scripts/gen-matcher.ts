/**
 * Regenerates core/matcher/compiled.generated.ts from data/drugs.ts (`npm run gen:matcher`).
 * The regex is built here rather than in the content script so a page never pays for compiling
 * the dictionary, and the committed output makes every dataset change visible in review.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { drugs } from '@/data/drugs';
import { generateMatcherModule } from '@/core/matcher/compile';

const target = new URL('../core/matcher/compiled.generated.ts', import.meta.url);
const next = generateMatcherModule(drugs);
let previous = '';
try {
  previous = readFileSync(target, 'utf8');
} catch {
  // First run: nothing to compare with.
}
if (previous === next) {
  console.log('core/matcher/compiled.generated.ts is up to date');
} else {
  writeFileSync(target, next);
  console.log('wrote core/matcher/compiled.generated.ts');
}
