import { describe, expect, test } from 'vitest';
import { findMentions } from '@/core/matcher';

/**
 * Drugs a reader of an atopic-dermatitis page meets next to ours that JAK Lens must never
 * highlight: other JAK/TYK2 inhibitors (some contain one of our names), the tyrosine-kinase
 * "-tinib" drugs, relatives and metabolites of our conventional drugs, and the other biologics of
 * allergy and asthma. Each row: the name, and what it is to the reader.
 */
const LOOK_ALIKES: [string, string][] = [
  ['ritlecitinib', 'JAK3/TEC inhibitor for alopecia areata'],
  ['Litfulo', 'brand of ritlecitinib'],
  ['deuruxolitinib', 'deuterated ruxolitinib for alopecia areata; contains "ruxolitinib"'],
  ['Leqselvi', 'brand of deuruxolitinib'],
  ['deucravacitinib', 'TYK2 inhibitor for psoriasis'],
  ['Sotyktu', 'brand of deucravacitinib'],
  ['filgotinib', 'JAK1 inhibitor for rheumatoid arthritis'],
  ['Jyseleca', 'brand of filgotinib'],
  ['momelotinib', 'JAK1/2 inhibitor for myelofibrosis'],
  ['fedratinib', 'JAK2 inhibitor for myelofibrosis'],
  ['pacritinib', 'JAK2 inhibitor for myelofibrosis'],
  ['peficitinib', 'pan-JAK inhibitor (Japan)'],
  ['ivarmacitinib', 'JAK1 inhibitor in AD trials'],
  ['povorcitinib', 'JAK1 inhibitor in trials'],
  ['brepocitinib', 'TYK2/JAK1 inhibitor in trials'],
  ['gusacitinib', 'pan-JAK/SYK inhibitor in AD trials'],
  ['imatinib', 'tyrosine-kinase inhibitor'],
  ['nilotinib', 'tyrosine-kinase inhibitor'],
  ['dasatinib', 'tyrosine-kinase inhibitor'],
  ['ibrutinib', 'BTK inhibitor'],
  ['remibrutinib', 'BTK inhibitor for urticaria'],
  ['teriflunomide', 'active metabolite of leflunomide, for multiple sclerosis'],
  ['Aubagio', 'brand of teriflunomide'],
  ['sulfapyridine', 'half of the sulfasalazine molecule'],
  ['mesalazine', 'the other half of sulfasalazine'],
  ['mesalamine', 'US name of mesalazine'],
  ['balsalazide', 'mesalazine prodrug'],
  ['olsalazine', 'mesalazine prodrug'],
  ['voclosporin', 'calcineurin inhibitor for lupus nephritis; close to "ciclosporin"'],
  ['sirolimus', 'mTOR inhibitor; ends like tacrolimus'],
  ['everolimus', 'mTOR inhibitor'],
  ['temsirolimus', 'mTOR inhibitor'],
  ['aminopterin', 'antifolate; close to "amethopterin"'],
  ['pralatrexate', 'antifolate'],
  ['pemetrexed', 'antifolate'],
  ['azacitidine', 'chemotherapy; starts like azathioprine'],
  ['mercaptopurine', 'active metabolite of azathioprine'],
  ['apremilast', 'oral PDE4 inhibitor; ends like roflumilast'],
  ['Otezla', 'brand of apremilast'],
  ['benralizumab', 'anti-IL-5R biologic for asthma'],
  ['mepolizumab', 'anti-IL-5 biologic'],
  ['omalizumab', 'anti-IgE biologic'],
  ['tezepelumab', 'anti-TSLP biologic'],
  ['tildrakizumab', 'anti-IL-23 biologic; ends like lebrikizumab'],
  ['eblasakimab', 'anti-IL-13Rα1 in AD trials'],
  ['rademikibart', 'anti-IL-4Rα in AD trials'],
  ['Fasenra Nucala Xolair Tezspire', 'brands of the asthma biologics'],
  ['Lupkynis Rapamune Afinitor Gleevec Glivec Inrebic Vonjo Ojjaara', 'other brands'],
];

describe('look-alike drugs', () => {
  test.each(LOOK_ALIKES)('never highlights %s (%s)', (name) => {
    expect(findMentions(`Patients on ${name} 10 mg daily tablets.`)).toEqual([]);
  });

  test('finds our drug written right next to a look-alike', () => {
    const found = findMentions('ritlecitinib, not ruxolitinib; deuruxolitinib').map(
      (m) => m.surface,
    );
    expect(found).toEqual(['ruxolitinib']);
  });
});

/** Everyday writing in which an ambiguous form of ours appears with no drug meant. */
const EVERYDAY: [string, string][] = [
  ['a travel page about the Arava valley', 'Date farms of the Arava, a day trip from Eilat.'],
  ['a kibbutz address', 'Kibbutz Yotvata, Hevel Eilot, Arava, Israel'],
  ['an aircraft type', 'IAI Arava 201 on display at the museum'],
  ['Italian farming prose', 'arava la terra ogni primavera'],
  ['a lower-case code-like phrase', 'my cat 354 days, an 2728 page report, Acme Inc 424 units'],
  ['the same phrases in capitals', 'MY CAT 354 DAYS; AN 2728 PAGES; ACME INC 424'],
];

describe('everyday uses of ambiguous names', () => {
  test.each(EVERYDAY)('finds nothing in %s', (_name, text) => {
    expect(findMentions(text)).toEqual([]);
  });
});
