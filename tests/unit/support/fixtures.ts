/**
 * Small fixture datasets for the sidebar and search tests, independent of the real dataset so the
 * tests say exactly what they rely on.
 */
import type { Dataset, Drug, Note } from '@/data/schema';
import type { PageReport } from '@/core/report';

const supp = { sourceId: 'fda-labels', asOf: '2025-01-15' };

export function createDrug(overrides: Partial<Drug> & { id: string }): Drug {
  return {
    names: { generic: overrides.id, variants: [], brands: [], codes: [], salts: [], suffixed: [] },
    classes: ['oral-jak-inhibitor'],
    targets: ['JAK1'],
    routes: ['oral'],
    approvals: [],
    summary: `A test drug called ${overrides.id}.`,
    namedInInterview: true,
    ...overrides,
  };
}

export function createNote(overrides: Partial<Note> & { id: string }): Note {
  return {
    topic: 'efficacy',
    about: [{ kind: 'drug', drugs: ['upadacitinib'] }],
    paraphrase: 'A paraphrase.',
    quotes: ['A verbatim quote.'],
    sourceId: 'song-2025-interview',
    locator: 'Q1: test',
    ...overrides,
  };
}

export const upadacitinib = createDrug({
  id: 'upadacitinib',
  names: {
    generic: 'upadacitinib',
    variants: [],
    brands: [
      {
        name: 'Rinvoq',
        form: 'extended-release tablet',
        markets: [
          { region: 'US', ...supp },
          { region: 'EU', ...supp },
        ],
      },
    ],
    codes: [{ code: 'ABT-494', ...supp }],
    salts: [{ name: 'upadacitinib hemihydrate', ...supp }],
    suffixed: [],
  },
  selectivity: 'JAK1-selective',
  approvals: [{ region: 'US', status: 'approved', detail: 'adults and children 12+', ...supp }],
  summary: 'Oral JAK1-selective inhibitor.',
});

export const abrocitinib = createDrug({
  id: 'abrocitinib',
  names: {
    generic: 'abrocitinib',
    variants: [],
    brands: [{ name: 'Cibinqo', form: 'tablet', markets: [{ region: 'US', ...supp }] }],
    codes: [{ code: 'PF-04965842', ...supp }],
    salts: [],
    suffixed: [],
  },
  summary: 'Oral JAK1-selective inhibitor.',
});

export const baricitinib = createDrug({
  id: 'baricitinib',
  targets: ['JAK1', 'JAK2'],
  namedInInterview: false,
  summary: 'Oral JAK1/JAK2 inhibitor.',
});

export const dupilumab = createDrug({
  id: 'dupilumab',
  classes: ['il-4r-biologic'],
  targets: ['IL-4Rα'],
  routes: ['subcutaneous'],
  summary: 'Biologic blocking IL-4 receptor alpha.',
});

