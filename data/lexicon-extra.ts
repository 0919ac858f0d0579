/**
 * Matcher-only facts about written forms that sit beside the drug records in `drugs.ts`: which
 * forms are also everyday words, places or people (so they count only in a drug context). Plain
 * typed data, read by the matcher generator (`npm run gen:matcher`) together with `drugs.ts`;
 * the content script never loads it.
 */

/**
 * When a form is ambiguous: `always` (the spelling itself is a word or place), or `spaced` (a
 * research code whose letters are a word, ambiguous only when a space separates them from the
 * number: "CAT 354" reads as a pet in capitals; "CAT-354" and "CAT354" do not).
 */
export type Ambiguity = 'always' | 'spaced';

/** A lexicon form whose spelling also means something ordinary. */
export interface AmbiguousForm {
  /** Exactly a form of `drugs.ts` (the generator refuses an unknown one). */
  surface: string;
  when: Ambiguity;
  /** What else the spelling means, so a reviewer can judge the entry. */
  otherMeanings: string;
}

/**
 * The ambiguity audit of every form in `drugs.ts` (brands, codes, variants, salts, suffixed
 * forms; the dataset has no short forms such as "MTX"), December 2026. Each form was checked
 * against the Debian word lists wamerican, wngerman, wfrench, wspanish, witalian, wportuguese and
 * wdutch (accents folded) and by reading; for codes, the letters before the number were checked
 * the same way. Only the entries below collide; lower-case codes before a number ("my cat 354")
 * are already refused by the code rule, so `spaced` covers the capitalised cases.
 */
export const AMBIGUOUS_FORMS: readonly AmbiguousForm[] = [
  {
    surface: 'Arava',
    when: 'always',
    otherMeanings:
      'the Arava (Arabah) valley between Israel and Jordan and its regional council; the IAI Arava aircraft; Italian and Portuguese "arava" (ploughed)',
  },
  {
    surface: 'CAT-354',
    when: 'spaced',
    otherMeanings: 'English "cat" before a number ("MY CAT 354 DAYS")',
  },
  {
    surface: 'AN2728',
    when: 'spaced',
    otherMeanings: 'English and German "an" before a number ("AN 2728-PAGE REPORT")',
  },
  {
    surface: 'INC424',
    when: 'spaced',
    otherMeanings: '"Inc." (incorporated) before a number ("ACME INC 424 UNITS")',
  },
];

/** Languages of the national spellings: ISO 639-1, and `la` for the Latin INN of labels. */
export type Language = 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'la';

/** A spelling of an INN used in one or more national languages, as seen on a public page. */
export interface NationalSpelling {
  /** As written in that language, accents included ("méthotrexate"); case does not matter. */
  spelling: string;
  /** A form of `drugs.ts` naming the same substance (the generator refuses an unknown one). */
  of: string;
  languages: readonly Language[];
  /** A public page (label, formulary, monograph) that writes it this way. */
  source: string;
  asOf: string;
}

const AS_OF = '2026-12-01';

/**
 * National INN spellings of our drugs, each seen on a public label, formulary or monograph
 * (`source`). Only spellings that differ from the English forms are listed, and only those a
 * page could be found for; new drugs (abrocitinib, upadacitinib, dupilumab, …) are written alike
 * in every language listed. Matching folds case, and an accented letter also matches its plain
 * letter, so "Methotrexat" and "METHOTREXAT" are one entry and "léflunomide" covers
 * "leflunomide"; German genitives ("des Methotrexats") are added by the generator.
 */
