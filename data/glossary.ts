import type { GlossaryTerm } from './schema';

/**
 * Terms a reader meets in the notes, defined in our own words and sorted by id. A term cites the
 * interview when the interview uses it; a term that rests on facts the interview does not give
 * (a trial it does not name, a guideline's content, a label) cites that public source with the
 * date we checked it, so the UI can show it as supplemental.
 */

const INTERVIEW = 'song-2025-interview';
/** When the supplemental facts entered in dataset 1.0.0 were checked. */
const ENTERED = '2026-11-26';
/** The date of the fact check behind the terms added or corrected in dataset 1.1.0. */
const CHECKED = '2026-12-01';

export const glossary: GlossaryTerm[] = [
  {
    id: 'aad-guideline',
    term: 'AAD guideline',
    aliases: [
      'American Academy of Dermatology guideline',
      'AAD guidelines',
      'AAD systemic therapy guideline',
    ],
    definition:
      'The American Academy of Dermatology’s 2023 guideline (published 2024) on phototherapy and systemic treatment of adult AD. It gives its strongest recommendation to dupilumab, tralokinumab, abrocitinib, baricitinib and upadacitinib, weaker (conditional) ones to phototherapy and the older immunosuppressants, and suggests against systemic corticosteroids.',
    sourceId: 'aad-2023-guideline',
    asOf: ENTERED,
  },
  {
    id: 'absolute-risk',
    term: 'absolute risk',
    aliases: ['raw numbers', 'absolute rate'],
    definition:
      'The plain share of people in a group who have an event, e.g. 1% to 4%; unlike relative risk, it shows how common the event is.',
    sourceId: INTERVIEW,
  },
  {
    id: 'atopic-dermatitis',
    term: 'atopic dermatitis',
    aliases: ['AD', 'atopic eczema', 'eczema'],
    definition:
      'A long-lasting, itchy inflammatory skin disease that comes and goes in flares; the most common form of eczema.',
    sourceId: INTERVIEW,
  },
  {
    id: 'biologic',
    term: 'biologic',
    aliases: ['biologics', 'biologic agent', 'monoclonal antibody'],
    definition:
      'A large protein drug, usually an antibody given by injection, that acts outside cells by blocking one cytokine or its receptor.',
    sourceId: INTERVIEW,
  },
  {
    id: 'boxed-warning',
    term: 'boxed warning',
    aliases: ['box warning', 'black box warning'],
    definition:
      'The most prominent warning in US prescribing information, printed in a box at the top. For JAK inhibitors used in inflammatory diseases it covers serious infections, death, cancer, major heart events and blood clots, and was added or strengthened in 2021 after the ORAL Surveillance study of tofacitinib.',
    sourceId: 'fda-2021-jak-boxed-warning',
    asOf: ENTERED,
  },
  {
    id: 'contact-dermatitis',
    term: 'contact dermatitis',
    aliases: ['allergic contact dermatitis'],
    definition:
      'Eczema-like inflammation caused by something touching the skin, such as an allergen or irritant; it can coexist with AD, for instance on the head and neck.',
    sourceId: INTERVIEW,
  },
  {
    id: 'conventional-immunosuppressant',
    term: 'traditional immunosuppressant',
    aliases: [
      'traditional immunosuppressants',
      'conventional systemic',
      'broad-acting immunosuppressant',
    ],
    definition:
      'An older systemic drug, such as cyclosporine, methotrexate, azathioprine or mycophenolate, that damps many parts of the immune system at once rather than one pathway.',
    sourceId: INTERVIEW,
  },
  {
    id: 'cytokine',
    term: 'cytokine',
    aliases: ['cytokines', 'interleukin', 'IL-4', 'IL-13', 'IL-22', 'IL-31', 'interferon'],
    definition:
      'A small signalling protein that immune cells use to talk to each other. Interleukins (IL-4, IL-13, IL-22, IL-31) and interferons are cytokines; many of them pass their signal into the cell through JAKs.',
    sourceId: INTERVIEW,
  },
  {
    id: 'drug-label',
    term: 'label',
    aliases: ['warning label', 'prescribing information', 'package insert', 'SmPC'],
    definition:
      'The official prescribing information a regulator approves for a drug: who it is for, how it is used, warnings and limits. Labels differ between countries.',
    sourceId: INTERVIEW,
  },
  {
    id: 'easi',
    term: 'EASI',
    aliases: ['Eczema Area and Severity Index'],
    definition:
      'A score doctors use to grade eczema, combining how much skin is affected with how red, swollen, scratched and thickened it is. Higher means worse.',
    sourceId: INTERVIEW,
  },
  {
    id: 'easi-100',
    term: 'EASI-100',
    aliases: ['EASI 100', 'EASI100'],
    definition: 'A 100% improvement in EASI from the start of treatment: completely clear skin.',
    sourceId: INTERVIEW,
  },
  {
    id: 'easi-75',
    term: 'EASI-75',
    aliases: ['EASI 75', 'EASI75'],
    definition:
      'At least a 75% improvement in EASI from the start of treatment; the usual main result reported in AD trials.',
    sourceId: INTERVIEW,
  },
  {
    id: 'easi-90',
    term: 'EASI-90',
    aliases: ['EASI 90', 'EASI90'],
    definition:
      'At least a 90% improvement in EASI from the start of treatment; a stricter goal than EASI-75.',
    sourceId: INTERVIEW,
  },
  {
    id: 'first-generation-jak-inhibitor',
    term: 'first-generation JAK inhibitor',
    aliases: ['first-generation JAK inhibitors'],
    definition:
      'An older JAK inhibitor, less selective between the four JAKs: in the interview’s words these block JAK1, JAK2, JAK3 and TYK2 “less discriminately”. The interview does not say which drugs are first-generation, though it calls tofacitinib pan-JAK. Pan-JAK is a separate idea (see pan-JAK inhibitor).',
    sourceId: INTERVIEW,
  },
  {
    id: 'first-line',
    term: 'first-line',
    aliases: ['first-line systemic agent', 'first-line therapy'],
    definition:
      'Suitable as the first choice of treatment at a given step, rather than being kept until others have failed.',
    sourceId: INTERVIEW,
  },
  {
    id: 'iga',
    term: 'IGA',
    aliases: ['IGA 0/1', 'Investigator’s Global Assessment', 'vIGA-AD'],
    definition:
      'Investigator’s Global Assessment: a doctor’s overall rating of how severe the eczema looks. Trials count IGA 0/1, clear or almost clear skin (usually with a fall of at least 2 points), as a response.',
    sourceId: 'marketscreener-2023-cm310',
    asOf: CHECKED,
  },
  {
    id: 'itch-nrs',
    term: 'itch NRS',
    aliases: [
      'numerical rating scale',
      'NRS 0/1',
      'itch numerical rating scale',
      'Peak Pruritus NRS',
      'PP-NRS',
    ],
    definition:
      'Patients rate their worst itch from 0 (none) to 10 (worst imaginable). "NRS 0/1" means no or almost no itch.',
    sourceId: INTERVIEW,
  },
  {
    id: 'jade-dare',
    term: 'JADE DARE',
    aliases: ['JADE DARE study', 'JADE DARE trial'],
    definition:
      'A phase 3 trial that compared abrocitinib 200 mg daily head to head with dupilumab in adults on background topical therapy. The interview uses the name for a different design (stop and restart), which is JADE REGIMEN.',
    sourceId: 'reich-2022-jade-dare',
    asOf: ENTERED,
  },
  {
    id: 'jade-programme',
    term: 'JADE programme',
    aliases: ['JADE', 'JADE program', 'JADE trials'],
    definition:
      'JAK1 Atopic Dermatitis Efficacy and Safety: the series of phase 3 trials of abrocitinib in AD, including JADE REGIMEN and JADE DARE.',
    sourceId: 'blauvelt-2022-jade-regimen',
    asOf: ENTERED,
  },
  {
    id: 'jade-regimen',
    term: 'JADE REGIMEN',
    aliases: ['JADE REGIMEN trial'],
    definition:
      'A phase 3 abrocitinib trial: patients who responded to 12 weeks of abrocitinib 200 mg were switched to 200 mg, 100 mg or placebo, and those who flared were re-treated with abrocitinib 200 mg plus topical therapy, many regaining their response. It is the stop-and-restart study the interview describes.',
    sourceId: 'blauvelt-2022-jade-regimen',
    asOf: ENTERED,
  },
  {
    id: 'jak',
    term: 'Janus kinase',
    aliases: ['JAK', 'JAKs', 'JAK protein', 'JAK proteins', 'JAK family'],
    definition:
      'One of four enzymes (JAK1, JAK2, JAK3 and TYK2) that sit on the inner side of cytokine receptors and pass the cytokine’s signal into the cell.',
    sourceId: INTERVIEW,
  },
  {
    id: 'jak-inhibitor',
    term: 'JAK inhibitor',
    aliases: ['JAK inhibitors', 'JAKi', 'jakinib'],
    definition:
      'A small-molecule drug that blocks one or more Janus kinases inside the cell, damping the signals of the many cytokines that use them. Taken as a pill or applied as a cream.',
    sourceId: INTERVIEW,
  },
  {
    id: 'jak-stat',
    term: 'JAK-STAT pathway',
    aliases: ['JAK/STAT', 'JAK-STAT signalling', 'JAK-STAT signaling'],
    definition:
      'The chain by which many cytokines act: the cytokine binds its receptor, the attached JAKs switch on STAT proteins, and the STATs carry the message to the nucleus to turn genes on.',
    sourceId: 'oshea-2015-jak-stat',
    asOf: ENTERED,
  },
  {
    id: 'jak1',
    term: 'JAK1',
    aliases: ['JAK 1', 'Janus kinase 1'],
    definition:
      'The Janus kinase used by the key cytokines that drive AD; the main target of the selective JAK inhibitors.',
    sourceId: INTERVIEW,
  },
  {
    id: 'jak2',
    term: 'JAK2',
    aliases: ['JAK 2', 'Janus kinase 2'],
    definition:
      'A Janus kinase with jobs of its own, including in blood-cell production; selective AD drugs try to leave it alone.',
    sourceId: INTERVIEW,
  },
  {
    id: 'jak3',
    term: 'JAK3',
    aliases: ['JAK 3', 'Janus kinase 3'],
    definition:
      'A Janus kinase used mainly by immune-cell growth signals; the interview counts it among the JAKs that selective AD drugs try to leave alone.',
    sourceId: INTERVIEW,
  },
  {
    id: 'neutralizing-antibodies',
    term: 'neutralising antibodies',
    aliases: ['neutralizing antibodies', 'anti-drug antibodies', 'immunogenicity'],
    definition:
      'Antibodies the body makes against a protein drug that stop it working. A risk in theory for biologics taken on and off; not expected with small molecules.',
    sourceId: INTERVIEW,
  },
  {
    id: 'oral-surveillance',
    term: 'ORAL Surveillance',
    aliases: ['ORAL Surveillance trial', 'tofacitinib safety study'],
    definition:
      'A large safety trial comparing tofacitinib with TNF inhibitors in people with rheumatoid arthritis aged 50 or over with at least one heart risk factor, followed for a median of about 4 years. Major heart events (such as heart attack and stroke) and cancers were somewhat more frequent with tofacitinib; it led the FDA to update the JAK boxed warning in 2021. The interview describes it without naming it.',
    sourceId: 'ytterberg-2022-oral-surveillance',
    asOf: ENTERED,
  },
  {
    id: 'pan-jak-inhibitor',
    term: 'pan-JAK inhibitor',
    aliases: ['pan-JAK', 'pan-JAK inhibitors'],
    definition:
      'A JAK inhibitor that acts on all four Janus kinases rather than mainly one. The interview calls tofacitinib pan-JAK; delgocitinib cream, a newer drug, is described as a topical pan-JAK inhibitor. Not the same as first-generation.',
    sourceId: 'forge-2024-delgocitinib-ec',
    asOf: CHECKED,
  },
  {
    id: 'placebo-controlled',
    term: 'placebo-controlled',
    aliases: ['placebo-controlled trial', 'placebo', 'placebo group'],
    definition:
      'A trial in which some patients get a dummy treatment, so the drug’s effect can be told apart from what would happen anyway.',
    sourceId: INTERVIEW,
  },
  {
    id: 'randomized-trial',
    term: 'randomised trial',
    aliases: ['randomized trial', 'randomized', 'randomised controlled trial', 'RCT'],
    definition:
      'A trial in which chance decides who gets which treatment, so the groups are alike except for the treatment.',
    sourceId: INTERVIEW,
  },
  {
    id: 'real-world-data',
    term: 'real-world data',
    aliases: ['real-world evidence', 'RWD', 'RWE'],
    definition:
      'Information from everyday care outside trials — registries, records, insurance claims — used for example to learn how often events happen in the general population.',
    sourceId: INTERVIEW,
  },
  {
    id: 'relative-risk',
    term: 'relative risk',
    aliases: ['relative risks'],
    definition:
      'How many times more often something happens in one group than another. It says nothing about how common the event is; the absolute risk does.',
    sourceId: INTERVIEW,
  },
  {
    id: 'rheumatoid-arthritis',
    term: 'rheumatoid arthritis',
    aliases: ['RA'],
    definition:
      'An autoimmune disease of the joints; the population in which the tofacitinib safety study behind the boxed warning was done.',
    sourceId: INTERVIEW,
  },
  {
    id: 'second-generation-jak-inhibitor',
    term: 'second-generation JAK inhibitor',
    aliases: ['second-generation JAK inhibitors', 'selective JAK inhibitor', 'JAK1-selective'],
    definition:
      'A newer JAK inhibitor that is relatively more selective for JAK1; none is completely selective.',
    sourceId: INTERVIEW,
  },
  {
    id: 'shingles',
    term: 'shingles',
    aliases: ['herpes zoster', 'zoster'],
    definition:
      'A painful blistering rash caused by reawakening of the chickenpox virus; more common with JAK inhibitors and made less likely by vaccination.',
    sourceId: INTERVIEW,
  },
  {
    id: 'small-molecule',
    term: 'small molecule',
    aliases: ['small-molecule drug', 'small molecules'],
    definition:
      'A drug made of a small chemical compound rather than a protein, so it can enter cells and is usually taken by mouth. JAK inhibitors are small molecules (the transcript twice says "small molecule protein").',
    sourceId: INTERVIEW,
  },
  {
    id: 'systemic-therapy',
    term: 'systemic therapy',
    aliases: ['systemic agent', 'systemic agents', 'systemic therapies', 'systemics'],
    definition:
      'Treatment that works throughout the body — tablets or injections — as opposed to creams and ointments applied to the skin.',
    sourceId: INTERVIEW,
  },
  {
    id: 'tnf-inhibitor',
    term: 'TNF inhibitor',
    aliases: ['TNF inhibitors', 'TNF blocker', 'anti-TNF', 'tumor necrosis factor inhibitor'],
    definition:
      'A biologic that blocks tumour necrosis factor, used for rheumatoid arthritis and other inflammatory diseases (not AD); the comparator in the tofacitinib safety study.',
    sourceId: INTERVIEW,
  },
  {
    id: 'topical-calcineurin-inhibitor',
    term: 'topical calcineurin inhibitor',
    aliases: ['topical calcineurin inhibitors', 'TCI', 'TCIs'],
    definition:
      'A nonsteroidal ointment or cream, such as tacrolimus or pimecrolimus, that calms immune cells in the skin.',
    sourceId: INTERVIEW,
  },
  {
    id: 'topical-corticosteroid',
    term: 'topical corticosteroid',
    aliases: ['topical corticosteroids', 'topical steroids', 'TCS'],
    definition: 'A steroid cream or ointment; the usual first treatment for AD flares.',
    sourceId: INTERVIEW,
  },
  {
    id: 'tyk2',
    term: 'TYK2',
    aliases: ['tyrosine kinase 2'],
    definition:
      'The fourth member of the Janus kinase family; it is needed for type I interferon (antiviral) signalling. The interview counts it among the JAKs that selective AD drugs try to leave alone.',
    sourceId: 'schnepf-2021-tyk2-interferon',
    asOf: CHECKED,
  },
  {
    id: 'type-2-inflammation',
    term: 'type 2 inflammation',
    aliases: ['type 2 immune response', 'Th2 inflammation', 'type 2 cytokines'],
    definition:
      'A kind of immune response driven by cytokines such as IL-4 and IL-13; it underlies AD and related conditions such as asthma, hay fever and food allergy.',
    sourceId: INTERVIEW,
  },
];
