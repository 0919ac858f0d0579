import type { DrugClass } from './schema';

/**
 * Drug classes, sorted by id. A class describes what a drug is (and `group` is the options-page
 * switch that highlights drugs whose primary class this is); it never decides which notes a drug
 * shows: each note lists its drugs in `Note.about`, so a class note reaches only the members
 * inside the interview's claim.
 */
export const classes: DrugClass[] = [
  {
    id: 'biologic',
    name: 'Biologics for atopic dermatitis',
    group: 'biologic',
    description:
      'Injected antibodies that act outside the cell, blocking a cytokine or its receptor.',
  },
  {
    id: 'conventional-systemic-immunosuppressant',
    name: 'Conventional systemic immunosuppressants',
    group: 'conventional-systemic',
    description:
      'Older, broad-acting immunosuppressants (such as cyclosporine, methotrexate, azathioprine and mycophenolate) that dampen many immune cell lines at once.',
  },
  {
    id: 'csdmard',
    name: 'Conventional synthetic DMARDs',
    group: 'conventional-systemic',
    description:
      'Disease-modifying antirheumatic drugs such as methotrexate, often given alongside JAK inhibitors in rheumatoid arthritis.',
  },
  {
    id: 'il-13-biologic',
    name: 'IL-13 biologics',
    parent: 'biologic',
    group: 'biologic',
    description: 'Antibodies that block interleukin-13, one of the key type 2 cytokines in AD.',
  },
  {
    id: 'il-31r-biologic',
    name: 'IL-31 receptor biologics',
    parent: 'biologic',
    group: 'biologic',
    description: 'Antibodies that block the receptor of interleukin-31, a cytokine tied to itch.',
  },
  {
    id: 'il-4r-biologic',
    name: 'IL-4 receptor biologics',
    parent: 'biologic',
    group: 'biologic',
    description:
      'Antibodies that block the shared IL-4 receptor alpha chain, cutting off both IL-4 and IL-13 signalling.',
  },
  {
    id: 'jak-inhibitor',
    name: 'JAK inhibitors',
    description:
      'Small molecules that block Janus kinases inside the cell, damping the signals of many cytokines at once.',
  },
  {
    id: 'oral-jak-inhibitor',
    name: 'Oral JAK inhibitors',
    parent: 'jak-inhibitor',
    group: 'oral-jak',
    description: 'JAK inhibitors taken as tablets, acting throughout the body.',
  },
  {
    id: 'oral-pde4-inhibitor',
    name: 'Oral PDE4 inhibitors',
    group: 'conventional-systemic',
    description:
      'Tablets that block phosphodiesterase 4 throughout the body, used for COPD; not an AD treatment.',
  },
  {
    id: 'ox40-pathway-biologic',
    name: 'OX40 pathway antibodies',
    parent: 'biologic',
    group: 'biologic',
    description:
      'Investigational antibodies that block the OX40 receptor on T cells (rocatinlimab) or its ligand, OX40L (amlitelimab), a T-cell co-stimulation pathway; in phase 3 trials for AD.',
  },
  {
    id: 'tnf-inhibitor',
    name: 'TNF inhibitors',
    description:
      'Biologics that block tumour necrosis factor; the comparator in the tofacitinib safety study behind the JAK boxed warning. Not an AD treatment.',
  },
  {
    id: 'topical-ahr-agonist',
    name: 'Topical aryl hydrocarbon receptor agonists',
    group: 'other-topical',
    description: 'Nonsteroidal creams that activate the aryl hydrocarbon receptor in skin.',
  },
  {
    id: 'topical-calcineurin-inhibitor',
    name: 'Topical calcineurin inhibitors',
    group: 'other-topical',
    description: 'Nonsteroidal ointments and creams that calm T cells in the skin.',
  },
  {
    id: 'topical-jak-inhibitor',
    name: 'Topical JAK inhibitors',
    parent: 'jak-inhibitor',
    group: 'topical-jak',
    description: 'JAK inhibitors applied to the skin as a cream or ointment.',
  },
  {
    id: 'topical-pde4-inhibitor',
    name: 'Topical PDE4 inhibitors',
    group: 'other-topical',
    description: 'Nonsteroidal creams and ointments that block phosphodiesterase 4 in skin cells.',
  },
];