export function createDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    version: '1.2.3',
    asOf: '2025-06-01',
    sources: [
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
        id: 'fda-labels',
        kind: 'label',
        title: 'FDA prescribing information',
        author: 'US FDA',
        publication: 'Drugs@FDA',
        publisher: 'US FDA',
        year: 2025,
      },
    ],
    classes: [
      { id: 'jak-inhibitor', name: 'JAK inhibitors', description: 'Block Janus kinases.' },
      {
        id: 'oral-jak-inhibitor',
        name: 'Oral JAK inhibitors',
        parent: 'jak-inhibitor',
        group: 'oral-jak',
        description: 'Tablets.',
      },
      { id: 'biologic', name: 'Biologics', description: 'Injected antibodies.' },
      {
        id: 'il-4r-biologic',
        name: 'IL-4Rα antibodies',
        parent: 'biologic',
        description: 'Block IL-4Rα.',
      },
    ],
    drugs: [upadacitinib, abrocitinib, baricitinib, dupilumab],
    notes: [
      createNote({
        id: 'oral-jak-mechanism',
        topic: 'mechanism',
        about: [
          {
            kind: 'class',
            classId: 'oral-jak-inhibitor',
            drugs: ['upadacitinib', 'abrocitinib', 'baricitinib'],
          },
        ],
        paraphrase: 'JAK inhibitors act inside the cell.',
        quotes: ['JAK inhibitors work intracellularly.'],
      }),
      createNote({
        id: 'upa-efficacy',
        about: [{ kind: 'drug', drugs: ['upadacitinib'] }],
        paraphrase: 'Many patients reach EASI-90 quickly.',
        quotes: ['We see EASI-90 responses.'],
        locator: 'Q3: efficacy',
      }),
      createNote({
        id: 'jak-safety',
        topic: 'safety',
        about: [
          { kind: 'class', classId: 'jak-inhibitor', drugs: ['upadacitinib', 'baricitinib'] },
        ],
        paraphrase: 'The class carries a boxed warning.',
        quotes: ['There is a boxed warning.'],
        locator: 'Q4: safety',
        editorNote: 'The speaker says “tofacitinib”; context suggests another drug.',
      }),
      createNote({
        id: 'dupi-safety',
        topic: 'safety',
        about: [{ kind: 'drug', drugs: ['dupilumab'] }],
        paraphrase: 'Conjunctivitis is the main issue.',
        quotes: ['Conjunctivitis happens.'],
      }),
    ],
    glossary: [
      {
        id: 'easi-90',
        term: 'EASI-90',
        aliases: ['EASI 90'],
        definition: '90% improvement in EASI.',
        sourceId: 'song-2025-interview',
      },
      {
        id: 'boxed-warning',
        term: 'boxed warning',
        aliases: [],
        definition: 'The strongest FDA warning.',
        sourceId: 'fda-labels',
      },
      {
        id: 'tyk2',
        term: 'TYK2',
        aliases: [],
        definition: 'Tyrosine kinase 2.',
        sourceId: 'fda-labels',
      },
    ],
    comparison: {
      id: 'jak-vs-biologic',
      title: 'Oral JAK inhibitors vs biologics',
      columns: ['oral-jak-inhibitor', 'biologic'],
      rows: [
        {
          id: 'site',
          aspect: 'Site of action',
          jak: { text: 'Inside the cell', noteIds: ['oral-jak-mechanism'] },
          biologic: { text: 'Outside the cell', noteIds: ['oral-jak-mechanism'] },
        },
        {
          id: 'onset',
          aspect: 'Onset',
          jak: { text: 'Days', noteIds: ['upa-efficacy'] },
          biologic: { text: 'Weeks', noteIds: ['upa-efficacy'] },
        },
      ],
    },
    ...overrides,
  };
}

export function createReport(drugs: [string, number][]): PageReport {
  return {
    drugs: drugs.map(([drugId, count]) => ({ drugId, count, forms: [], context: '' })),
    totalMentions: drugs.reduce((n, [, c]) => n + c, 0),
    capped: false,
  };
}

/** Named starting points for the views: empty page, one drug, many drugs, long names, sparse data. */
export const scenarios = {
  empty: () => ({ dataset: createDataset(), report: createReport([]) }),
  oneDrug: () => ({ dataset: createDataset(), report: createReport([['upadacitinib', 3]]) }),
  manyDrugs: () => ({
    dataset: createDataset(),
    report: createReport([
      ['dupilumab', 2],
      ['upadacitinib', 5],
      ['abrocitinib', 1],
      ['baricitinib', 4],
    ]),
  }),
  longNames: () => {
    const long = createDrug({
      id: 'pneumonoultramicroscopicsilicovolcanoconiosisinib',
      names: {
        generic: 'pneumonoultramicroscopicsilicovolcanoconiosisinib',
        variants: [],
        brands: [
          {
            name: 'Supercalifragilisticexpialidocious XR',
            form: 'tablet',
            markets: [{ region: 'US', ...supp }],
          },
        ],
        codes: [],
        salts: [],
        suffixed: [],
      },
    });
    const dataset = createDataset();
    return {
      dataset: { ...dataset, drugs: [...dataset.drugs, long] },
      report: createReport([[long.id, 12]]),
    };
  },
  missingOptional: () => {
    const bare = createDrug({ id: 'bareinib', selectivity: undefined });
    return {
      dataset: createDataset({
        drugs: [bare],
        notes: [createNote({ id: 'n', about: [{ kind: 'drug', drugs: ['other'] }] })],
        glossary: [],
      }),
      report: createReport([
        ['bareinib', 1],
        ['not-in-dataset', 2],
      ]),
    };
  },
};
