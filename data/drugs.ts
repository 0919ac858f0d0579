import type { Approval, BrandName, Drug, Region, ResearchCode, SaltForm } from './schema';

/**
 * Drug facts that do not come from the interview: names by region, research codes, salts,
 * approvals. Each carries the public source it was checked against and an as-of date. Brand lists
 * are deliberately limited to names that cannot be mistaken for ordinary words on a page; the
 * matcher highlights every form listed here, so an entry is a promise about false hits too.
 */
const AS_OF = '2026-11-26';

type SourceId = 'fda-dailymed' | 'ema-epar' | 'pmda' | 'who-inn' | 'mhra-products';

const brand = (
  name: string,
  regions: Region[],
  form: string,
  sourceId: SourceId = 'fda-dailymed',
): BrandName => ({ name, regions, form, sourceId, asOf: AS_OF });

const code = (c: string, sourceId: SourceId = 'who-inn'): ResearchCode => ({
  code: c,
  sourceId,
  asOf: AS_OF,
});

const salt = (name: string, sourceId: SourceId = 'fda-dailymed'): SaltForm => ({
  name,
  sourceId,
  asOf: AS_OF,
});

const SOURCE_BY_REGION: Partial<Record<Region, SourceId>> = {
  US: 'fda-dailymed',
  EU: 'ema-epar',
  JP: 'pmda',
  UK: 'mhra-products',
};

const approval = (
  region: keyof typeof SOURCE_BY_REGION,
  status: Approval['status'],
  detail?: string,
): Approval => ({
  region,
  status,
  ...(detail !== undefined && { detail }),
  sourceId: SOURCE_BY_REGION[region]!,
  asOf: AS_OF,
});

/**
 * Not licensed for atopic dermatitis in the US; used off-label. Only the US label is cited: in
 * Europe these older drugs are licensed country by country, with differing indications.
 */
const offLabelUs = (otherUses: string): Approval[] => [
  approval('US', 'approved-other-indications', `Not approved for AD; approved for ${otherUses}.`),
];

const MAJOR: Region[] = ['US', 'EU', 'UK', 'JP'];

