import type { Comparison } from './schema';

/** The date of the fact check behind the sourced facts beside the rows (dataset 1.1.0). */
const CHECKED = '2026-12-01';

/**
 * Oral JAK inhibitors vs biologics, framed the way the interview frames them. Each cell is a
 * short summary of the notes it cites, so the compare view can open the quotes behind every
 * claim; a cell never says more than its notes. Where the interview is one-sided (it compares
 * against dupilumab, or speaks only of one column) the cell says so, and the interviewee's views
 * read as his. Where the interview alone would mislead (label-required tests beside "no lab
 * checks", head-to-head results by dose), a row carries a `supplement`: sourced, dated and shown
 * as not from the interview.
 */
export const comparison: Comparison = {
  id: 'jak-vs-biologic',
  title: 'Oral JAK inhibitors vs biologics, as the interview compares them',
  columns: ['oral-jak-inhibitor', 'biologic'],
  rows: [
    {
      id: 'where-they-act',
      aspect: 'Where they act',
      jak: {
        text: 'Inside the cell, on the JAK proteins that many cytokines signal through.',
        noteIds: [
          'jak-intracellular-biologic-extracellular',
          'block-at-cytokine-or-inside-cell',
          'cytokines-converge-on-four-jaks',
        ],
      },
      biologic: {
        text: 'Outside the cell, blocking a cytokine directly or its receptor.',
        noteIds: ['jak-intracellular-biologic-extracellular', 'block-at-cytokine-or-inside-cell'],
      },
    },
    {
      id: 'cytokine-breadth',
      aspect: 'Cytokines covered',
      jak: {
        text: 'A broader range: IL-4 and IL-13, and also IL-22; possibly IL-31 and interferon.',
        noteIds: ['jak-also-blocks-il-22', 'biologics-block-one-or-two-cytokines'],
      },
      biologic: {
        text: 'One or two cytokines, such as IL-4 and IL-13; sometimes not enough in a varied disease.',
        noteIds: ['biologics-block-one-or-two-cytokines', 'ad-cytokine-profiles-vary'],
      },
    },
    {
      id: 'route-and-frequency',
      aspect: 'Route and frequency',
      jak: {
        text: 'A pill once a day, in the interviewee’s words (upadacitinib, abrocitinib, baricitinib; tofacitinib tablets are twice daily).',
        noteIds: ['some-prefer-a-daily-pill'],
      },
      biologic: {
        text: 'An injection, for example every 2 weeks.',
        noteIds: ['some-prefer-a-shot-without-labs'],
      },
    },
    {
      id: 'lab-monitoring',
      aspect: 'Lab monitoring',
      jak: {
        text: 'In the interviewee’s experience, lab changes such as raised lipids or liver-test bumps occur but rarely force stopping.',
        noteIds: ['lab-changes-rarely-stop-treatment'],
      },
      biologic: {
        text: 'In the interviewee’s view, safe enough that no lab checks are needed.',
        noteIds: ['some-prefer-a-shot-without-labs'],
      },
      supplement: {
        text: 'The labels require tests for the oral JAK inhibitors: before starting, screening for TB and viral hepatitis and a blood count; during treatment, blood counts and liver enzymes (upadacitinib, US) and lipids (at 12 weeks for upadacitinib in the US label; 4 weeks after starting abrocitinib in the UK guidance).',
        sources: [
          { sourceId: 'rinvoq-hcp-us-ad', asOf: CHECKED },
          { sourceId: 'pfizer-us-cibinqo-dosing', asOf: CHECKED },
          { sourceId: 'pfizerpro-uk-cibinqo', asOf: CHECKED },
        ],
      },
    },
    {
      id: 'speed-of-onset',
      aspect: 'Speed of onset',
      jak: {
        text: 'Fast: itch improves within days; the interviewee says sometimes hours or minutes.',
        noteIds: ['jak-faster-than-dupilumab', 'itch-relief-within-hours'],
      },
      biologic: {
        text: 'Dupilumab acts fairly rapidly too, but the JAK inhibitors are faster.',
        noteIds: ['jak-faster-than-dupilumab'],
      },
      supplement: {
        text: 'In trials, itch improved from about the first day or two: abrocitinib beat placebo 24 hours after the first dose, and upadacitinib beat placebo and dupilumab from day 2. We found no published data for relief within minutes.',
        sources: [
          { sourceId: 'kim-abrocitinib-itch-pooled', asOf: CHECKED },
          { sourceId: 'ballinger-2025-upadacitinib-itch', asOf: CHECKED },
        ],
      },
    },
    {
      id: 'easi-75',
      aspect: 'EASI-75',
      jak: {
        text: 'Fairly comparable with dupilumab, in the interviewee’s summary.',
        noteIds: ['easi-75-similar-stricter-endpoints-favour-jak'],
      },
      biologic: {
        text: 'Dupilumab: fairly comparable with the JAK inhibitors, in the interviewee’s summary.',
        noteIds: ['easi-75-similar-stricter-endpoints-favour-jak'],
      },
      supplement: {
        text: 'Head to head, upadacitinib 30 mg was superior to dupilumab at EASI-75 (Heads Up, week 16: about 71% vs 61%). Baricitinib has been compared with dupilumab only indirectly.',
        sources: [
          { sourceId: 'abbvie-2021-heads-up-release', asOf: CHECKED },
          { sourceId: 'de-bruin-weller-2022-itc', asOf: CHECKED },
        ],
      },
    },
    {
      id: 'stringent-endpoints',
      aspect: 'EASI-90, EASI-100 and itch NRS',
      jak: {
        text: 'Clear advantage, in the interviewee’s summary; no or trace itch, even complete itch freedom, is possible.',
        noteIds: [
          'easi-75-similar-stricter-endpoints-favour-jak',
          'jak-top-efficacy-vs-dupilumab',
          'skin-clearance-and-itch-free',
        ],
      },
      biologic: {
        text: 'Dupilumab is outperformed on these stricter endpoints, in the interviewee’s summary.',
        noteIds: ['easi-75-similar-stricter-endpoints-favour-jak', 'jak-top-efficacy-vs-dupilumab'],
      },
      supplement: {
        text: 'Head-to-head superiority over dupilumab was shown for the higher doses: upadacitinib 30 mg (Heads Up) and abrocitinib 200 mg (JADE COMPARE, JADE DARE), not abrocitinib 100 mg. Baricitinib has no head-to-head trial against dupilumab, and network meta-analyses place baricitinib 2 mg and 4 mg below dupilumab.',
        sources: [
          { sourceId: 'blauvelt-2021-heads-up', asOf: CHECKED },
          { sourceId: 'medphanut-2021-jade-compare', asOf: CHECKED },
          { sourceId: 'medthority-2022-jade-dare', asOf: CHECKED },
          { sourceId: 'de-bruin-weller-2022-itc', asOf: CHECKED },
          { sourceId: 'drucker-2023-living-nma', asOf: CHECKED },
        ],
      },
    },
    {
      id: 'start-stop',
      aspect: 'Stopping and restarting; antibodies',
      jak: {
        text: 'Clear advantage, in the interviewee’s view: a small molecule should not provoke antibodies. In an abrocitinib trial (JADE REGIMEN), about 92% of patients who flared after switching to placebo regained EASI response on re-treatment, and 82% regained clear or almost clear skin.',
        noteIds: ['start-stop-flexibility', 'abrocitinib-stop-and-restart-study'],
      },
      biologic: {
        text: 'Large proteins: stopping and restarting could in theory provoke neutralising antibodies that reduce efficacy.',
        noteIds: ['start-stop-flexibility'],
      },
    },
    {
      id: 'boxed-warning',
      aspect: 'Boxed warning',
      jak: {
        text: 'Yes, from a tofacitinib study in older, high-risk RA patients vs TNF inhibitors; absolute rates there were 1% to 4%.',
        noteIds: [
          'boxed-warning-from-tofacitinib-study',
          'safety-study-results',
          'absolute-risk-worst-case',
        ],
      },
      biologic: {
        text: 'None mentioned; the interview calls biologic safety so good that labs are unnecessary.',
        noteIds: ['some-prefer-a-shot-without-labs'],
      },
    },
    {
      id: 'guideline-strength',
      aspect: 'AAD guideline',
      jak: {
        text: 'Strongest recommendation (baricitinib, abrocitinib, upadacitinib).',
        noteIds: ['aad-strongest-recommendations'],
      },
      biologic: {
        text: 'Strongest recommendation (dupilumab, tralokinumab); on a par with the JAK inhibitors.',
        noteIds: ['aad-strongest-recommendations'],
      },
      supplement: {
        text: 'The guideline, released in 2023, predates the US approvals of lebrikizumab (Sep 2024) and nemolizumab (Dec 2024), so it does not grade them.',
        sources: [
          { sourceId: 'mendeley-2023-aad-guideline-data', asOf: CHECKED },
          { sourceId: 'lilly-2024-ebglyss-fda', asOf: CHECKED },
          { sourceId: 'epocrates-2024-nemluvio-ad', asOf: CHECKED },
        ],
      },
    },
    {
      id: 'first-line-view',
      aspect: 'First-line use (the interviewee’s view)',
      jak: {
        text: 'Legitimate first-line systemic agents, in the interviewee’s view; the US labels restrict them to refractory disease.',
        noteIds: ['jak-first-line-systemic'],
      },
      biologic: {
        text: 'Can be started directly, without a prior systemic therapy.',
        noteIds: ['label-requires-prior-systemic'],
      },
    },
    {
      id: 'label-sequencing',
      aspect: 'Label sequencing (US)',
      jak: {
        text: 'In the interviewee’s reading, a prior systemic therapy is needed first, and a course of systemic steroids can count.',
        noteIds: ['label-requires-prior-systemic'],
      },
      biologic: {
        text: 'Can be started directly.',
        noteIds: ['label-requires-prior-systemic'],
      },
      supplement: {
        text: 'US label wording (upadacitinib, abrocitinib): for refractory disease “not adequately controlled with other systemic drug products, including biologics, or when use of those therapies is inadvisable”.',
        sources: [
          { sourceId: 'rinvoq-hcp-us-ad', asOf: CHECKED },
          { sourceId: 'maestro-2023-cibinqo-adolescents', asOf: CHECKED },
        ],
      },
    },
    {
      id: 'patient-preference',
      aspect: 'Patients who prefer…',
      jak: {
        text: 'A once-daily pill, possibly more effective for them.',
        noteIds: ['some-prefer-a-daily-pill'],
      },
      biologic: {
        text: 'A shot every 2 weeks with no labs and little else to think about.',
        noteIds: ['some-prefer-a-shot-without-labs'],
      },
    },
    {
      id: 'many-risk-factors',
      aspect: 'Many risk factors',
      jak: {
        text: 'Not ruled out, but calls for deliberate counselling and risk-factor control; the next step if a biologic falls short.',
        noteIds: ['manage-risk-factors', 'risk-factors-favour-biologic-first'],
      },
      biologic: {
        text: 'May make more sense to start here.',
        noteIds: ['risk-factors-favour-biologic-first'],
      },
    },
    {
      id: 'head-and-neck',
      aspect: 'Head-and-neck predominant eczema',
      jak: {
        text: 'May work better, perhaps because of coexisting contact dermatitis or broader cytokine blockade (IL-22).',
        noteIds: [
          'head-and-neck-favours-jak',
          'head-and-neck-contact-dermatitis',
          'jak-also-blocks-il-22',
        ],
      },
      biologic: {
        text: 'The head and neck may be what is left after the rest of the body clears.',
        noteIds: ['head-and-neck-favours-jak', 'head-and-neck-contact-dermatitis'],
      },
    },
    {
      id: 'eczema-psoriasis-overlap',
      aspect: 'Eczema–psoriasis overlap',
      jak: {
        text: 'Works better in the interviewee’s experience: treats both diseases.',
        noteIds: ['eczema-psoriasis-overlap-favours-jak'],
      },
      biologic: {
        text: 'JAK inhibitors worked better, in the interviewee’s experience.',
        noteIds: ['eczema-psoriasis-overlap-favours-jak'],
      },
    },
    {
      id: 'itch-predominant',
      aspect: 'Itch-predominant AD',
      jak: {
        text: 'Works better than biologics in the interviewee’s experience.',
        noteIds: ['itch-predominant-favours-jak'],
      },
      biologic: {
        text: 'Less effective here in the interviewee’s experience.',
        noteIds: ['itch-predominant-favours-jak'],
      },
    },
    {
      id: 'seasonal-flares',
      aspect: 'Seasonal flares, wanting intermittent treatment',
      jak: {
        text: 'Makes more sense, in the interviewee’s view: can be started and stopped.',
        noteIds: ['seasonal-flares-favour-jak', 'start-stop-flexibility'],
      },
      biologic: {
        text: 'Less suited to stopping and restarting, in theory because of antibodies.',
        noteIds: ['start-stop-flexibility'],
      },
    },
    {
      id: 'stepping-down',
      aspect: 'Stepping down after a year of good control',
      jak: {
        text: 'Drop from the higher to the lower dose.',
        noteIds: ['stepping-down-when-well-controlled'],
      },
      biologic: {
        text: 'Space the injections out (transcribed as "every other day").',
        noteIds: ['stepping-down-when-well-controlled'],
      },
    },
  ],
};
