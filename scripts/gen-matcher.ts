/**
 * Regenerates core/matcher/compiled.generated.ts from data/drugs.ts (`npm run gen:matcher`), and
 * core/matcher/fuzzy.generated.ts from the dataset and the word lists in /usr/share/dict.
 * The regex is built here rather than in the content script so a page never pays for compiling
 * the dictionary, and the committed output makes every dataset change visible in review.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { drugs } from '@/data/drugs';
import { generateMatcherModule } from '@/core/matcher/compile';
import { fuzzyExclusions, renderFuzzyModule } from '@/core/matcher/fuzzy-compile';
import { haveWordLists, readWordLists, WORD_LISTS } from './wordlists';

function update(name: string, next: string): void {
  const target = new URL(`../core/matcher/${name}`, import.meta.url);
  let previous = '';
  try {
    previous = readFileSync(target, 'utf8');
  } catch {
    // First run: nothing to compare with.
  }
  if (previous === next) {
    console.log(`core/matcher/${name} is up to date`);
  } else {
    writeFileSync(target, next);
    console.log(`wrote core/matcher/${name}`);
  }
}

update('compiled.generated.ts', generateMatcherModule(drugs));
if (haveWordLists()) {
  update(
    'fuzzy.generated.ts',
    renderFuzzyModule(fuzzyExclusions(drugs, readWordLists()), WORD_LISTS),
  );
} else {
  console.error(
    `fuzzy.generated.ts left as it is: install ${WORD_LISTS.length} word lists first ` +
      '(apt-get install wamerican wngerman wfrench wspanish witalian wportuguese wdutch)',
  );
  process.exitCode = 1;
}
