// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { dataset } from '@/data/index';
import { Dataset } from '@/data/schema';
import { interview } from './support';

const ids = (items: { id: string }[]) => items.map((i) => i.id);
const sorted = (list: string[]) => [...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('the dataset as a whole', () => {
  test('parses with the zod schema', () => {
    expect(() => Dataset.parse(dataset)).not.toThrow();
  });

  test('carries a semantic version and an as-of date', () => {
    expect(dataset.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(dataset.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('ids', () => {
  test.each([
    ['sources', ids(dataset.sources)],
    ['classes', ids(dataset.classes)],
    ['drugs', ids(dataset.drugs)],
    ['notes', ids(dataset.notes)],
    ['glossary terms', ids(dataset.glossary)],
    ['comparison rows', ids(dataset.comparison.rows)],
  ])('ids of %s are unique', (_name, list) => {
    expect(list.length).toBeGreaterThan(0);
    expect(new Set(list).size).toBe(list.length);
  });

  test.each([
    ['classes', ids(dataset.classes)],
    ['drugs', ids(dataset.drugs)],
    ['glossary terms', ids(dataset.glossary)],
  ])('%s are sorted by id', (_name, list) => {
    expect(list).toEqual(sorted(list));
  });

  test('notes follow the order of the interview, so they read side by side with it', () => {
    const firstQuoteAt = dataset.notes.map((n) => interview.indexOf(n.quotes[0]!));
    expect(firstQuoteAt).toEqual([...firstQuoteAt].sort((a, b) => a - b));
  });
});

describe('sources and citations', () => {
  const sourceIds = new Set(ids(dataset.sources));

  test.each(dataset.notes.map((n) => [n.id, n.sourceId]))(
    'note %s cites the interview',
    (_id, sourceId) => {
      expect(sourceId).toBe('song-2025-interview');
    },
  );

  test.each(dataset.glossary.map((g) => [g.id, g.sourceId]))(
    'glossary term %s cites a known source',
    (_id, sourceId) => {
      expect(sourceIds).toContain(sourceId);
    },
  );

  test('every note locator names one of the eight questions with one label per question', () => {
    const labelByQuestion = new Map<string, Set<string>>();
    for (const { locator } of dataset.notes) {
      const question = /^Q([1-8]): \S/.exec(locator)?.[1];
      expect(question, locator).toBeDefined();
      labelByQuestion.set(question!, (labelByQuestion.get(question!) ?? new Set()).add(locator));
    }
    expect([...labelByQuestion.keys()].sort()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    for (const labels of labelByQuestion.values()) expect(labels.size).toBe(1);
  });

  test('the interview has exactly eight interviewer questions, matching Q1..Q8', () => {
    expect(interview.match(/^The Dermatologist: /gm)).toHaveLength(8);
  });
});

describe('classes', () => {
  const byId = new Map(dataset.classes.map((c) => [c.id, c]));

  test.each([
    ['jak-inhibitor', undefined, undefined],
    ['oral-jak-inhibitor', 'jak-inhibitor', 'oral-jak'],
    ['topical-jak-inhibitor', 'jak-inhibitor', 'topical-jak'],
    ['biologic', undefined, 'biologic'],
    ['il-4r-biologic', 'biologic', 'biologic'],
    ['il-13-biologic', 'biologic', 'biologic'],
    ['il-31r-biologic', 'biologic', 'biologic'],
    ['topical-calcineurin-inhibitor', undefined, 'other-topical'],
    ['topical-pde4-inhibitor', undefined, 'other-topical'],
    ['topical-ahr-agonist', undefined, 'other-topical'],
    ['conventional-systemic-immunosuppressant', undefined, 'conventional-systemic'],
    ['csdmard', undefined, 'conventional-systemic'],
    ['oral-pde4-inhibitor', undefined, 'conventional-systemic'],
  ])('class %s has parent %s and highlight group %s', (id, parent, group) => {
    const cls = byId.get(id);
    expect(cls).toBeDefined();
    expect(cls?.parent).toBe(parent);
    expect(cls?.group).toBe(group);
  });

  test.each(dataset.classes.filter((c) => c.parent).map((c) => [c.id, c.parent!]))(
    'the parent of %s (%s) is a known class',
    (_id, parent) => {
      expect(byId.has(parent)).toBe(true);
    },
  );
});
