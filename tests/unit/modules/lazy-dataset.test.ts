import { isDeepStrictEqual } from 'node:util';
import { describe, expect, test } from 'vitest';
import { dataset } from '@/data';
import { lazyDataset } from '@/modules/lazy-dataset';

describe('lazy dataset build plugin', () => {
  test('the dataset is plain JSON: a JSON round trip gives the same object', () => {
    expect(isDeepStrictEqual(JSON.parse(JSON.stringify(dataset)), dataset)).toBe(true);
  });

  test('emits data/lazy.ts as a JSON.parse of the dataset, parsed once', () => {
    const plugin = lazyDataset();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    expect(transform('', '/x/data/index.ts')).toBeNull();
    const { code } = transform('', '/x/data/lazy.ts')!;
    expect(code).toContain('export function loadDataset()');
    expect(code).toContain('parsed ??= JSON.parse(');
    const literal = /JSON\.parse\(("(?:[^"\\]|\\.)*")\)/.exec(code)![1]!;
    expect(JSON.parse(JSON.parse(literal) as string)).toStrictEqual(dataset);
  });
});
