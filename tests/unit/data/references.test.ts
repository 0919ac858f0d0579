// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { dataset } from '@/data/index';
import { interview, withAncestors } from './support';

const drugIds = new Set(dataset.drugs.map((d) => d.id));
const classIds = new Set(dataset.classes.map((c) => c.id));
const noteIds = new Set(dataset.notes.map((n) => n.id));

/** The drugs in the product's scope (the AD systemic and topical agents); the dataset must have each. */
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

const drugById = new Map(dataset.drugs.map((d) => [d.id, d]));
const genericIds = new Set(dataset.drugs.filter((d) => d.forms).map((d) => d.id));

describe('notes point at things that exist', () => {
  test.each(dataset.notes.map((n) => [n.id, n]))(
    'every drug note %s is about is a known drug, never a generic with forms',
    (_id, note) => {
      for (const id of note.about.flatMap((s) => s.drugs)) {
        expect(drugIds.has(id), id).toBe(true);
        expect(genericIds.has(id), `${id} has forms: list the form the note is about`).toBe(false);
      }
    },
  );

  test.each(dataset.notes.map((n) => [n.id, n]))(
    'note %s lists each drug once, so whom it is about is unambiguous',
    (_id, note) => {
      const all = note.about.flatMap((s) => s.drugs);
      expect(new Set(all).size).toBe(all.length);
    },
  );

  test.each(
    dataset.notes.flatMap((n) =>
      n.about.flatMap((s) =>
        s.kind === 'class' ? s.drugs.map((drug) => [n.id, s.classId, drug] as const) : [],
      ),
    ),
  )('in note %s, the class %s is known and %s is one of its members', (_id, classId, drug) => {
    expect(classIds).toContain(classId);
    const d = drugById.get(drug);
    expect(d && d.classes.flatMap(withAncestors)).toContain(classId);
  });

  /** The whole answer a note comes from: the quotes of every note with the same locator. */
  const answerText = (locator: string) =>
    dataset.notes
      .filter((n) => n.locator === locator)
      .flatMap((n) => n.quotes)
      .join(' ');

  test.each(
    dataset.notes.flatMap((n) =>
      n.about.flatMap((s) => (s.kind === 'drug' ? s.drugs.map((drug) => [n.id, drug]) : [])),
    ),
  )('note %s is about %s by name only where its answer or editor’s note names it', (id, drug) => {
    const n = dataset.notes.find((x) => x.id === id)!;
    const text = `${answerText(n.locator)} ${n.editorNote ?? ''}`.toLowerCase();
    expect(text).toContain(drugById.get(drug)!.names.generic);
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

  test.each(dataset.drugs.filter((d) => d.namedInInterview).map((d) => [d.id]))(
    '%s, named in the interview, has a note about it by name',
    (id) => {
      expect(
        dataset.notes.some((n) => n.about.some((s) => s.kind === 'drug' && s.drugs.includes(id))),
      ).toBe(true);
    },
  );

  test.each(dataset.drugs.map((d) => [d.id, d]))(
    '%s is flagged as named in the interview whenever its generic name occurs there',
    (_id, drug) => {
      if (drug.forms || drug.form) return; // tacrolimus, ruxolitinib, roflumilast: not named
      if (interview.toLowerCase().includes(drug.names.generic.toLowerCase())) {
        expect(drug.namedInInterview).toBe(true);
      }
    },
  );
});

describe('route forms', () => {
  const generics = dataset.drugs.filter((d) => d.forms);
  const formIds = generics.flatMap((g) => g.forms!);

  test('tacrolimus, ruxolitinib and roflumilast are generics with a topical and a second form', () => {
    expect(Object.fromEntries(generics.map((g) => [g.id, g.forms]))).toEqual({
      roflumilast: ['roflumilast-topical', 'roflumilast-oral'],
      ruxolitinib: ['ruxolitinib-topical', 'ruxolitinib-oral'],
      tacrolimus: ['tacrolimus-topical', 'tacrolimus-systemic'],
    });
  });

  test.each(generics.flatMap((g) => g.forms!.map((f) => [g.id, f])))(
    'the form of %s listed as %s exists, shares its INN and says its route',
    (genericId, formId) => {
      const form = drugById.get(formId);
      expect(form?.names.generic).toBe(drugById.get(genericId)!.names.generic);
      expect(form?.form).toBeTruthy();
      expect(form?.forms).toBeUndefined();
    },
  );

  test('every drug marked as a form belongs to exactly one generic', () => {
    const marked = dataset.drugs.filter((d) => d.form).map((d) => d.id);
    expect([...marked].sort()).toEqual([...formIds].sort());
    expect(new Set(formIds).size).toBe(formIds.length);
  });

  test.each(generics.map((g) => [g.id, g]))(
    'the generic %s carries no brand or approval of its own: they belong to its forms',
    (_id, g) => {
      expect(g.names.brands).toEqual([]);
      expect(g.approvals).toEqual([]);
      expect(g.classes).toEqual([]);
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
