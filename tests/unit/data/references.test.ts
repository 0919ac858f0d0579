// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { dataset } from '@/data/index';
import { interview, reachIds, withAncestors } from './support';

const drugIds = new Set(dataset.drugs.map((d) => d.id));
const classIds = new Set(dataset.classes.map((c) => c.id));
const noteIds = new Set(dataset.notes.map((n) => n.id));

/** The drugs issue 3 puts in scope; the dataset must have each of them. */
const IN_SCOPE = [
  'abrocitinib',
  'azathioprine',
  'baricitinib',
  'crisaborole',
  'cyclosporine',
  'delgocitinib',
  'dupilumab',
  'lebrikizumab',
  'leflunomide',
  'methotrexate',
  'mycophenolate',
  'nemolizumab',
  'pimecrolimus',
  'roflumilast',
  'ruxolitinib',
  'sulfasalazine',
  'tacrolimus',
  'tapinarof',
  'tofacitinib',
  'tralokinumab',
  'upadacitinib',
];

describe('notes point at things that exist', () => {
  test.each(dataset.notes.map((n) => [n.id, n.appliesTo]))(
    'every id note %s applies to is a known drug or class',
    (_id, appliesTo) => {
      for (const id of appliesTo) expect(drugIds.has(id) || classIds.has(id), id).toBe(true);
    },
  );

  /** The whole answer a note comes from: the quotes of every note with the same locator. */
  const answerText = (locator: string) =>
    dataset.notes
      .filter((n) => n.locator === locator)
      .flatMap((n) => n.quotes)
      .join(' ');

  test.each(
    dataset.notes.flatMap((n) =>
      n.appliesTo.filter((id) => !classIds.has(id)).map((drug) => [n.id, drug]),
    ),
  )('note %s names %s only where its answer or its editor’s note names it', (id, drug) => {
    const n = dataset.notes.find((x) => x.id === id)!;
    const text = `${answerText(n.locator)} ${n.editorNote ?? ''}`.toLowerCase();
    expect(text).toContain(drug);
  });
});

describe('drugs and their notes', () => {
  test.each(IN_SCOPE)('%s is in the dataset', (id) => {
    expect(drugIds).toContain(id);
  });

  test.each(dataset.drugs.map((d) => [d.id, d.classes]))(
    'every class of %s exists',
    (_id, classes) => {
      for (const c of classes) expect(classIds, c).toContain(c);
    },
  );

  test.each(dataset.drugs.map((d) => [d.id, d]))(
    '%s is reached by at least one note, directly or through its classes',
    (_id, drug) => {
      const reach = reachIds(drug);
      expect(dataset.notes.some((n) => n.appliesTo.some((a) => reach.has(a)))).toBe(true);
    },
  );

  test.each(dataset.drugs.filter((d) => !d.namedInInterview).map((d) => [d.id, d]))(
    '%s, not named in the interview, gets at least one class-level note',
    (_id, drug) => {
      const classLevel = new Set(drug.classes.flatMap(withAncestors));
      expect(dataset.notes.some((n) => n.appliesTo.some((a) => classLevel.has(a)))).toBe(true);
    },
  );

  test.each(dataset.drugs.filter((d) => d.namedInInterview).map((d) => [d.id]))(
    '%s, named in the interview, has a note naming it directly',
    (id) => {
      expect(dataset.notes.some((n) => n.appliesTo.includes(id))).toBe(true);
    },
  );

  test.each(dataset.drugs.map((d) => [d.id, d]))(
    '%s is flagged as named in the interview whenever its generic name occurs there',
    (_id, drug) => {
      if (interview.toLowerCase().includes(drug.names.generic.toLowerCase())) {
        expect(drug.namedInInterview).toBe(true);
      }
    },
  );

  test.each(dataset.classes.map((c) => [c.id]))(
    'class %s is reached by a note on itself or an ancestor',
    (id) => {
      const reach = new Set(withAncestors(id));
      expect(dataset.notes.some((n) => n.appliesTo.some((a) => reach.has(a)))).toBe(true);
    },
  );
});

describe('the comparison table', () => {
  const { comparison } = dataset;

  test('compares oral JAK inhibitors with biologics, both known classes', () => {
    expect(comparison.columns).toEqual(['oral-jak-inhibitor', 'biologic']);
    for (const c of comparison.columns) expect(classIds).toContain(c);
  });

  test.each(
    comparison.rows.flatMap((r) => [
      [r.id, 'JAK', r.jak.noteIds],
      [r.id, 'biologic', r.biologic.noteIds],
    ]),
  )('row %s (%s cell) links only to existing notes', (_row, _col, ids) => {
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(noteIds, id).toContain(id);
  });

  test.each([
    'where-they-act',
    'route-and-frequency',
    'lab-monitoring',
    'speed-of-onset',
    'easi-75',
    'stringent-endpoints',
    'start-stop',
    'boxed-warning',
    'label-sequencing',
    'head-and-neck',
    'eczema-psoriasis-overlap',
    'itch-predominant',
    'seasonal-flares',
    'many-risk-factors',
    'patient-preference',
  ])('has a row for %s', (id) => {
    expect(comparison.rows.map((r) => r.id)).toContain(id);
  });
});
