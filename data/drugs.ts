import type {
  Approval,
  ApprovalStep,
  BrandMarket,
  BrandName,
  Drug,
  Region,
  ResearchCode,
  SaltForm,
} from './schema';

/**
 * Drug facts that do not come from the interview: names by region, research codes, salts and
 * forms, approvals. Each fact carries its own source and the date it was checked: a brand is
 * attested region by region (a US label never stands behind an EU or Japanese brand), an
 * approval lists its dated steps, and a research code cites a document that states it. Brand
 * lists are deliberately limited to names that cannot be mistaken for ordinary words on a page;
 * the matcher highlights every form listed here, so an entry is a promise about false hits too.
 */

/** The date of the fact check behind dataset 1.1.0 (see data/CHANGELOG.md). */
const CHECKED = '2026-12-01';
/**
 * Facts entered in 1.0.0 and not re-checked in 1.1.0. They keep their original date and cite
 * their own region's regulator database, where a reader can check them.
 */
const ENTERED = '2026-11-26';

/** Each region's regulator database, the fallback source for a fact entered in 1.0.0. */
const REGULATOR: Partial<Record<Region, string>> = {
  US: 'fda-dailymed',
  EU: 'ema-epar',
  JP: 'pmda',
  UK: 'mhra-products',
};

/** A market confirmed in 1.1.0 by a source of that region. */
const market = (region: Region, sourceId: string, withdrawn?: string): BrandMarket => ({
  region,
  ...(withdrawn !== undefined && { withdrawn }),
  sourceId,
  asOf: CHECKED,
});

/** A market entered in 1.0.0 and not re-checked, backed by its region's regulator database. */
const entered = (region: Region): BrandMarket => ({
  region,
  sourceId: REGULATOR[region] ?? 'fda-dailymed',
  asOf: ENTERED,
});

const sold = (name: string, form: string, ...markets: BrandMarket[]): BrandName => ({
  name,
  form,
  markets,
});

/**
 * A brand entered in 1.0.0, one market per region, each backed by its own region's regulator
 * database (the optional source argument of 1.0.0 named one database for every region).
 */
const brand = (name: string, regions: Region[], form: string, _sourceId?: string): BrandName =>
  sold(name, form, ...regions.map(entered));

/**
 * Where each research code is stated: a trial registry, a sponsor document or the literature.
 * WHO INN lists do not record sponsor codes, so no code cites them.
 */
const CODE_SOURCE = {
  'AMG-451': 'eaaci-2025-rocket-horizon',
  AN2728: 'pmc-2016-crisaborole',
  'ABT-494': 'meddatax-nct03653026',
  'ARQ-151': 'arcutis-roflumilast-foam',
  'ARQ-154': 'arcutis-roflumilast-foam',
  'ASM-981': 'scilit-2001-pimecrolimus',
  'CAT-354': 'tralokinumab-cat-354-abstract',
  CIM331: 'm2pharma-2018-nemolizumab',
  CM310: 'marketscreener-2023-cm310',
  'CP-690550': 'imidforum-2010-tofacitinib',
  'DMVT-505': 'hzinnova-2020-tapinarof',
  FK506: 'wiley-2004-fk506-references',
  GSK2894512: 'biocentury-2018-tapinarof',
  'HWA-486': 'mult-sclerosis-2002-leflunomide',
  INC424: 'comfort-ii-protocol',
  INCB018424: 'ash-2008-incb018424',
  INCB28050: 'bloomberg-2013-baricitinib',
  'JTE-052': 'jt-jte-052-filing',
  'JTE-061': 'jt-jte-061-license',
  KHK4083: 'eaaci-2025-rocket-horizon',
  KY1005: 'medpath-amlitelimab-ky1005',
  LY3009104: 'bloomberg-2013-baricitinib',
  LY3650150: 'ct-gov-nct04250337',
  'OPA-15406': 'otsuka-2020-difamilast-filing',
  'PF-04965842': 'ct-gov-nct03575871',
  REGN668: 'ct-gov-nct01859988',
  SAR231893: 'ct-gov-nct01859988',
  SAR445229: 'jrct-2061240007',
  'WBI-1001': 'biocentury-2018-tapinarof',
} as const;

const code = (c: keyof typeof CODE_SOURCE): ResearchCode => ({
  code: c,
  sourceId: CODE_SOURCE[c],
  asOf: CHECKED,
});

/** A salt or solid form; without a source, a US label fact entered in 1.0.0. */
const salt = (name: string, sourceId?: string): SaltForm => ({
  name,
  sourceId: sourceId ?? 'fda-dailymed',
  asOf: sourceId ? CHECKED : ENTERED,
});

/** A dated step of an approval, checked in 1.1.0 unless `asOf` says otherwise. */
const step = (
  date: ApprovalStep['date'],
  population: string,
  sourceId: string,
  note?: string,
  asOf: string = CHECKED,
): ApprovalStep => ({
  date,
  population,
  ...(note !== undefined && { note }),
  sourceId,
  asOf,
});

/** An approval confirmed in 1.1.0: the current wording with its source, then the dated steps. */
const approved = (
  region: Region,
  detail: string,
  sourceId: string,
  ...history: ApprovalStep[]
): Approval => ({ region, status: 'approved', detail, history, sourceId, asOf: CHECKED });

