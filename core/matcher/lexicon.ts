import type { AmbiguousForm, NationalSpelling } from '@/data/lexicon-extra';
import type { Drug } from '@/data/schema';
import type { LexiconEntry } from './types';

/**
 * The lookup key of a written form: NFKD without accents, lowercase, and without whitespace or
 * hyphens, so that "méthotrexate" and "Methotrexate" (accents are folded when matching), and
 * "ABT 494", "abt-494" and "ABT494" (or "Rinvoq\u00A0LQ" and "rinvoq lq") share one key. Also the
 * test for "no alias claimed by two drugs", which is why separators are dropped there too.
 */
export function surfaceKey(surface: string): string {
  return surface
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-\u2010\u2011]+/g, '');
}

/**
 * Every written form a drug can take on a page, in dataset order, codes marked. A route form
 * (tacrolimus-topical) shares its INN with its generic: the INN and its spellings open the
 * generic, which shows every form, so the form itself is found only by its own brands and codes.
 */
function formsOf(
  drug: Drug,
  isRouteForm: boolean,
): { surface: string; code?: true; main?: true }[] {
  const n = drug.names;
  return [
    ...(isRouteForm ? [] : [{ surface: n.generic, main: true as const }]),
    ...(isRouteForm ? [] : n.variants.map((surface) => ({ surface }))),
    ...n.brands.map((b) => ({ surface: b.name, main: true as const })),
    ...n.codes.map((c) => ({ surface: c.code, code: true as const })),
    ...n.salts.map((s) => ({ surface: s.name })),
    ...n.suffixed.map((surface) => ({ surface })),
  ];
}

/** The matcher's data besides the drug records (`data/lexicon-extra.ts`); all optional. */
export interface LexiconInputs {
  ambiguous?: readonly AmbiguousForm[];
  national?: readonly NationalSpelling[];
}

/** The German genitive of an INN ("des Methotrexats"), or none when it already ends in s. */
const genitive = (inn: string) => (/s$/i.test(inn) ? undefined : `${inn}s`);

/**
 * Flattens the dataset into the matcher's dictionary: one entry per distinct key and drug, then
 * the national spellings (`of` names the drug by one of its forms), then the German genitive of
 * every generic and German spelling, with the ambiguity audit attached. Throws when two drugs
 * claim the same form, because the matcher could not tell them apart and the sidebar would open
 * the wrong drug, and when the extra data names a form no drug has (a stale entry would silently
 * stop working). A genitive that is already some drug's form is left out, not refused.
 */
export function buildLexicon(drugs: readonly Drug[], inputs: LexiconInputs = {}): LexiconEntry[] {
  const owner = new Map<string, string>();
  const entries: LexiconEntry[] = [];
  const routeForms = new Set(drugs.flatMap((d) => d.forms ?? []));
  const audit = new Map((inputs.ambiguous ?? []).map((a) => [surfaceKey(a.surface), a.when]));
  /** Spellings already listed, accents kept: "léflunomide" needs its own regex path. */
  const spelled = new Set<string>();
  const add = (surface: string, drugId: string, code?: true, main?: true) => {
    const key = surfaceKey(surface);
    const previous = owner.get(key);
    if (previous !== undefined && previous !== drugId) {
      throw new Error(`"${surface}" is claimed by both ${previous} and ${drugId}`);
    }
    const spelling = surface
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s\-\u2010\u2011]+/g, '');
    if (spelled.has(spelling)) return;
    spelled.add(spelling);
    if (!/[\p{L}\p{N}]/u.test(key)) throw new Error(`${drugId} has an empty name "${surface}"`);
    owner.set(key, drugId);
    const entry: LexiconEntry = { surface, drugId };
    if (code) entry.code = code;
    if (main) entry.main = main;
    const when = audit.get(key);
    if (when !== undefined) entry.ambiguous = when;
    entries.push(entry);
  };
  const owned = (surface: string, what: string) => {
    const drugId = owner.get(surfaceKey(surface));
    if (drugId === undefined) throw new Error(`${what} "${surface}" is not a form of any drug`);
    return drugId;
  };
  for (const drug of drugs) {
    for (const { surface, code, main } of formsOf(drug, routeForms.has(drug.id))) {
      add(surface, drug.id, code, main);
    }
  }
  const inns: [string, string][] = drugs
    .filter((d) => !routeForms.has(d.id))
    .map((d) => [d.names.generic, d.id]);
  for (const n of inputs.national ?? []) {
    const drugId = owned(n.of, 'national spelling of');
    add(n.spelling, drugId);
    if (n.languages.includes('de')) inns.push([n.spelling, drugId]);
  }
  for (const [inn, drugId] of inns) {
    const g = genitive(inn);
    if (g !== undefined && !owner.has(surfaceKey(g))) add(g, drugId);
  }
  for (const a of inputs.ambiguous ?? []) owned(a.surface, 'ambiguous form');
  return entries;
}
