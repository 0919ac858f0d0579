import type { Comparison } from './schema';

/**
 * Oral JAK inhibitors vs biologics, framed the way the interview frames them. Each cell is a
 * short summary of the notes it cites, so the compare view can open the quotes behind every
 * claim; a cell never says more than its notes. Where the interview is one-sided (it compares
 * against dupilumab, or speaks only of one column) the cell says so.
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
        text: 'A pill once a day.',
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
        text: 'Lab changes such as raised lipids or liver-test bumps can occur; they rarely force stopping.',
        noteIds: ['lab-changes-rarely-stop-treatment'],
      },
      biologic: {
        text: 'Safe enough that no lab checks are needed.',
        noteIds: ['some-prefer-a-shot-without-labs'],
      },
    },
    {
      id: 'speed-of-onset',
      aspect: 'Speed of onset',
      jak: {
        text: 'Very fast: itch can ease within days, sometimes hours or minutes.',
        noteIds: ['jak-faster-than-dupilumab', 'itch-relief-within-hours'],
      },
      biologic: {
        text: 'Dupilumab acts fairly rapidly too, but the JAK inhibitors are faster.',
        noteIds: ['jak-faster-than-dupilumab'],
      },
    },
    {
      id: 'easi-75',
      aspect: 'EASI-75',
      jak: {
        text: 'Roughly comparable with dupilumab.',
        noteIds: ['easi-75-similar-stricter-endpoints-favour-jak'],
      },
      biologic: {
        text: 'Dupilumab: roughly comparable with the JAK inhibitors.',
        noteIds: ['easi-75-similar-stricter-endpoints-favour-jak'],
      },
    },
    {
      id: 'stringent-endpoints',
      aspect: 'EASI-90, EASI-100 and itch NRS',
      jak: {
        text: 'Clear advantage; no or trace itch, even complete itch freedom, is possible.',
        noteIds: [
          'easi-75-similar-stricter-endpoints-favour-jak',
          'jak-top-efficacy-vs-dupilumab',
          'skin-clearance-and-itch-free',
        ],
      },
      biologic: {
        text: 'Dupilumab is outperformed on these stricter endpoints.',
        noteIds: ['easi-75-similar-stricter-endpoints-favour-jak', 'jak-top-efficacy-vs-dupilumab'],
      },
    },
    {
      id: 'start-stop',
      aspect: 'Stopping and restarting; antibodies',
      jak: {
        text: 'Clear advantage: a small molecule should not provoke antibodies, and in an abrocitinib study over 90% regained their response on restarting.',
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
        text: 'Strongest recommendation (baricitinib, abrocitinib, upadacitinib); first-line systemic agents.',
        noteIds: ['aad-strongest-recommendations', 'jak-first-line-systemic'],
      },
      biologic: {
        text: 'Strongest recommendation (dupilumab, tralokinumab); on a par with the JAK inhibitors.',
        noteIds: ['aad-strongest-recommendations'],
      },
    },
    {
      id: 'label-sequencing',
      aspect: 'Label sequencing (US)',
      jak: {
        text: 'A prior systemic therapy is required first, which can be a course of systemic steroids.',
        noteIds: ['label-requires-prior-systemic'],
      },
      biologic: {
        text: 'Can be started directly.',
        noteIds: ['label-requires-prior-systemic'],
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
        text: 'Not ruled out, but calls for deliberate counselling and risk-factor control; often the next step if a biologic falls short.',
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
        text: 'Less suited in the interviewee’s experience.',
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
        text: 'Makes more sense: can be started and stopped.',
        noteIds: [
          'seasonal-flares-favour-jak',
          'start-stop-flexibility',
          'abrocitinib-stop-and-restart-study',
        ],
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
