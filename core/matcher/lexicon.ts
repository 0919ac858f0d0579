import type { AmbiguousForm } from '@/data/lexicon-extra';
import type { Drug } from '@/data/schema';
import type { LexiconEntry } from './types';

/**
 * The lookup key of a written form: NFKC, lowercase, and without whitespace or hyphens, so that
 * "ABT 494", "abt-494" and "ABT494" (or "Rinvoq\u00A0LQ" and "rinvoq lq") share one key. Also the
 * test for "no alias claimed by two drugs", which is why separators are dropped there too.
 */
export function surfaceKey(surface: string): string {
  return surface
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-\u2010\u2011]+/g, '');
}

/**
 * Every written form a drug can take on a page, in dataset order, codes marked. A route form
 * (tacrolimus-topical) shares its INN with its generic: the INN and its spellings open the
 * generic, which shows every form, so the form itself is found only by its own brands and codes.
 */
function formsOf(drug: Drug, isRouteForm: boolean): { surface: string; code?: true }[] {
  const n = drug.names;
  return [
    ...(isRouteForm ? [] : [n.generic, ...n.variants].map((surface) => ({ surface }))),
    ...n.brands.map((b) => ({ surface: b.name })),
    ...n.codes.map((c) => ({ surface: c.code, code: true as const })),
    ...n.salts.map((s) => ({ surface: s.name })),
    ...n.suffixed.map((surface) => ({ surface })),
  ];
}

/**
 * Flattens the dataset into the matcher's dictionary: one entry per distinct key and drug, with
 * the ambiguity audit (`data/lexicon-extra.ts`) attached. Throws when two drugs claim the same
 * form, because the matcher could not tell them apart and the sidebar would open the wrong drug,
 * and when the audit names a form no drug has (a stale entry would silently stop protecting).
 */
export function buildLexicon(
  drugs: readonly Drug[],
  ambiguous: readonly AmbiguousForm[] = [],
): LexiconEntry[] {
  const owner = new Map<string, string>();
  const entries: LexiconEntry[] = [];
  const routeForms = new Set(drugs.flatMap((d) => d.forms ?? []));
  const audit = new Map(ambiguous.map((a) => [surfaceKey(a.surface), a.when]));
  for (const drug of drugs) {
    for (const { surface, code } of formsOf(drug, routeForms.has(drug.id))) {
      const key = surfaceKey(surface);
      const previous = owner.get(key);
      if (previous === drug.id) continue;
      if (previous !== undefined) {
        throw new Error(`"${surface}" is claimed by both ${previous} and ${drug.id}`);
      }
      if (!/[\p{L}\p{N}]/u.test(key)) throw new Error(`${drug.id} has an empty name "${surface}"`);
      owner.set(key, drug.id);
      const entry: LexiconEntry = { surface, drugId: drug.id };
      if (code) entry.code = code;
      const when = audit.get(key);
      if (when !== undefined) entry.ambiguous = when;
      entries.push(entry);
    }
  }
  for (const a of ambiguous) {
    if (!owner.has(surfaceKey(a.surface))) {
      throw new Error(`ambiguous form "${a.surface}" is not a form of any drug`);
    }
  }
  return entries;
}
