import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { drugs } from '@/data/drugs';
import { generateMatcherModule } from '@/core/matcher/compile';
import { fuzzyExclusions, renderFuzzyModule } from '@/core/matcher/fuzzy-compile';
import { haveWordLists, readWordLists, WORD_LISTS } from '@/scripts/wordlists';

const MATCHER_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../../core/matcher');
const GENERATED = join(MATCHER_DIR, 'compiled.generated.ts');

describe('compiled.generated.ts', () => {
  test('matches what `npm run gen:matcher` produces from the current dataset', () => {
    const committed = readFileSync(GENERATED, 'utf8');
    expect(
      committed === generateMatcherModule(drugs),
      'core/matcher/compiled.generated.ts is stale: run `npm run gen:matcher` and commit it',
    ).toBe(true);
  });
});

describe('fuzzy.generated.ts', () => {
  // The word lists are Debian packages (.ci/run installs them); without them there is nothing
  // to compare against, and the committed list stays what the last generation wrote.
  test.skipIf(!haveWordLists())(
    'matches what `npm run gen:matcher` produces from the dataset and the word lists',
    () => {
      const committed = readFileSync(join(MATCHER_DIR, 'fuzzy.generated.ts'), 'utf8');
      expect(
        committed === renderFuzzyModule(fuzzyExclusions(drugs, readWordLists()), WORD_LISTS),
        'core/matcher/fuzzy.generated.ts is stale: run `npm run gen:matcher` and commit it',
      ).toBe(true);
    },
    // Reads 1.9 million words; on a loaded machine that takes more than the default 5 s.
    60_000,
  );
});