/** A status that is not an AD approval (other indications, withdrawn, investigational). */
const status = (
  region: Region,
  s: Exclude<Approval['status'], 'approved'>,
  detail: string,
  sourceId: string,
): Approval => ({ region, status: s, detail, sourceId, asOf: CHECKED });

/**
 * An approval entered in 1.0.0 and not re-checked: its region's regulator database, its
 * original date, and for an AD approval one step that says plainly the date is not confirmed.
 */
const approval = (region: Region, s: Approval['status'], detail?: string): Approval => {
  const sourceId = REGULATOR[region] ?? 'fda-dailymed';
  return {
    region,
    status: s,
    ...(detail !== undefined && { detail }),
    ...(s === 'approved' && {
      history: [step('not-confirmed', detail ?? 'AD', sourceId, undefined, ENTERED)],
    }),
    sourceId,
    asOf: ENTERED,
  };
};

/**
 * Not licensed for atopic dermatitis in the US; used off-label. Only the US label is cited: in
 * Europe these older drugs are licensed country by country, with differing indications.
 */
const offLabelUs = (otherUses: string): Approval[] => [
  approval('US', 'approved-other-indications', `Not approved for AD; approved for ${otherUses}.`),
];

/** Said on every drug the interview does not discuss at all, so its card says so plainly. */
const NOT_DISCUSSED = 'The interview does not discuss it.';