export const drugs: Drug[] = [
  {
    id: 'abrocitinib',
    names: {
      generic: 'abrocitinib',
      variants: [],
      brands: [brand('Cibinqo', MAJOR, 'tablet')],
      codes: [code('PF-04965842')],
      salts: [],
      suffixed: [],
    },
    classes: ['oral-jak-inhibitor'],
    targets: ['JAK1'],
    selectivity: 'JAK1-selective',
    routes: ['oral'],
    approvals: [
      approval(
        'US',
        'approved',
        'Adults and adolescents 12+ with refractory moderate-to-severe AD not controlled by other systemic drugs, including biologics, or when those are inadvisable.',
      ),
      approval(
        'EU',
        'approved',
        'Moderate-to-severe AD in patients who are candidates for systemic therapy.',
      ),
      approval('JP', 'approved', 'AD not adequately controlled by existing therapies.'),
    ],
    summary: 'Once-daily oral JAK1-selective inhibitor developed for atopic dermatitis.',
    namedInInterview: true,
  },
  {
    id: 'azathioprine',
    names: {
      generic: 'azathioprine',
      variants: [],
      brands: [brand('Imuran', ['US', 'UK'], 'tablet'), brand('Azasan', ['US'], 'tablet')],
      codes: [],
      salts: [salt('azathioprine sodium')],
      suffixed: [],
    },
    classes: ['conventional-systemic-immunosuppressant'],
    targets: ['purine synthesis (thiopurine antimetabolite)'],
    routes: ['oral', 'intravenous'],
    approvals: offLabelUs('kidney-transplant rejection prophylaxis and rheumatoid arthritis'),
    summary: 'Older oral thiopurine immunosuppressant, sometimes used off-label for severe AD.',
    namedInInterview: false,
  },
  {
    id: 'baricitinib',
    names: {
      generic: 'baricitinib',
      variants: [],
      brands: [brand('Olumiant', MAJOR, 'tablet')],
      codes: [code('INCB028050'), code('LY3009104')],
      salts: [],
      suffixed: [],
    },
    classes: ['oral-jak-inhibitor'],
    targets: ['JAK1', 'JAK2'],
    selectivity: 'JAK1/JAK2-selective',
    routes: ['oral'],
    approvals: [
      approval(
        'US',
        'approved-other-indications',
        'Not approved for AD; approved for rheumatoid arthritis, alopecia areata and COVID-19.',
      ),
      approval(
        'EU',
        'approved',
        'Moderate-to-severe AD in adults and children 2+ who are candidates for systemic therapy.',
      ),
      approval('JP', 'approved', 'AD not adequately controlled by existing therapies.'),
    ],
    summary: 'Oral JAK1/JAK2 inhibitor licensed for AD in Europe and Japan but not in the US.',
    namedInInterview: true,
  },
  {
    id: 'crisaborole',
    names: {
      generic: 'crisaborole',
      variants: [],
      brands: [
        brand('Eucrisa', ['US'], 'ointment'),
        /** EU name (see its EPAR for the current status); it still appears in European literature. */
        brand('Staquis', ['EU'], 'ointment', 'ema-epar'),
      ],
      codes: [code('AN2728')],
      salts: [],
      suffixed: [],
    },
    classes: ['topical-pde4-inhibitor'],
    targets: ['PDE4'],
    routes: ['topical'],
    approvals: [
      approval('US', 'approved', 'Mild-to-moderate AD in patients 3 months of age and older.'),
    ],
    summary: 'Boron-based topical PDE4 inhibitor ointment for mild-to-moderate AD.',
    namedInInterview: false,
  },
  {
    id: 'cyclosporine',
    names: {
      generic: 'cyclosporine',
      variants: ['ciclosporin', 'cyclosporin'],
      brands: [
        brand('Neoral', ['US', 'EU', 'UK', 'JP'], 'capsule, oral solution'),
        brand('Sandimmune', ['US'], 'capsule, oral solution, injection'),
        brand('Sandimmun', ['EU', 'UK'], 'capsule, oral solution, infusion', 'mhra-products'),
        brand('Gengraf', ['US'], 'capsule, oral solution'),
      ],
      codes: [],
      salts: [],
      suffixed: [],
    },
    classes: ['conventional-systemic-immunosuppressant'],
    targets: ['calcineurin'],
    routes: ['oral', 'intravenous'],
    approvals: [
      approval(
        'US',
        'approved-other-indications',
        'Not approved for AD; approved for transplant rejection prophylaxis, rheumatoid arthritis and psoriasis.',
      ),
      approval(
        'UK',
        'approved',
        'Short-term treatment of severe AD in adults when systemic therapy is needed.',
      ),
      approval('JP', 'approved', 'Adults with AD not adequately controlled by existing therapies.'),
    ],
    summary:
      'Fast-acting oral calcineurin inhibitor; a long-standing short-term option for severe AD.',
    namedInInterview: false,
  },
  {
    id: 'delgocitinib',
    names: {
      generic: 'delgocitinib',
      variants: [],
      brands: [
        brand('Corectim', ['JP'], 'ointment', 'pmda'),
        brand('Anzupgo', ['EU', 'US'], 'cream', 'ema-epar'),
      ],
      codes: [code('JTE-052'), code('LEO-124249')],
      salts: [],
      suffixed: [],
    },
    classes: ['topical-jak-inhibitor'],
    targets: ['JAK1', 'JAK2', 'JAK3', 'TYK2'],
    selectivity: 'pan-JAK',
    routes: ['topical'],
    approvals: [
      approval('JP', 'approved', 'AD in adults and children 2+, as an ointment.'),
      approval(
        'EU',
        'approved-other-indications',
        'Not approved for AD; approved as a cream for chronic hand eczema.',
      ),
      approval(
        'US',
        'approved-other-indications',
        'Not approved for AD; approved as a cream for chronic hand eczema.',
      ),
    ],
    summary:
      'Topical pan-JAK inhibitor: an AD ointment in Japan, a hand-eczema cream in the EU and US.',
    namedInInterview: false,
  },
  {
    id: 'dupilumab',
    names: {
      generic: 'dupilumab',
      variants: [],
      brands: [brand('Dupixent', MAJOR, 'subcutaneous injection (prefilled syringe or pen)')],
      codes: [code('REGN668'), code('SAR231893')],
      salts: [],
      suffixed: [],
    },
    classes: ['il-4r-biologic'],
    targets: ['IL-4Rα'],
    selectivity: 'blocks IL-4 and IL-13 signalling through the shared IL-4Rα chain',
    routes: ['subcutaneous'],
    approvals: [
      approval(
        'US',
        'approved',
        'Moderate-to-severe AD not adequately controlled by topical therapy, from 6 months of age.',
      ),
      approval(
        'EU',
        'approved',
        'Moderate-to-severe AD in patients who are candidates for systemic therapy, from 6 months of age.',
      ),
      approval('JP', 'approved', 'AD not adequately controlled by existing therapies.'),
    ],
    summary:
      'First biologic for AD: an injected antibody against IL-4Rα that blocks IL-4 and IL-13.',
    namedInInterview: true,
  },
  {
    id: 'lebrikizumab',
    names: {
      generic: 'lebrikizumab',
      variants: [],
      brands: [
        brand('Ebglyss', ['US', 'EU', 'UK'], 'subcutaneous injection (prefilled syringe or pen)'),
      ],
      codes: [code('LY3650150'), code('RG3637')],
      salts: [],
      suffixed: ['lebrikizumab-lbkz'],
    },
    classes: ['il-13-biologic'],
    targets: ['IL-13'],
    routes: ['subcutaneous'],
    approvals: [
      approval(
        'US',
        'approved',
        'Moderate-to-severe AD in adults and adolescents 12+ weighing at least 40 kg.',
      ),
      approval(
        'EU',
        'approved',
        'Moderate-to-severe AD in adults and adolescents 12+ weighing at least 40 kg who are candidates for systemic therapy.',
      ),
    ],
    summary: 'Injected antibody against IL-13 for moderate-to-severe AD.',
    namedInInterview: false,
  },
  {
    id: 'leflunomide',
    names: {
      generic: 'leflunomide',
      variants: [],
      brands: [brand('Arava', ['US', 'EU'], 'tablet')],
      codes: [code('HWA-486')],
      salts: [],
      suffixed: [],
    },
    classes: ['csdmard'],
    targets: ['DHODH'],
    routes: ['oral'],
    approvals: offLabelUs('rheumatoid arthritis'),
    summary: 'Oral rheumatoid-arthritis DMARD that blocks pyrimidine synthesis; not an AD drug.',
    namedInInterview: true,
  },
  {
    id: 'methotrexate',
    names: {
      generic: 'methotrexate',
      variants: ['amethopterin'],
      brands: [
        brand('Trexall', ['US'], 'tablet'),
        brand('Otrexup', ['US'], 'subcutaneous auto-injector'),
        brand('Rasuvo', ['US'], 'subcutaneous auto-injector'),
        brand('Jylamvo', ['US', 'EU'], 'oral solution'),
        brand('Xatmep', ['US'], 'oral solution'),
        brand('Metoject', ['EU', 'UK'], 'subcutaneous injection', 'mhra-products'),
      ],
      codes: [],
      salts: [salt('methotrexate sodium')],
      suffixed: [],
    },
    classes: ['conventional-systemic-immunosuppressant', 'csdmard'],
    targets: ['DHFR (folate antagonist)'],
    routes: ['oral', 'subcutaneous'],
    approvals: offLabelUs('rheumatoid arthritis, psoriasis and some cancers'),
    summary:
      'Low-dose weekly folate antagonist used off-label for AD and as the anchor DMARD in RA.',
    namedInInterview: true,
  },
  {
    id: 'mycophenolate',
    names: {
      generic: 'mycophenolate',
      variants: ['mycophenolic acid'],
      brands: [
        brand('CellCept', ['US', 'EU', 'JP'], 'capsule, tablet, oral suspension, infusion'),
        brand('Myfortic', ['US'], 'delayed-release tablet'),
      ],
      codes: [code('RS-61443')],
      salts: [salt('mycophenolate mofetil'), salt('mycophenolate sodium')],
      suffixed: [],
    },
    classes: ['conventional-systemic-immunosuppressant'],
    targets: ['IMPDH'],
    routes: ['oral', 'intravenous'],
    approvals: offLabelUs('transplant rejection prophylaxis'),
    summary:
      'Oral IMPDH inhibitor from transplant medicine, sometimes used off-label for severe AD.',
    namedInInterview: false,
  },
  {
    id: 'nemolizumab',
    names: {
      generic: 'nemolizumab',
      variants: [],
      brands: [
        brand('Nemluvio', ['US', 'EU'], 'subcutaneous injection (prefilled pen)'),
        brand('Mitchga', ['JP'], 'subcutaneous injection', 'pmda'),
      ],
      codes: [code('CIM331')],
      salts: [],
      suffixed: ['nemolizumab-ilto'],
    },
    classes: ['il-31r-biologic'],
    targets: ['IL-31RA'],
    routes: ['subcutaneous'],
    approvals: [
      approval(
        'US',
        'approved',
        'Moderate-to-severe AD in patients 12+, used with topical corticosteroids and/or calcineurin inhibitors; also prurigo nodularis.',
      ),
      approval(
        'EU',
        'approved',
        'Moderate-to-severe AD in patients 12+ who are candidates for systemic therapy; also prurigo nodularis.',
      ),
      approval('JP', 'approved', 'Itch of AD not adequately controlled by existing therapies.'),
    ],
    summary: 'Injected antibody against the IL-31 receptor, the "itch cytokine" pathway.',
    namedInInterview: false,
  },
  {
    id: 'pimecrolimus',
    names: {
      generic: 'pimecrolimus',
      variants: [],
      brands: [brand('Elidel', ['US', 'EU'], 'cream')],
      codes: [code('ASM-981')],
      salts: [],
      suffixed: [],
    },
    classes: ['topical-calcineurin-inhibitor'],
    targets: ['calcineurin'],
    routes: ['topical'],
    approvals: [
      approval(
        'US',
        'approved',
        'Second-line treatment of mild-to-moderate AD in non-immunocompromised patients 2+.',
      ),
    ],
    summary: 'Steroid-free calcineurin-inhibitor cream for mild-to-moderate AD.',
    namedInInterview: false,
  },
  {
    id: 'roflumilast',
    names: {
      generic: 'roflumilast',
      variants: [],
      brands: [
        brand('Zoryve', ['US'], 'cream, topical foam'),
        brand('Daliresp', ['US'], 'tablet (COPD)'),
        brand('Daxas', ['EU'], 'tablet (COPD)', 'ema-epar'),
      ],
      codes: [code('ARQ-151'), code('ARQ-154')],
      salts: [],
      suffixed: [],
    },
    classes: ['topical-pde4-inhibitor'],
    targets: ['PDE4'],
    routes: ['topical', 'oral'],
    approvals: [
      approval(
        'US',
        'approved',
        'Mild-to-moderate AD, as a cream (first approved for patients 6+).',
      ),
    ],
    summary: 'PDE4 inhibitor: once-daily cream for AD and psoriasis, and an older oral COPD drug.',
    namedInInterview: false,
  },
  {
    id: 'ruxolitinib',
    names: {
      generic: 'ruxolitinib',
      variants: [],
      brands: [
        brand('Opzelura', ['US', 'EU'], 'cream'),
        brand('Jakafi', ['US'], 'tablet'),
        brand('Jakavi', ['EU', 'UK', 'JP'], 'tablet', 'ema-epar'),
      ],
      codes: [code('INCB018424'), code('INC424')],
      salts: [salt('ruxolitinib phosphate')],
      suffixed: [],
    },
    classes: ['topical-jak-inhibitor'],
    targets: ['JAK1', 'JAK2'],
    selectivity: 'JAK1/JAK2-selective',
    routes: ['topical', 'oral'],
    approvals: [
      approval(
        'US',
        'approved',
        'Cream for short-term, non-continuous treatment of mild-to-moderate AD in non-immunocompromised patients not controlled by other topical prescriptions.',
      ),
      approval(
        'EU',
        'approved-other-indications',
        'Cream approved for non-segmental vitiligo, not for AD.',
      ),
    ],
    summary:
      'JAK1/JAK2 inhibitor: the first topical JAK cream for AD (Opzelura); oral for blood cancers.',
    namedInInterview: false,
  },
  {
    id: 'sulfasalazine',
    names: {
      generic: 'sulfasalazine',
      variants: ['sulphasalazine', 'salazosulfapyridine'],
      brands: [
        brand('Azulfidine', ['US', 'JP'], 'tablet, delayed-release tablet'),
        brand('Salazopyrin', ['EU', 'UK'], 'tablet, gastro-resistant tablet', 'mhra-products'),
      ],
      codes: [],
      salts: [],
      suffixed: [],
    },
    classes: ['csdmard'],
    targets: ['not fully defined (5-aminosalicylate and sulfapyridine prodrug)'],
    routes: ['oral'],
    approvals: offLabelUs('ulcerative colitis and rheumatoid arthritis'),
    summary: 'Oral DMARD for rheumatoid arthritis and ulcerative colitis; not an AD drug.',
    namedInInterview: true,
  },
  {
    id: 'tacrolimus',
    names: {
      generic: 'tacrolimus',
      variants: [],
      brands: [
        brand('Protopic', ['US', 'EU', 'JP'], 'ointment'),
        brand('Prograf', ['US', 'EU', 'JP'], 'capsule, injection'),
        brand('Advagraf', ['EU', 'UK'], 'prolonged-release capsule', 'ema-epar'),
        brand('Envarsus XR', ['US'], 'extended-release tablet'),
      ],
      codes: [code('FK506')],
      salts: [],
      suffixed: [],
    },
    classes: ['topical-calcineurin-inhibitor'],
    targets: ['calcineurin'],
    routes: ['topical', 'oral', 'intravenous'],
    approvals: [
      approval(
        'US',
        'approved',
        'Ointment, second-line for moderate-to-severe AD in non-immunocompromised patients 2+.',
      ),
      approval(
        'EU',
        'approved',
        'Ointment for moderate-to-severe AD not adequately controlled by conventional therapy.',
      ),
      approval('JP', 'approved', 'Ointment for AD.'),
    ],
    summary: 'Calcineurin inhibitor: a steroid-free AD ointment, and an oral transplant drug.',
    namedInInterview: false,
  },
  {
    id: 'tapinarof',
    names: {
      generic: 'tapinarof',
      variants: ['benvitimod'],
      brands: [brand('Vtama', ['US'], 'cream')],
      codes: [code('GSK2894512'), code('WBI-1001'), code('DMVT-505')],
      salts: [],
      suffixed: [],
    },
    classes: ['topical-ahr-agonist'],
    targets: ['aryl hydrocarbon receptor (AhR)'],
    routes: ['topical'],
    approvals: [
      approval('US', 'approved', 'Cream for AD in adults and children 2+; also plaque psoriasis.'),
    ],
    summary: 'Once-daily aryl hydrocarbon receptor agonist cream for AD and psoriasis.',
    namedInInterview: false,
  },
  {
    id: 'tofacitinib',
    names: {
      generic: 'tofacitinib',
      variants: ['tasocitinib'],
      brands: [
        brand('Xeljanz', MAJOR, 'tablet, oral solution'),
        brand('Xeljanz XR', ['US'], 'extended-release tablet'),
      ],
      codes: [code('CP-690550')],
      salts: [salt('tofacitinib citrate')],
      suffixed: [],
    },
    classes: ['oral-jak-inhibitor'],
    targets: ['JAK1', 'JAK3', 'JAK2'],
    selectivity: 'JAK1/JAK3-preferring, weaker on JAK2',
    routes: ['oral'],
    approvals: [
      approval(
        'US',
        'approved-other-indications',
        'Not approved for AD; approved for rheumatoid and psoriatic arthritis, ulcerative colitis, ankylosing spondylitis and polyarticular JIA.',
      ),
      approval(
        'EU',
        'approved-other-indications',
        'Not approved for AD; approved for inflammatory arthritis and ulcerative colitis.',
      ),
    ],
    summary:
      'First oral JAK inhibitor for rheumatoid arthritis; the ORAL Surveillance safety data come from it.',
    namedInInterview: true,
  },
  {
    id: 'tralokinumab',
    names: {
      generic: 'tralokinumab',
      variants: [],
      brands: [
        brand('Adbry', ['US'], 'subcutaneous injection (prefilled syringe or pen)'),
        brand(
          'Adtralza',
          ['EU', 'UK'],
          'subcutaneous injection (prefilled syringe or pen)',
          'ema-epar',
        ),
      ],
      codes: [code('CAT-354')],
      salts: [],
      suffixed: ['tralokinumab-ldrm'],
    },
    classes: ['il-13-biologic'],
    targets: ['IL-13'],
    routes: ['subcutaneous'],
    approvals: [
      approval(
        'US',
        'approved',
        'Moderate-to-severe AD in patients 12+ not adequately controlled by topical therapy.',
      ),
      approval(
        'EU',
        'approved',
        'Moderate-to-severe AD in adults and adolescents 12+ who are candidates for systemic therapy.',
      ),
    ],
    summary: 'Injected antibody against IL-13 for moderate-to-severe AD.',
    namedInInterview: true,
  },
  {
    id: 'upadacitinib',
    names: {
      generic: 'upadacitinib',
      variants: [],
      brands: [
        brand('Rinvoq', MAJOR, 'extended-release tablet'),
        brand('Rinvoq LQ', ['US'], 'oral solution'),
      ],
      codes: [code('ABT-494')],
      salts: [],
      suffixed: [],
    },
    classes: ['oral-jak-inhibitor'],
    targets: ['JAK1'],
    selectivity: 'JAK1-selective',
    routes: ['oral'],
    approvals: [
      approval(
        'US',
        'approved',
        'Adults and children 12+ with refractory moderate-to-severe AD not controlled by other systemic drugs, including biologics, or when those are inadvisable.',
      ),
      approval(
        'EU',
        'approved',
        'Moderate-to-severe AD in adults and adolescents 12+ who are candidates for systemic therapy.',
      ),
      approval(
        'JP',
        'approved',
        'AD not adequately controlled by existing therapies, adults and adolescents 12+.',
      ),
    ],
    summary:
      'Once-daily oral JAK1-selective inhibitor for AD and several other inflammatory diseases.',
    namedInInterview: true,
  },
];
