import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { drugs } from '@/data/drugs';
import { generateMatcherModule } from '@/core/matcher/compile';

const GENERATED = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../core/matcher/compiled.generated.ts',
);

describe('compiled.generated.ts', () => {
  test('matches what `npm run gen:matcher` produces from the current dataset', () => {
    const committed = readFileSync(GENERATED, 'utf8');
    expect(
      committed === generateMatcherModule(drugs),
      'core/matcher/compiled.generated.ts is stale: run `npm run gen:matcher` and commit it',
    ).toBe(true);
  });
});
