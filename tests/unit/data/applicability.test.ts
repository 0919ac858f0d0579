// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { dataset } from '@/data/index';
import { formsOf, lookup, notesForDrug } from '@/data/queries';
import { NEVER_SHOWN, SHOWN } from './applicability.table';

const { drugs } = lookup(dataset);
const sorted = (ids: readonly string[]) => [...ids].sort();

/** The note ids the sidebar shows for a drug, as `notesForDrug` (its only source) returns them. */
function shownFor(drugId: string): string[] {
  const drug = drugs.get(drugId);
  if (!drug) throw new Error(`${drugId} is not in the dataset`);
  return notesForDrug(dataset, drug).flatMap((t) => t.notes.map((n) => n.note.id));
}

describe('the reviewed applicability table', () => {
  test('has a row for every drug of the dataset, so a new drug is reviewed before it shows a note', () => {
    expect(sorted(Object.keys(SHOWN))).toEqual(sorted(dataset.drugs.map((d) => d.id)));
  });

  test('names only notes that exist', () => {
    const noteIds = new Set(dataset.notes.map((n) => n.id));
    const named = [...Object.values(SHOWN).flat(), ...NEVER_SHOWN.flatMap((r) => r.notes)];
    expect(named.filter((id) => !noteIds.has(id))).toEqual([]);
  });

  test('never lists a pair it also forbids', () => {
    for (const { drug, notes } of NEVER_SHOWN) {
      expect(
        SHOWN[drug]?.filter((id) => notes.includes(id)),
        drug,
      ).toEqual([]);
    }
  });
});

describe('each drug shows exactly the notes the table admits', () => {
  test.each(Object.entries(SHOWN))('%s', (drugId, expected) => {
    expect(sorted(shownFor(drugId))).toEqual(sorted(expected));
  });
});

describe('notes that must never be shown for a drug', () => {
  test.each(NEVER_SHOWN.flatMap(({ drug, notes, why }) => notes.map((n) => [drug, n, why])))(
    '%s never shows %s (%s)',
    (drugId, noteId) => {
      expect(shownFor(drugId)).not.toContain(noteId);
    },
  );
});

describe('class membership alone shows nothing', () => {
  test('a drug added to a class with notes gets no note until a note lists it', () => {
    const newcomer = { ...drugs.get('upadacitinib')!, id: 'newcomerinib' };
    const withNewcomer = { ...dataset, drugs: [...dataset.drugs, newcomer] };
    expect(notesForDrug(withNewcomer, newcomer)).toEqual([]);
  });

  test('a generic with route forms shows no notes of its own; each form shows its own', () => {
    for (const id of ['tacrolimus', 'ruxolitinib', 'roflumilast']) {
      const generic = drugs.get(id)!;
      expect(notesForDrug(dataset, generic)).toEqual([]);
      expect(formsOf(dataset, generic).map((f) => f.id)).toEqual(generic.forms);
    }
  });
});

describe('each note says how it is about the drug it is shown for', () => {
  test('a class-framed note names the class on the drug’s card', () => {
    const topic = notesForDrug(dataset, drugs.get('upadacitinib')!).find(
      (t) => t.topic === 'efficacy',
    );
    const placebo = topic?.notes.find((n) => n.note.id === 'oral-jak-trials-beat-placebo');
    expect(placebo?.scope).toEqual({
      kind: 'class',
      classId: 'oral-jak-inhibitor',
      drugs: ['upadacitinib', 'abrocitinib'],
    });
  });

  test('a note naming a drug is about that drug, even when it also frames a class', () => {
    const topic = notesForDrug(dataset, drugs.get('dupilumab')!).find(
      (t) => t.topic === 'efficacy',
    );
    const vs = topic?.notes.find((n) => n.note.id === 'jak-top-efficacy-vs-dupilumab');
    expect(vs?.scope).toEqual({ kind: 'drug', drugs: ['dupilumab'] });
  });
});
