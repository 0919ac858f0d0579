// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { dataset } from '@/data/index';
import type { Drug } from '@/data/schema';
import { INTERVIEW_ID } from './support';

const sourceIds = new Set(dataset.sources.map((s) => s.id));

/** How the matcher compares names: Unicode-compatible forms, case-folded. */
const normalise = (s: string) => s.normalize('NFKC').toLowerCase().trim();

/** Every surface form a drug claims on a page; codes also without their hyphen ("ABT494"). */
/** A route form (tacrolimus-topical) leaves its INN and spellings to its generic (tacrolimus). */
function surfaceForms(drug: Drug): string[] {
  const { generic, variants, brands, codes, salts, suffixed } = drug.names;
  return [
    ...(drug.form ? [] : [generic, ...variants]),
    ...brands.map((b) => b.name),
    ...codes.flatMap((c) => [c.code, c.code.replace('-', '')]),
    ...salts.map((s) => s.name),
    ...suffixed,
  ].map(normalise);
}

/** Brands by region, codes, salts, approvals and their steps: facts from outside the interview. */
function supplementalFacts(drug: Drug) {
  const { brands, codes, salts } = drug.names;
  return [
    ...brands.flatMap((b) =>
      b.markets.map((m) => ({ what: `brand ${b.name} (${m.region})`, ...m })),
    ),
    ...codes.map((c) => ({ what: `code ${c.code}`, ...c })),
    ...salts.map((s) => ({ what: `salt ${s.name}`, ...s })),
    ...drug.approvals.flatMap((a) => [
      { what: `approval ${a.region}`, ...a },
      ...(a.history ?? []).map((s) => ({ what: `approval ${a.region} step ${s.date}`, ...s })),
    ]),
  ].map(({ what, sourceId, asOf }) => [drug.id, what, sourceId, asOf] as const);
}

describe('drug names', () => {
  test('no surface form is claimed by two drugs after NFKC and case normalisation', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const drug of dataset.drugs) {
      for (const form of new Set(surfaceForms(drug))) {
        const other = owner.get(form);
        if (other && other !== drug.id) clashes.push(`${form}: ${other} / ${drug.id}`);
        owner.set(form, drug.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  test('the generic name of each drug is its id, plus the route for a route form', () => {
    for (const drug of dataset.drugs) {
      const id = drug.form ? `${drug.names.generic}-${drug.form}` : drug.names.generic;
      expect(drug.id).toBe(id);
    }
  });

  test('no glossary term or alias is also a drug name, so a lookup is never ambiguous', () => {
    const drugForms = new Set(dataset.drugs.flatMap(surfaceForms));
    const terms = dataset.glossary.flatMap((g) => [g.term, ...g.aliases]).map(normalise);
    expect(terms.filter((t) => drugForms.has(t))).toEqual([]);
  });

  test('no glossary term or alias belongs to two glossary entries', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const g of dataset.glossary) {
      for (const t of new Set([g.term, ...g.aliases].map(normalise))) {
        if (owner.has(t)) clashes.push(`${t}: ${owner.get(t)} / ${g.id}`);
        owner.set(t, g.id);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('supplemental facts', () => {
  test.each(dataset.drugs.flatMap(supplementalFacts))(
    '%s %s cites a known source (%s) and is dated (%s)',
    (_drug, _what, sourceId, asOf) => {
      expect(sourceIds).toContain(sourceId);
      expect(sourceId).not.toBe(INTERVIEW_ID);
      expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(asOf <= dataset.asOf).toBe(true);
    },
  );

  test.each(dataset.glossary.filter((g) => g.sourceId !== INTERVIEW_ID).map((g) => [g.id, g]))(
    'glossary term %s, resting on a source other than the interview, is dated',
    (_id, term) => {
      expect(sourceIds).toContain(term.sourceId);
      expect(term.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(term.asOf! <= dataset.asOf).toBe(true);
    },
  );

  test.each(['oral-surveillance', 'jade-regimen', 'jade-dare', 'aad-guideline', 'boxed-warning'])(
    'glossary term %s is marked supplemental, since the interview does not define it',
    (id) => {
      const term = dataset.glossary.find((g) => g.id === id);
      expect(term?.sourceId).not.toBe(INTERVIEW_ID);
      expect(term?.asOf).toBeDefined();
    },
  );
});
