import type { Source } from './schema';

/** Every source the dataset cites. The interview is the only source of notes. */
export const sources: Source[] = [
  {
    id: 'song-2025-interview',
    kind: 'interview',
    title: 'JAK Inhibitors in Atopic Dermatitis Treatment',
    author: 'Dr Eingun James Song',
    publication: 'The Dermatologist',
    publisher: 'HMP Global',
    year: 2025,
    attribution: '© 2025 HMP Global. All Rights Reserved.',
  },
  {
    id: 'aad-2023-guideline',
    kind: 'reference',
    title:
      'Guidelines of care for the management of atopic dermatitis in adults with phototherapy and systemic therapies',
    author: 'Davis DMR et al.',
    publication: 'Journal of the American Academy of Dermatology',
    publisher: 'American Academy of Dermatology / Elsevier',
    year: 2024,
    url: 'https://doi.org/10.1016/j.jaad.2023.08.102',
  },
  {
    id: 'blauvelt-2022-jade-regimen',
    kind: 'reference',
    title:
      'Abrocitinib induction, randomized withdrawal, and retreatment in patients with moderate-to-severe atopic dermatitis: results from the JAK1 Atopic Dermatitis Efficacy and Safety (JADE) REGIMEN phase 3 trial',
    author: 'Blauvelt A et al.',
    publication: 'Journal of the American Academy of Dermatology',
    publisher: 'American Academy of Dermatology / Elsevier',
    year: 2022,
    url: 'https://doi.org/10.1016/j.jaad.2021.05.075',
  },
  {
    id: 'fda-2021-jak-boxed-warning',
    kind: 'regulator',
    title:
      'FDA requires warnings about increased risk of serious heart-related events, cancer, blood clots, and death for JAK inhibitors that treat certain chronic inflammatory conditions',
    author: 'US Food and Drug Administration',
    publication: 'FDA Drug Safety Communication (1 September 2021)',
    publisher: 'US Food and Drug Administration',
    year: 2021,
  },
  {
    id: 'oshea-2015-jak-stat',
    kind: 'reference',
    title: 'The JAK-STAT pathway: impact on human disease and therapeutic intervention',
    author: "O'Shea JJ et al.",
    publication: 'Annual Review of Medicine',
    publisher: 'Annual Reviews',
    year: 2015,
    url: 'https://doi.org/10.1146/annurev-med-051113-024537',
  },
  {
    id: 'reich-2022-jade-dare',
    kind: 'reference',
    title:
      'Efficacy and safety of abrocitinib versus dupilumab in adults with moderate-to-severe atopic dermatitis: a randomised, double-blind, multicentre phase 3 trial',
    author: 'Reich K et al.',
    publication: 'The Lancet 2022;400:273-282',
    publisher: 'Elsevier',
    year: 2022,
  },
  {
    id: 'ytterberg-2022-oral-surveillance',
    kind: 'reference',
    title: 'Cardiovascular and Cancer Risk with Tofacitinib in Rheumatoid Arthritis',
    author: 'Ytterberg SR et al.',
    publication: 'New England Journal of Medicine 2022;386:316-326',
    publisher: 'Massachusetts Medical Society',
    year: 2022,
    url: 'https://doi.org/10.1056/NEJMoa2109927',
  },
];
