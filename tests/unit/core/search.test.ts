import { describe, expect, test } from 'vitest';
import {
  buildSearchIndex,
  getSearchIndex,
  groupHits,
  tokenize,
  type SearchHit,
} from '@/core/search';
import { createDataset } from '../support/fixtures';

const index = buildSearchIndex(createDataset());
const first = (q: string) => index.search(q)[0];

describe('search', () => {
  test.each([
    ['a generic name', 'upadacitinib', 'drug', 'upadacitinib'],
    ['a brand-name prefix', 'rinv', 'drug', 'upadacitinib'],
    ['a misspelt generic', 'upadacitnib', 'drug', 'upadacitinib'],
    ['a research code with hyphen', 'ABT-494', 'drug', 'upadacitinib'],
    ['a research code without hyphen', 'abt494', 'drug', 'upadacitinib'],
    ['a brand in another case', 'CIBINQO', 'drug', 'abrocitinib'],
    ['a glossary term', 'TYK2', 'glossary', 'tyk2'],
    ['note text', 'conjunctivitis', 'note', 'dupi-safety'],
  ])('finds %s', (_name, query, kind, id) => {
    expect(first(query)).toMatchObject({ kind, id });
  });

  test('multi-word queries need every word', () => {
    const hits = index.search('boxed warning');
    expect(hits.map((h) => h.id)).toContain('jak-safety');
    expect(hits.map((h) => h.id)).toContain('boxed-warning');
    expect(index.search('boxed conjunctivitis')).toEqual([]);
  });

  test('note hits carry the drug to open, or none for class-level notes', () => {
    expect(index.search('conjunctivitis')[0]?.drugId).toBe('dupilumab');
    expect(index.search('intracellularly')[0]).toMatchObject({
      id: 'oral-jak-mechanism',
      drugId: undefined,
    });
  });

  test('an empty or blank query finds nothing', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
  });

  test('respects the result limit', () => {
    expect(index.search('a', 2).length).toBeLessThanOrEqual(2);
  });

  test('groups hits by kind, the group with the best hit first', () => {
    const hit = (kind: SearchHit['kind'], id: string) => ({
      kind,
      id,
      title: id,
      detail: '',
      score: 1,
    });
    const groups = groupHits([hit('glossary', 'a'), hit('note', 'b'), hit('glossary', 'c')]);
    expect(groups.map((g) => [g.kind, g.hits.map((h) => h.id)])).toEqual([
      ['glossary', ['a', 'c']],
      ['note', ['b']],
    ]);
    expect(groupHits([])).toEqual([]);
  });

  test('note hits carry their topic', () => {
    expect(index.search('conjunctivitis')[0]?.topic).toBe('safety');
  });

  test('builds one index per dataset and reuses it', () => {
    const dataset = createDataset();
    expect(getSearchIndex(dataset)).toBe(getSearchIndex(dataset));
    expect(getSearchIndex(createDataset())).not.toBe(getSearchIndex(dataset));
  });

  test('works on a dataset with no drugs, notes or glossary', () => {
    const empty = buildSearchIndex(createDataset({ drugs: [], notes: [], glossary: [] }));
    expect(empty.search('upadacitinib')).toEqual([]);
  });
});

describe('tokenize', () => {
  test('splits on punctuation and also keeps hyphenated codes joined', () => {
    expect(tokenize('ABT-494, EASI-90 (week 16)')).toEqual([
      'ABT',
      '494',
      'EASI',
      '90',
      'week',
      '16',
      'ABT494',
      'EASI90',
    ]);
  });
});

describe('search over the real dataset', () => {
  test.each(['rinv', 'upadacitnib', 'Rinvoq', 'ABT-494'])(
    '“%s” finds upadacitinib first',
    async (q) => {
      const { dataset } = await import('@/data/index');
      expect(getSearchIndex(dataset).search(q)[0]).toMatchObject({
        kind: 'drug',
        id: 'upadacitinib',
      });
    },
  );
});