export const NATIONAL_SPELLINGS: readonly NationalSpelling[] = [
  {
    spelling: 'Methotrexat',
    of: 'methotrexate',
    languages: ['de'],
    source:
      'https://imedikament.de/methotrexat-sigillata-17-5-mg-injektionsloesung-in-einer-fertigspritze/fachinformation',
    asOf: AS_OF,
  },
  {
    spelling: 'Azathioprin',
    of: 'azathioprine',
    languages: ['de'],
    source: 'https://www.kinderformularium.de/monographie/41117/azathioprin',
    asOf: AS_OF,
  },
  {
    spelling: 'Leflunomid',
    of: 'leflunomide',
    languages: ['de'],
    source: 'https://gpa-info.org/?p=703',
    asOf: AS_OF,
  },
  {
    spelling: 'Mycophenolatmofetil',
    of: 'mycophenolate mofetil',
    languages: ['de'],
    source: 'https://gpa-info.org/?p=703',
    asOf: AS_OF,
  },
  {
    spelling: 'Sulfasalazin',
    of: 'sulfasalazine',
    languages: ['de'],
    source: 'https://studylibde.com/doc/16707612/mtx-25-mg-hexal%C2%AE-injekt---medikamente-per',
    asOf: AS_OF,
  },
  {
    spelling: 'méthotrexate',
    of: 'methotrexate',
    languages: ['fr'],
    source: 'https://www.vidal.fr/medicaments/imprimer/1249/arava/',
    asOf: AS_OF,
  },
  {
    spelling: 'léflunomide',
    of: 'leflunomide',
    languages: ['fr'],
    source: 'https://www.vidal.fr/medicaments/imprimer/1249/arava/',
    asOf: AS_OF,
  },
  {
    spelling: 'ciclosporine',
    of: 'ciclosporin',
    languages: ['nl', 'fr'],
    source:
      'https://5dok.net/document/yj7r0k56-bijlage-iii-samenvatting-van-productkenmerken-etikettering-bijsluiter.html',
    asOf: AS_OF,
  },
  {
    spelling: 'metotrexato',
    of: 'methotrexate',
    languages: ['es', 'it', 'pt'],
    source:
      'https://1library.co/document/nq7nl4oz-uso-metotrexato-azatioprina-micofenolato-mofetilo-dermatologa.html',
    asOf: AS_OF,
  },
  {
    spelling: 'azatioprina',
    of: 'azathioprine',
    languages: ['es', 'pt'],
    source:
      'https://1library.co/document/nq7nl4oz-uso-metotrexato-azatioprina-micofenolato-mofetilo-dermatologa.html',
    asOf: AS_OF,
  },
  {
    spelling: 'micofenolato de mofetilo',
    of: 'mycophenolate mofetil',
    languages: ['es'],
    source:
      'https://1library.co/document/nq7nl4oz-uso-metotrexato-azatioprina-micofenolato-mofetilo-dermatologa.html',
    asOf: AS_OF,
  },
  {
    spelling: 'micofenolato de mofetila',
    of: 'mycophenolate mofetil',
    languages: ['pt'],
    source:
      'https://para-que-serve-remedio.com/micofenolato-de-mofetila-accord-farmaceutica-ltda-165919/bula-do-profissional-da-saude',
    asOf: AS_OF,
  },
  {
    spelling: 'ciclosporina',
    of: 'ciclosporin',
    languages: ['pt', 'es', 'it'],
    source: 'https://bula.gratis/germed_farmaceutica_ltda/1/ciclosporina/profissional',
    asOf: AS_OF,
  },
  {
    spelling: 'leflunomida',
    of: 'leflunomide',
    languages: ['pt', 'es'],
    source:
      'https://www.bulas.med.br/p/bulas-de-medicamentos/bula/1353298/leflunomida-comprimido-20-mg.htm',
    asOf: AS_OF,
  },
  {
    spelling: 'methotrexaat',
    of: 'methotrexate',
    languages: ['nl'],
    source:
      'https://www.farmacotherapeutischkompas.nl/vergelijken/preparaatteksten?vergelijkTeksten=methotrexaat__bij_inflammatoire_aandoening_,azathioprine',
    asOf: AS_OF,
  },
  {
    spelling: 'mycofenolaatmofetil',
    of: 'mycophenolate mofetil',
    languages: ['nl'],
    source: 'https://zivi.be/nl/bijsluiters/mycophenolate-mofetil-teva-500-mg',
    asOf: AS_OF,
  },
  {
    spelling: 'mycofenolaat mofetil',
    of: 'mycophenolate mofetil',
    languages: ['nl'],
    source: 'https://adoc.pub/de-tabletten-dienen-niet-te-worden-fijngemaakt-of-te-worden-.html',
    asOf: AS_OF,
  },
  {
    spelling: 'mycofenolzuur',
    of: 'mycophenolic acid',
    languages: ['nl'],
    source:
      'https://farmacotherapeutischkompas.nl/vergelijken/preparaatteksten?vergelijkTeksten=mycofenolzuur%2Cmycofenolaatmofetil',
    asOf: AS_OF,
  },
  {
    spelling: 'Ciclosporinum',
    of: 'ciclosporin',
    languages: ['la'],
    source: 'https://ch.oddb.org/dt/gcc/fachinfo/reg/44915',
    asOf: AS_OF,
  },
  {
    spelling: 'Leflunomidum',
    of: 'leflunomide',
    languages: ['la'],
    source: 'https://ch.oddb.org/fr/gcc/fachinfo/reg/61443',
    asOf: AS_OF,
  },
];

/**
 * Word endings a German compound may add to a drug name written solid ("Ciclosporintherapie",
 * "Methotrexattabletten"): only these, so "Upadacitinibx" stays unmatched. The name alone is
 * highlighted.
 */
export const GERMAN_COMPOUND_SUFFIXES: readonly string[] = [
  'therapie',
  'therapien',
  'behandlung',
  'behandlungen',
  'gabe',
  'dosis',
  'dosierung',
  'tablette',
  'tabletten',
  'kapseln',
  'creme',
  'salbe',
  'spiegel',
  'einnahme',
  'patienten',
  'studie',
  'studien',
  'wirkung',
  'nebenwirkungen',
  'pause',
];

/** Everything the generator reads besides `drugs.ts`. */
export const LEXICON_EXTRA = {
  ambiguous: AMBIGUOUS_FORMS,
  national: NATIONAL_SPELLINGS,
  compoundSuffixes: GERMAN_COMPOUND_SUFFIXES,
};