export const drugs: Drug[] = [
  {
    id: 'abrocitinib',
    names: {
      generic: 'abrocitinib',
      variants: [],
      brands: [
        sold(
          'Cibinqo',
          'tablet',
          market('US', 'pfizer-us-cibinqo-dosing'),
          market('EU', 'ema-2024-cibinqo-chmp-summary'),
          market('UK', 'miragenews-2021-cibinqo-uk'),
          market('JP', 'carenet-2021-cibinqo-jp'),
          market('CA', 'pfizer-ca-cibinqo-monograph'),
          market('AU', 'tga-auspmd-cibinqo'),
        ),
      ],
      codes: [code('PF-04965842')],
      salts: [],
      suffixed: [],
    },
    classes: ['oral-jak-inhibitor'],
    targets: ['JAK1'],
    selectivity: 'JAK1-selective',
    routes: ['oral'],
    approvals: [
      approved(
        'US',
        'Adults and adolescents 12+ with refractory, moderate-to-severe AD not adequately controlled with other systemic drug products, including biologics, or when use of those therapies is inadvisable.',
        'maestro-2023-cibinqo-adolescents',
        step('2022-01-14', 'adults', 'seekingalpha-2022-cibinqo-fda'),
        step('2023-02-10', 'adolescents 12 to 17', 'maestro-2023-cibinqo-adolescents'),
      ),
      approved(
        'EU',
        'Moderate-to-severe AD in adults and adolescents 12+ who are candidates for systemic therapy.',
        'ema-2024-cibinqo-chmp-summary',
        step(
          'not-confirmed',
          'adults who are candidates for systemic therapy',
          'hospitalist-2021-cibinqo-chmp',
          'CHMP positive opinion 14 Oct 2021; the Commission decision date was not confirmed',
        ),
        step(
          'not-confirmed',
          'adolescents 12+',
          'ema-2024-cibinqo-chmp-summary',
          'CHMP positive opinion 22 Feb 2024; the Commission decision date was not confirmed',
        ),
      ),
      approved(
        'UK',
        'Moderate-to-severe AD in adults and adolescents 12+ who are candidates for systemic therapy.',
        'miragenews-2021-cibinqo-uk',
        step(
          '2021-09-09',
          'adults and adolescents 12+',
          'miragenews-2021-cibinqo-uk',
          'the first marketing authorisation for Cibinqo anywhere',
        ),
      ),
      {
        ...approval('JP', 'approved', 'AD not adequately controlled by existing therapies.'),
        history: [step('2021-09', 'atopic dermatitis', 'carenet-2021-cibinqo-jp')],
      },
      approved(
        'CA',
        'Patients 12+ with refractory moderate-to-severe AD, including the relief of itch, who have had an inadequate response to other systemic drugs (e.g. a steroid or a biologic), or for whom these are not advisable.',
        'pfizer-ca-cibinqo-monograph',
        step('not-confirmed', 'patients 12+', 'pfizer-ca-cibinqo-monograph'),
      ),
      approved(
        'AU',
        'Moderate-to-severe AD in adults who are candidates for systemic therapy, with or without medicated topical therapies.',
        'tga-cibinqo-indication',
        step(
          '2024-04-12',
          'adults',
          'tga-auspmd-cibinqo',
          'approved on the Administrative Appeals Tribunal outcome after a rejection on 13 Sep 2022; entered in the ARTG on 16 Apr 2024',
        ),
      ),
    ],
    summary: 'Once-daily oral JAK1-selective inhibitor developed for atopic dermatitis.',
    namedInInterview: true,
  },
  {
    id: 'amlitelimab',
    names: {
      generic: 'amlitelimab',
      variants: [],
      brands: [],
      codes: [code('KY1005'), code('SAR445229')],
      salts: [],
      suffixed: [],
    },
    classes: ['ox40-pathway-biologic'],
    targets: ['OX40 ligand (OX40L)'],
    selectivity: 'non-depleting antibody that blocks OX40L signalling',
    routes: ['subcutaneous'],
    approvals: [
      status(
        'INT',
        'not-approved',
        'Investigational: the phase 3 trials COAST 1, COAST 2 and SHORE reported in 2025 and January 2026; Sanofi plans global regulatory filings in the second half of 2026.',
        'healthcareinsights-2026-amlitelimab',
      ),
    ],
    summary: `Investigational injected antibody against OX40 ligand, in phase 3 trials for AD. ${NOT_DISCUSSED}`,
    namedInInterview: false,
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
      brands: [
        sold(
          'Olumiant',
          'tablet',
          market('US', 'seekingalpha-2022-olumiant-covid'),
          entered('EU'),
          market('UK', 'emc-olumiant-smpc'),
          entered('JP'),
          market('AU', 'nps-olumiant-cmi'),
        ),
      ],
      codes: [code('INCB28050'), code('LY3009104')],
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
      {
        ...approval(
          'EU',
          'approved',
          'Moderate-to-severe AD in adults and children 2+ who are candidates for systemic therapy.',
        ),
        history: [
          step(
            'not-confirmed',
            'adults who are candidates for systemic therapy',
            'advfn-2020-baricitinib-chmp',
            'CHMP positive opinion 18 Sep 2020; the Commission decision date was not confirmed',
          ),
        ],
      },
      approved(
        'UK',
        'Moderate-to-severe AD in adults and children 2+ who are candidates for systemic therapy.',
        'emc-olumiant-smpc',
        step(
          'not-confirmed',
          'adults and children 2+',
          'emc-olumiant-smpc',
          'indication as worded in the UK SmPC updated 30 Jul 2024',
        ),
      ),
      approval('JP', 'approved', 'AD not adequately controlled by existing therapies.'),
      approved(
        'AU',
        'Moderate-to-severe AD in adults, as the consumer medicine information lists it.',
        'nps-olumiant-cmi',
        step('not-confirmed', 'adults', 'nps-olumiant-cmi'),
      ),
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
        /** Never launched in the EU and withdrawn in 2022; the name still appears in European literature. */
        sold('Staquis', 'ointment', market('EU', 'pharmtech-2022-staquis', '2022-01-31')),
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
      status(
        'EU',
        'not-approved',
        'No longer authorised: Staquis was approved in March 2020, never launched, and its marketing authorisation was withdrawn at Pfizer’s request on 31 Jan 2022.',
        'pharmtech-2022-staquis',
      ),
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
        brand('Neoral', ['US', 'UK', 'JP'], 'capsule, oral solution'),
        brand('Sandimmune', ['US'], 'capsule, oral solution, injection'),
        brand('Sandimmun', ['UK'], 'capsule, oral solution, infusion'),
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
        sold('Corectim', 'ointment', market('JP', 'pharmic-2021-corectim')),
        sold(
          'Anzupgo',
          'cream',
          market('EU', 'pharmanow-2024-anzupgo-ec'),
          market('UK', 'parliamenttoday-2024-anzupgo-mhra'),
          market('US', 'epocrates-2025-anzupgo'),
        ),
      ],
      codes: [code('JTE-052')],
      salts: [],
      suffixed: [],
    },
    classes: ['topical-jak-inhibitor'],
    targets: ['JAK1', 'JAK2', 'JAK3', 'TYK2'],
    selectivity: 'pan-JAK',
    routes: ['topical'],
    approvals: [
      approved(
        'JP',
        'Ointment (0.25% and 0.5%) for AD in adults and children, including infants from 6 months.',
        'hk-hifu-corectim',
        step(
          '2020-01-23',
          'adults (0.5% ointment)',
          'adis-2020-delgocitinib',
          'a Japanese clinic page gives March 2020',
        ),
        step('2021', 'children 2+ (0.25% ointment)', 'pharmic-2021-corectim'),
        step(
          '2023-01',
          'infants from 6 months',
          'hk-hifu-corectim',
          'insurance coverage from 6 months began on 1 Feb 2023',
        ),
      ),
      status(
        'EU',
        'approved-other-indications',
        'Not approved for AD; approved in 2024 as a cream (Anzupgo) for moderate-to-severe chronic hand eczema in adults when topical corticosteroids are inadequate or inappropriate.',
        'pharmanow-2024-anzupgo-ec',
      ),
      status(
        'UK',
        'approved-other-indications',
        'Not approved for AD; authorised on 29 Nov 2024 as a cream for moderate-to-severe chronic hand eczema in adults.',
        'parliamenttoday-2024-anzupgo-mhra',
      ),
      status(
        'US',
        'approved-other-indications',
        'Not approved for AD; approved on 23 Jul 2025 as a cream for moderate-to-severe chronic hand eczema in adults who had an inadequate response to, or cannot use, topical corticosteroids.',
        'epocrates-2025-anzupgo',
      ),
    ],
    summary:
      'Topical pan-JAK inhibitor: an AD ointment in Japan, a hand-eczema cream in the EU, UK and US.',
    namedInInterview: false,
  },
  {
    id: 'difamilast',
    names: {
      generic: 'difamilast',
      variants: [],
      brands: [sold('Moizerto', 'ointment (0.3% and 1%)', market('JP', 'otsuka-2021-moizerto'))],
      codes: [code('OPA-15406')],
      salts: [],
      suffixed: [],
    },
    classes: ['topical-pde4-inhibitor'],
    targets: ['PDE4'],
    routes: ['topical'],
    approvals: [
      approved(
        'JP',
        'Ointment (0.3% and 1%) for AD in adults and children 2+.',
        'otsuka-2021-moizerto',
        step(
          '2021-09-27',
          'adults and children 2+',
          'otsuka-2021-moizerto',
          'as announced by Otsuka',
        ),
      ),
    ],
    summary: `Nonsteroidal topical PDE4 inhibitor ointment, approved for AD in Japan. ${NOT_DISCUSSED}`,
    namedInInterview: false,
  },
  {
    id: 'dupilumab',
    names: {
      generic: 'dupilumab',
      variants: [],
      brands: [
        sold(
          'Dupixent',
          'subcutaneous injection (prefilled syringe or pen)',
          market('US', 'fdanews-2022-dupixent-6-months'),
          market('EU', 'ema-epar-dupixent-summary'),
          entered('UK'),
          entered('JP'),
          market('CA', 'maestro-2021-dupixent-ca-6-11'),
          market('AU', 'dermcoll-dupixent-tga'),
        ),
      ],
      codes: [code('REGN668'), code('SAR231893')],
      salts: [],
      suffixed: [],
    },
    classes: ['il-4r-biologic'],
    targets: ['IL-4Rα'],
    selectivity: 'blocks IL-4 and IL-13 signalling through the shared IL-4Rα chain',
    routes: ['subcutaneous'],
    approvals: [
      {
        ...approval(
          'US',
          'approved',
          'Moderate-to-severe AD not adequately controlled by topical therapy, from 6 months of age.',
        ),
        history: [
          step('2017-03-28', 'adults', 'medscape-2019-dupilumab-adolescents'),
          step('2019-03', 'adolescents 12 to 17', 'medscape-2019-dupilumab-adolescents'),
          step('2022-06', 'children 6 months to 5 years', 'fdanews-2022-dupixent-6-months'),
        ],
      },
      {
        ...approval(
          'EU',
          'approved',
          'Moderate-to-severe AD in patients who are candidates for systemic therapy, from 6 months of age.',
        ),
        history: [
          step(
            '2017-09',
            'adults who are candidates for systemic therapy',
            'pharmaletter-2017-dupixent-eu',
          ),
          step('2019-08', 'adolescents 12 to 17', 'ipharmag-2019-dupixent-eu-adolescents'),
          step(
            '2023-03-21',
            'children 6 months to 5 years with severe AD',
            'maestro-2023-dupixent-eu-6-months',
          ),
        ],
      },
      {
        ...approval('JP', 'approved', 'AD not adequately controlled by existing therapies.'),
        history: [step('2018-01', 'adults', 'adisintouch-2018-dupilumab-jp')],
      },
      approved(
        'CA',
        'Moderate-to-severe AD not adequately controlled with topical prescription therapies.',
        'maestro-2021-dupixent-ca-6-11',
        step(
          '2017-12',
          'AD (population not stated in the source)',
          'adisintouch-2018-dupilumab-jp',
        ),
        step('2021-02-23', 'children 6 to 11', 'maestro-2021-dupixent-ca-6-11'),
      ),
      approved(
        'AU',
        'First registered for adults with moderate-to-severe AD who are candidates for chronic systemic therapy; later extensions not checked.',
        'dermcoll-dupixent-tga',
        step('not-confirmed', 'adults', 'dermcoll-dupixent-tga'),
      ),
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
        sold(
          'Ebglyss',
          'subcutaneous injection (prefilled syringe or pen)',
          market('US', 'lilly-us-ebglyss-pi'),
          market('EU', 'm2pharma-2023-ebglyss-eu'),
          market('JP', 'pmda-ebglyss-package-insert'),
          market('CA', 'health-canada-rds-ebglyss'),
          market('AU', 'tga-auspmd-ebglyss'),
        ),
      ],
      codes: [code('LY3650150')],
      salts: [],
      suffixed: ['lebrikizumab-lbkz'],
    },
    classes: ['il-13-biologic'],
    targets: ['IL-13'],
    routes: ['subcutaneous'],
    approvals: [
      approved(
        'US',
        'Adults and children 12+ who weigh at least 40 kg with moderate-to-severe AD not adequately controlled with topical prescription therapies or when those therapies are not advisable; with or without topical corticosteroids.',
        'lilly-us-ebglyss-pi',
        step(
          '2024-09-13',
          'adults and children 12+ weighing at least 40 kg',
          'lilly-2024-ebglyss-fda',
        ),
      ),
      approved(
        'EU',
        'Moderate-to-severe AD in adults and adolescents 12+ weighing at least 40 kg who are candidates for systemic therapy.',
        'm2pharma-2023-ebglyss-eu',
        step(
          '2023-11',
          'adults and adolescents 12+ weighing at least 40 kg',
          'm2pharma-2023-ebglyss-eu',
          'announced by Almirall on 17 Nov 2023',
        ),
      ),
      approved(
        'JP',
        'Adults and children 12+ weighing at least 40 kg, as dosed in the package insert.',
        'pmda-ebglyss-package-insert',
        step(
          '2024',
          'adults and children 12+ weighing at least 40 kg',
          'fiercepharma-2024-ebglyss',
          'before the US approval; on sale from May 2024',
        ),
      ),
      approved(
        'CA',
        'Moderate-to-severe AD in adults and adolescents 12+ weighing at least 40 kg not adequately controlled with topical prescription therapies or when those are not advisable.',
        'health-canada-rds-ebglyss',
        step(
          '2024-06',
          'adults and adolescents 12+ weighing at least 40 kg',
          'pearceip-2024-ebglyss-ca',
        ),
      ),
      approved(
        'AU',
        'Moderate-to-severe AD in adults and adolescents.',
        'tga-auspmd-ebglyss',
        step(
          '2024-05-16',
          'adults and adolescents',
          'tga-auspmd-ebglyss',
          'entered in the ARTG on 29 May 2024',
        ),
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
        brand('Metoject', ['UK'], 'subcutaneous injection'),
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
      codes: [],
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
        sold(
          'Nemluvio',
          'subcutaneous injection (prefilled pen)',
          market('US', 'epocrates-2024-nemluvio-ad'),
          market('EU', 'pearceip-2025-nemluvio'),
          market('UK', 'miragenews-2025-nemluvio-uk'),
          market('CA', 'galderma-ca-2026-nemluvio'),
        ),
        sold('Mitchga', 'subcutaneous injection', market('JP', 'yakuji-2022-mitchga')),
      ],
      codes: [code('CIM331')],
      salts: [],
      suffixed: ['nemolizumab-ilto'],
    },
    classes: ['il-31r-biologic'],
    targets: ['IL-31RA'],
    routes: ['subcutaneous'],
    approvals: [
      approved(
        'US',
        'Moderate-to-severe AD in patients 12+, in combination with topical corticosteroids and/or calcineurin inhibitors.',
        'epocrates-2024-nemluvio-ad',
        step('2024-12-14', 'patients 12+, with TCS and/or TCI', 'epocrates-2024-nemluvio-ad'),
      ),
      approved(
        'EU',
        'Moderate-to-severe AD in adults and adolescents 12+ weighing at least 30 kg who are candidates for systemic therapy, with topical corticosteroids and/or calcineurin inhibitors; also prurigo nodularis in adults.',
        'pearceip-2025-nemluvio',
        step(
          '2025-02-14',
          'adults and adolescents 12+ weighing at least 30 kg',
          'pearceip-2025-nemluvio',
        ),
      ),
      approved(
        'UK',
        'Moderate-to-severe AD in patients 12+ weighing at least 30 kg, with topical therapy; also prurigo nodularis in adults.',
        'miragenews-2025-nemluvio-uk',
        step('2025-02-17', 'patients 12+ weighing at least 30 kg', 'miragenews-2025-nemluvio-uk'),
      ),
      approved(
        'JP',
        'Itch of AD when existing treatment is not effective enough: patients 13+ (60 mg syringe) and children 6 to 12 (30 mg vial).',
        'mixonline-2024-mitchga-children',
        step('2022-03-28', 'adults and children 13+ (itch of AD)', 'adis-2022-nemolizumab'),
        step('2024-03', 'children 6 to 12 (itch of AD)', 'mixonline-2024-mitchga-children'),
      ),
      approved(
        'CA',
        'Moderate-to-severe AD in patients 12+ not adequately controlled with topical prescription therapies or when those are not advisable; also prurigo nodularis in adults.',
        'galderma-ca-2026-nemluvio',
        step('2026-01', 'patients 12+', 'galderma-ca-2026-nemluvio', 'announced on 12 Jan 2026'),
      ),
    ],
    summary: 'Injected antibody against the IL-31 receptor, the "itch cytokine" pathway.',
    namedInInterview: false,
  },
  {
    id: 'pimecrolimus',
    names: {
      generic: 'pimecrolimus',
      variants: [],
      brands: [brand('Elidel', ['US'], 'cream')],
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
    id: 'rocatinlimab',
    names: {
      generic: 'rocatinlimab',
      variants: [],
      brands: [],
      codes: [code('AMG-451'), code('KHK4083')],
      salts: [],
      suffixed: [],
    },
    classes: ['ox40-pathway-biologic'],
    targets: ['OX40 receptor'],
    selectivity: 'antibody against the OX40 receptor on T cells',
    routes: ['subcutaneous'],
    approvals: [
      status(
        'INT',
        'not-approved',
        'Investigational: the phase 3 trials ROCKET-IGNITE and ROCKET-HORIZON were published in The Lancet on 25 Nov 2025.',
        'healthday-2025-rocatinlimab-lancet',
      ),
    ],
    summary: `Investigational injected antibody against the OX40 receptor, in phase 3 trials for AD. ${NOT_DISCUSSED}`,
    namedInInterview: false,
  },
  {
    id: 'roflumilast',
    names: {
      generic: 'roflumilast',
      variants: [],
      brands: [],
      codes: [],
      salts: [],
      suffixed: [],
    },
    classes: [],
    targets: ['PDE4'],
    routes: ['topical', 'oral'],
    approvals: [],
    summary:
      'PDE4 inhibitor in two forms with different uses: a cream and foam for AD and psoriasis, and a tablet for COPD.',
    namedInInterview: false,
    forms: ['roflumilast-topical', 'roflumilast-oral'],
  },
  {
    id: 'roflumilast-oral',
    names: {
      generic: 'roflumilast',
      variants: [],
      brands: [
        brand('Daliresp', ['US'], 'tablet (COPD)'),
        brand('Daxas', ['EU'], 'tablet (COPD)', 'ema-epar'),
      ],
      codes: [],
      salts: [],
      suffixed: [],
    },
    classes: ['oral-pde4-inhibitor'],
    targets: ['PDE4'],
    routes: ['oral'],
    approvals: [],
    summary: 'Oral PDE4 inhibitor tablet for COPD; not an AD treatment.',
    namedInInterview: false,
    form: 'oral',
  },
  {
    id: 'roflumilast-topical',
    names: {
      generic: 'roflumilast',
      variants: [],
      brands: [sold('Zoryve', 'cream, topical foam', market('US', 'arcutis-2025-zoryve-0-05'))],
      codes: [code('ARQ-151'), code('ARQ-154')],
      salts: [],
      suffixed: [],
    },
    classes: ['topical-pde4-inhibitor'],
    targets: ['PDE4'],
    routes: ['topical'],
    approvals: [
      approved(
        'US',
        'Once-daily cream for mild-to-moderate AD: 0.15% for adults and children 6+, 0.05% for children 2 to 5.',
        'arcutis-2025-zoryve-0-05',
        step(
          '2024-07-09',
          'adults and children 6+ (0.15% cream)',
          'delveinsight-2024-zoryve',
          'the application covered the 0.15% cream down to age 6 (PDUFA date 7 Jul 2024)',
        ),
        step(
          '2025-10-06',
          'children 2 to 5 (0.05% cream)',
          'arcutis-2025-zoryve-0-05',
          'the date of Arcutis’s announcement; one secondary report gives 3 Oct 2025',
        ),
      ),
    ],
    summary: 'Once-daily topical PDE4 inhibitor cream for AD, and cream or foam for psoriasis.',
    namedInInterview: false,
    form: 'topical',
  },
  {
    id: 'ruxolitinib',
    names: {
      generic: 'ruxolitinib',
      variants: [],
      brands: [],
      codes: [code('INCB018424')],
      salts: [salt('ruxolitinib phosphate', 'medlibrary-opzelura')],
      suffixed: [],
    },
    classes: [],
    targets: ['JAK1', 'JAK2'],
    selectivity: 'JAK1/JAK2-selective',
    routes: ['topical', 'oral'],
    approvals: [],
    summary:
      'JAK1/JAK2 inhibitor in two forms with different uses: a cream for AD (Opzelura) and tablets for blood cancers (Jakafi, Jakavi).',
    namedInInterview: false,
    forms: ['ruxolitinib-topical', 'ruxolitinib-oral'],
  },
  {
    id: 'ruxolitinib-oral',
    names: {
      generic: 'ruxolitinib',
      variants: [],
      brands: [
        brand('Jakafi', ['US'], 'tablet'),
        brand('Jakavi', ['EU', 'UK', 'JP'], 'tablet', 'ema-epar'),
      ],
      /** Novartis's code, which replaced Incyte's INCB018424 in the oral myelofibrosis trials. */
      codes: [code('INC424')],
      salts: [],
      suffixed: [],
    },
    classes: ['oral-jak-inhibitor'],
    targets: ['JAK1', 'JAK2'],
    selectivity: 'JAK1/JAK2-selective',
    routes: ['oral'],
    approvals: [],
    summary:
      'Oral JAK1/JAK2 inhibitor for myelofibrosis and other blood disorders; not an AD treatment.',
    namedInInterview: false,
    form: 'oral',
  },
  {
    id: 'ruxolitinib-topical',
    names: {
      generic: 'ruxolitinib',
      variants: [],
      brands: [
        sold(
          'Opzelura',
          'cream',
          market('US', 'prescriberpoint-opzelura'),
          entered('EU'),
          market('UK', 'hospitalhealthcare-2023-opzelura-uk'),
          market('CA', 'incyte-ca-2025-opzelura'),
        ),
      ],
      codes: [],
      salts: [],
      suffixed: [],
    },
    classes: ['topical-jak-inhibitor'],
    targets: ['JAK1', 'JAK2'],
    selectivity: 'JAK1/JAK2-selective',
    routes: ['topical'],
    approvals: [
      approved(
        'US',
        'Cream 1.5% for short-term, non-continuous chronic treatment of mild-to-moderate AD in non-immunocompromised adults and children 2+ not adequately controlled with topical prescription therapies, or when those are not advisable; applied to at most 20% of body surface area, no more than 60 g a week.',
        'prescriberpoint-opzelura',
        step('2021-09-21', 'patients 12+', 'seekingalpha-2021-opzelura'),
        step('2025-09', 'children 2 to 11', 'epocrates-2025-opzelura-children'),
      ),
      approved(
        'CA',
        'Cream 1.5% for mild-to-moderate AD in pediatric patients 2+ not adequately controlled with conventional topical prescription therapies (topical corticosteroids or calcineurin inhibitors), or when those are not advisable.',
        'incyte-ca-2025-opzelura',
        step(
          '2025-10-15',
          'children 2 to 11',
          'incyte-ca-2025-opzelura',
          'announced as Opzelura’s third Canadian approval; the dates of the earlier ones are not confirmed',
        ),
      ),
      approval(
        'EU',
        'approved-other-indications',
        'Cream approved for non-segmental vitiligo, not for AD.',
      ),
      status(
        'UK',
        'approved-other-indications',
        'Authorised in July 2023 for non-segmental vitiligo with facial involvement in patients 12+; no UK authorisation for AD was found.',
        'hospitalhealthcare-2023-opzelura-uk',
      ),
    ],
    summary:
      'JAK1/JAK2 inhibitor cream for AD (Opzelura): the first topical JAK inhibitor approved for AD in the US; delgocitinib ointment was approved for AD in Japan earlier, in 2020.',
    namedInInterview: false,
    form: 'topical',
  },
  {
    id: 'stapokibart',
    names: {
      generic: 'stapokibart',
      variants: [],
      brands: [
        sold('Kangyueda', 'subcutaneous injection', market('CN', 'third-news-2025-kangyueda')),
      ],
      codes: [code('CM310')],
      salts: [],
      suffixed: [],
    },
    classes: ['il-4r-biologic'],
    targets: ['IL-4Rα'],
    routes: ['subcutaneous'],
    approvals: [
      approved(
        'CN',
        'Moderate-to-severe AD in adults.',
        'pbr-stapokibart-nmpa',
        step('not-confirmed', 'adults with moderate-to-severe AD', 'pbr-stapokibart-nmpa'),
      ),
    ],
    summary: `Injected antibody against IL-4Rα, approved for AD in China. ${NOT_DISCUSSED}`,
    namedInInterview: false,
  },
  {
    id: 'sulfasalazine',
    names: {
      generic: 'sulfasalazine',
      variants: ['sulphasalazine', 'salazosulfapyridine'],
      brands: [
        brand('Azulfidine', ['US', 'JP'], 'tablet, delayed-release tablet'),
        brand('Salazopyrin', ['UK'], 'tablet, gastro-resistant tablet'),
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
      brands: [],
      codes: [code('FK506')],
      salts: [salt('tacrolimus monohydrate', 'rxdrugnews-protopic-pi')],
      suffixed: [],
    },
    classes: [],
    targets: ['calcineurin'],
    routes: ['topical', 'oral', 'intravenous'],
    approvals: [],
    summary:
      'Calcineurin inhibitor in two forms with different uses: a steroid-free AD ointment (Protopic) and a systemic transplant drug (Prograf, Advagraf, Envarsus XR).',
    namedInInterview: false,
    forms: ['tacrolimus-topical', 'tacrolimus-systemic'],
  },
  {
    id: 'tacrolimus-systemic',
    names: {
      generic: 'tacrolimus',
      variants: [],
      brands: [
        /** No EU entry: Prograf is authorised country by country there, and no EU-level source attests it. */
        brand('Prograf', ['US', 'JP'], 'capsule, injection'),
        brand('Advagraf', ['EU', 'UK'], 'prolonged-release capsule', 'ema-epar'),
        brand('Envarsus XR', ['US'], 'extended-release tablet'),
      ],
      codes: [],
      salts: [],
      suffixed: [],
    },
    classes: ['conventional-systemic-immunosuppressant'],
    targets: ['calcineurin'],
    routes: ['oral', 'intravenous'],
    approvals: [],
    summary:
      'Systemic calcineurin inhibitor that prevents transplant rejection; a potent immunosuppressant, not an AD treatment.',
    namedInInterview: false,
    form: 'systemic',
  },
  {
    id: 'tacrolimus-topical',
    names: {
      generic: 'tacrolimus',
      variants: [],
      brands: [
        sold(
          'Protopic',
          'ointment (0.03% and 0.1%)',
          market('US', 'rxdrugnews-protopic-pi'),
          entered('EU'),
          entered('JP'),
        ),
      ],
      codes: [],
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
        'Ointment, second-line for moderate-to-severe AD in non-immunocompromised patients 2+.',
      ),
      approval(
        'EU',
        'approved',
        'Ointment for moderate-to-severe AD not adequately controlled by conventional therapy.',
      ),
      approval('JP', 'approved', 'Ointment for AD.'),
    ],
    summary: 'Calcineurin-inhibitor ointment: a steroid-free treatment for AD.',
    namedInInterview: false,
    form: 'topical',
  },
  {
    id: 'tapinarof',
    names: {
      generic: 'tapinarof',
      variants: ['benvitimod'],
      brands: [
        sold(
          'Vtama',
          'cream',
          market('US', 'businessinsider-2024-vtama-ad'),
          market('JP', 'medical-tribune-2025-vtama-jp'),
        ),
      ],
      codes: [code('GSK2894512'), code('WBI-1001'), code('DMVT-505'), code('JTE-061')],
      salts: [],
      suffixed: [],
    },
    classes: ['topical-ahr-agonist'],
    targets: ['aryl hydrocarbon receptor (AhR)'],
    routes: ['topical'],
    approvals: [
      approved(
        'US',
        'Cream 1% for AD in adults and children 2+; also plaque psoriasis in adults.',
        'adis-2025-tapinarof',
        step('2024-12', 'adults and children 2+ with AD', 'businessinsider-2024-vtama-ad'),
      ),
      approved(
        'JP',
        'Cream 1% for AD in adults and children 12+, and plaque psoriasis in adults; a 0.5% cream for children 2 to 11 has been filed.',
        'medical-tribune-2025-vtama-jp',
        step('2024-06', 'adults and children 12+ with AD', 'adis-2025-tapinarof'),
      ),
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
        sold(
          'Xeljanz',
          'tablet, oral solution',
          market('US', 'prescriberpoint-xeljanz'),
          entered('EU'),
          entered('UK'),
          entered('JP'),
        ),
        sold('Xeljanz XR', 'extended-release tablet', market('US', 'prescriberpoint-xeljanz')),
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
      status(
        'US',
        'approved-other-indications',
        'Not approved for AD; approved for rheumatoid arthritis, psoriatic arthritis, ankylosing spondylitis, ulcerative colitis and polyarticular JIA. Xeljanz tablets are taken twice daily; only Xeljanz XR is once daily.',
        'prescriberpoint-xeljanz',
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
        sold(
          'Adbry',
          'subcutaneous injection (prefilled syringe or pen)',
          market('US', 'thederm-2021-adbry-fda'),
        ),
        sold(
          'Adtralza',
          'subcutaneous injection (prefilled syringe or pen)',
          market('EU', 'maestro-2022-adtralza-eu-adolescents'),
          market('UK', 'practicaldermatology-2022-adtralza-jp'),
          market('JP', 'businesswire-2022-adtralza-jp'),
          market('CA', 'leo-ca-2021-adtralza'),
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
      {
        ...approval(
          'US',
          'approved',
          'Moderate-to-severe AD in patients 12+ not adequately controlled by topical therapy.',
        ),
        history: [
          step('2021-12', 'adults', 'thederm-2021-adbry-fda'),
          step('2023-12', 'adolescents 12 to 17', 'ananta-2023-adbry-adolescents'),
        ],
      },
      approved(
        'EU',
        'Moderate-to-severe AD in adults and adolescents 12+ who are candidates for systemic therapy.',
        'maestro-2022-adtralza-eu-adolescents',
        step(
          '2021-06-22',
          'adults who are candidates for systemic therapy',
          'adis-2021-tralokinumab',
        ),
        step('2022-10-20', 'adolescents 12 to 17', 'maestro-2022-adtralza-eu-adolescents'),
      ),
      approved(
        'UK',
        'Moderate-to-severe AD in adults (the adolescent extension was not re-checked).',
        'practicaldermatology-2022-adtralza-jp',
        step(
          'not-confirmed',
          'adults',
          'practicaldermatology-2022-adtralza-jp',
          'listed as approved in Great Britain by December 2022',
        ),
      ),
      approved(
        'JP',
        'Adults with AD that has responded inadequately to conventional therapies.',
        'businesswire-2022-adtralza-jp',
        step('2022-12', 'adults', 'businesswire-2022-adtralza-jp', 'announced on 23 Dec 2022'),
      ),
      approved(
        'CA',
        'Moderate-to-severe AD in adults and adolescents 12+.',
        'leo-ca-2023-adtralza-adolescents',
        step('2021-10-18', 'adults', 'leo-ca-2021-adtralza'),
        step('2023-02-08', 'adolescents 12 to 17', 'leo-ca-2023-adtralza-adolescents'),
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
        sold(
          'Rinvoq',
          'extended-release tablet',
          market('US', 'openfda-upadacitinib-label'),
          market('EU', 'ec-union-register-rinvoq-smpc'),
          market('UK', 'pharmatimes-2021-rinvoq-uk'),
          market('JP', 'iyakutsushinsha-2021-rinvoq-jp'),
          market('CA', 'abbvie-ca-2021-rinvoq'),
        ),
        sold('Rinvoq LQ', 'oral solution', market('US', 'prescriberpoint-rinvoq')),
      ],
      codes: [code('ABT-494')],
      salts: [salt('upadacitinib hemihydrate', 'ec-union-register-rinvoq-smpc')],
      suffixed: [],
    },
    classes: ['oral-jak-inhibitor'],
    targets: ['JAK1'],
    selectivity: 'JAK1-selective',
    routes: ['oral'],
    approvals: [
      approved(
        'US',
        'Adults and children 12+ with refractory, moderate-to-severe AD not adequately controlled with other systemic drug products, including biologics, or when use of those therapies is inadvisable.',
        'rinvoq-hcp-us-ad',
        step(
          '2022-01',
          'adults and children 12+; 15 mg can be started in those who weigh at least 40 kg',
          'codelist-2022-rinvoq-fda',
        ),
      ),
      approved(
        'EU',
        'Moderate-to-severe AD in adults and adolescents 12+ who are candidates for systemic therapy.',
        'pbr-rinvoq-ec',
        step(
          'not-confirmed',
          'adults and adolescents 12+',
          'eninvs-2021-rinvoq-chmp',
          'CHMP positive opinion 25 Jun 2021; the Commission decision date was not confirmed',
        ),
      ),
      approved(
        'UK',
        'Moderate-to-severe AD in adults and adolescents 12+ who are candidates for systemic therapy.',
        'pharmatimes-2021-rinvoq-uk',
        step('2021-08', 'adults and adolescents 12+', 'pharmatimes-2021-rinvoq-uk'),
      ),
      {
        ...approval(
          'JP',
          'approved',
          'AD not adequately controlled by existing therapies, adults and adolescents 12+.',
        ),
        history: [
          step(
            '2021-08',
            'AD not adequately controlled by existing therapy',
            'iyakutsushinsha-2021-rinvoq-jp',
          ),
        ],
      },
      approved(
        'CA',
        'Adults and adolescents 12+ with refractory moderate-to-severe AD not adequately controlled with a systemic treatment (e.g. a steroid or a biologic) or when those therapies are inadvisable.',
        'abbvie-ca-2021-rinvoq',
        step('2021-10-07', 'adults and adolescents 12+', 'abbvie-ca-2021-rinvoq'),
      ),
    ],
    summary:
      'Once-daily oral JAK1-selective inhibitor for AD and several other inflammatory diseases.',
    namedInInterview: true,
  },
];
