/**
 * The context rule for ambiguous names. Some forms are also everyday words, places or people
 * (Arava is a leflunomide brand and a valley in Israel; "CAT 354" is a code and a pet), so no
 * stop-list can serve both a monograph and a travel page. Such a form counts only when the text
 * supports a drug reading:
 * - on the page: another of our drugs is named in the same text by an unambiguous form, not a
 *   misspelling (this covers "Arava (leflunomide)", a drug list, a label), or
 * - near it: within the same line and {@link NEAR} characters, a dose ("20 mg"), a dosage form
 *   ("tablets", "cream"), or a drug word ("medication", "DMARD", "inhibitor", "prescribed"), in
 *   English, German, French, Spanish, Italian, Portuguese or Dutch.
 * Unambiguous forms never consult this. Pure: the page adapter and the scan CLI both reach it
 * through `findMentions` / `page/text/find-in-blocks.ts`.
 */
import { stripInvisible } from './invisible';
import type { Candidate, Mention } from './types';

/** How far either side of an ambiguous name (same line only) a supporting word may sit. */
export const NEAR = 120;

/** A dose: a number and a unit of drug amount ("20 mg", "0.5mg/kg", "10 µg", "2 ml"). */
const DOSE = /\d(?:[.,]\d+)?\s?(?:mg|mcg|µg|μg|ml|iu)(?![a-z])/i;

/**
 * Drug, dosage-form and drug-class words, as stems so plurals and inflections count ("tablets",
 * "Tabletten", "comprimés" once accents are folded, "medicamentos"); a stem that would also
 * start an everyday word ("pillow", "compression") carries its own end. Left out on purpose:
 * "brand", "Rezept" (a cooking recipe), "therapy" (travel pages sell spa therapy).
 */
const DRUG_WORD = new RegExp(
  '(?<![a-z])(?:' +
    [
      // English
      'tablet',
      'pills?(?![a-z])',
      'capsule',
      'creams?(?![a-z])',
      'ointment',
      'injection',
      'syringe',
      'dose',
      'dosage',
      'dosing',
      'prescri',
      'medication',
      'medicine',
      'drug',
      'side[- ]effect',
      'dmard',
      'immunosuppress',
      'inhibitor',
      'antirheumatic',
      'biologic',
      'generic',
      'pharmac',
      // German
      'tablette',
      'medikament',
      'arznei',
      'wirkstoff',
      'nebenwirkung',
      'dosis',
      'dosierung',
      'basistherapeutik',
      // French
      'comprime',
      'medicament',
      'posologie',
      'traitement',
      'effets? indesirable',
      // Spanish, Portuguese, Italian
      'comprimido',
      'compress[ae](?![a-z])',
      'medicamento',
      'farmaco',
      'posologia',
      'efectos? secundario',
      'efeitos? colatera',
      // Dutch
      'geneesmiddel',
      'bijwerking',
    ].join('|') +
    ')',
  'i',
);

/** Whether the text around `m` (its own line, up to NEAR characters each side) names a drug use. */
export function nearDrugContext(text: string, m: Mention): boolean {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  const lineEnd = text.indexOf('\n', m.end);
  const from = Math.max(lineStart, m.start - NEAR);
  const to = Math.min(lineEnd < 0 ? text.length : lineEnd, m.end + NEAR);
  // Invisible characters would break words ("tab\u00ADlets"); accents are folded for the
  // French and Spanish words ("comprimé", "fármaco").
  const around = stripInvisible(text.slice(from, m.start) + ' ' + text.slice(m.end, to))
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  return DOSE.test(around) || DRUG_WORD.test(around);
}

/**
 * The mentions of `candidates` (from one text) that count: every unambiguous one, and an
 * ambiguous one when another drug's or its own unambiguous mention is in the text, or its
 * surroundings say it is a drug. The `ambiguous` mark is dropped from what is returned.
 */
export function applyContext(text: string, candidates: readonly Candidate[]): Mention[] {
  let anyAmbiguous = false;
  let anyPlain = false;
  for (const c of candidates) {
    if (c.ambiguous) anyAmbiguous = true;
    else if (c.fuzzy === undefined) anyPlain = true;
  }
  if (!anyAmbiguous) return candidates as Mention[];
  const kept: Mention[] = [];
  for (const c of candidates) {
    if (!c.ambiguous) kept.push(c);
    else if (anyPlain || nearDrugContext(text, c)) {
      const m: Mention = { start: c.start, end: c.end, drugId: c.drugId, surface: c.surface };
      if (c.fuzzy !== undefined) m.fuzzy = c.fuzzy;
      kept.push(m);
    }
  }
  return kept;
}
