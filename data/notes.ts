import type { Note, NoteScope } from './schema';

/**
 * Everything the interview says, note by note, in interview order (so a reviewer can read the
 * notes side by side with the transcript). Every sentence of Dr Song's answers sits in at least
 * one quote; tests/unit/data/quotes.test.ts proves it. Quotes are copied character for character,
 * typographic apostrophes included. Where the transcript is probably wrong we quote it as is and
 * say so in `editorNote`, never correcting silently.
 *
 * `about` says, for every note, which drugs it is shown for and how (see `NoteScope`): a class
 * note lists the members inside its claim's scope explicitly, so membership alone never carries
 * an AD efficacy, selection, convenience, label or guideline claim to a drug the interview does
 * not mean (tofacitinib, an RA drug; lebrikizumab and nemolizumab, which it never discusses; the
 * systemic forms of tacrolimus, ruxolitinib and roflumilast). Mechanism notes on how JAK
 * inhibition or a biologic works reach every member; claims about AD practice and data reach the
 * drugs the interview frames them with. tests/unit/data/applicability.test.ts holds the reviewed
 * table of who sees what.
 */

/**
 * "the oral JAK inhibitors that we have in the United States, upadacitinib and abrocitinib" (Q3):
 * the drugs behind the interview's efficacy, safety-in-AD and practice claims about "JAK
 * inhibitors". Not baricitinib (not US-approved for AD, no head-to-head data against dupilumab),
 * not tofacitinib (an RA drug, in the interview only as the source of the boxed warning).
 */
const US_ORAL_JAK: NoteScope = {
  kind: 'class',
  classId: 'oral-jak-inhibitor',
  drugs: ['upadacitinib', 'abrocitinib'],
};

/**
 * "which is what our biologics are doing", blocking "IL-4 and IL-13" (Q2): the biologics the
 * interview discusses. Not lebrikizumab or nemolizumab, which it never mentions.
 */
const OUR_BIOLOGICS: NoteScope = {
  kind: 'class',
  classId: 'biologic',
  drugs: ['dupilumab', 'tralokinumab'],
};

/** Every JAK inhibitor, topical and oral forms alike: only for how JAK inhibition works. */
const JAK_MECHANISM: NoteScope = {
  kind: 'class',
  classId: 'jak-inhibitor',
  drugs: [
    'abrocitinib',
    'baricitinib',
    'delgocitinib',
    'ruxolitinib-oral',
    'ruxolitinib-topical',
    'tofacitinib',
    'upadacitinib',
  ],
};

/** Every biologic: only for how a biologic acts (outside the cell, on a cytokine or receptor). */
const BIOLOGIC_MECHANISM: NoteScope = {
  kind: 'class',
  classId: 'biologic',
  drugs: ['dupilumab', 'lebrikizumab', 'nemolizumab', 'tralokinumab'],
};

/**
 * The JAK inhibitors whose boxed warning the tofacitinib study explains: the oral AD ones and
 * the approved topical, which "does have the same warning label" (Q6). Not oral ruxolitinib.
 */
const BOXED_WARNING_JAK: NoteScope = {
  kind: 'class',
  classId: 'jak-inhibitor',
  drugs: ['upadacitinib', 'abrocitinib', 'baricitinib', 'ruxolitinib-topical'],
};

/** One short label per interviewer question, numbered in order. */
const Q1 = 'Q1: JAK inhibitors vs traditional immunosuppressants';
const Q2 = 'Q2: immune pathways';
const Q3 = 'Q3: efficacy in trials';
const Q4 = 'Q4: long-term safety';
const Q5 = 'Q5: choosing candidates';
const Q6 = 'Q6: place in treatment';
const Q7 = 'Q7: long-term management';
const Q8 = 'Q8: what comes next';

const BOX_WARNING_NOTE =
  'Quoted as "box warning"; the label term is "boxed warning". The study is not named in the interview: it is ORAL Surveillance (Ytterberg et al., N Engl J Med 2022).';

/** The date of the fact check behind the editor's notes added in dataset 1.1.0. */
const CHECKED = '2026-12-01';

/** The sources behind an editor's note, all checked on the same day. */
const checked = (...sourceIds: string[]): Note['editorSources'] =>
  sourceIds.map((sourceId) => ({ sourceId, asOf: CHECKED }));

/** Every note comes from the one interview; stamping the source id here avoids typos. */
const fromInterview = (n: Omit<Note, 'sourceId'>): Note => ({
  ...n,
  sourceId: 'song-2025-interview',
});

export const notes: Note[] = [
  // Q1 — how JAK inhibitors differ from traditional immunosuppressants
  fromInterview({
    id: 'targeted-therapies-from-understanding',
    topic: 'mechanism',
    about: [US_ORAL_JAK, OUR_BIOLOGICS],
    locator: Q1,
    paraphrase:
      'A better understanding of the disease makes it possible to design more targeted treatments. The gain may be better efficacy, but above all it is better safety.',
    quotes: [
      'As our understanding of a disease continues to evolve and get more advanced, it lets us develop therapies that are much more targeted in treating the disease.',
      'And the advantage is that we get better efficacy potentially, but more so from the safety side.',
    ],
  }),
  fromInterview({
    id: 'older-immunosuppressants-broad-acting',
    topic: 'mechanism',
    about: [
      {
        kind: 'class',
        classId: 'conventional-systemic-immunosuppressant',
        drugs: ['azathioprine', 'cyclosporine', 'methotrexate', 'mycophenolate'],
      },
    ],
    locator: Q1,
    paraphrase:
      'The older, traditional immunosuppressants act broadly: they knock out many cell lines almost indiscriminately. That is why they helped some patients but not everyone, and why side effects appeared with long enough use.',
    quotes: [
      'With our older medications, we know that they have worked in certain individuals because these are what we call broad-acting traditional immunosuppressant agents.',
      'They would knock out multiple different cell lines, blocking everything almost indiscriminately, which is why they did not work for everyone, and we did see certain negative side effects happen if you use these medicines long enough.',
    ],
  }),
  fromInterview({
    id: 'jak-targets-type-2-root-cause',
    topic: 'mechanism',
    about: [JAK_MECHANISM],
    locator: Q1,
    paraphrase:
      'JAK inhibitors go after the underlying trigger of the inflammation. In AD that is type 2 inflammation, driven by a family of cytokines that can cause several conditions, AD among them.',
    quotes: [
      'With JAK inhibitors, we really get at the underlying root cause of what the inflammation is triggered by.',
      'In the case of AD, we call it type 2 inflammation.',
      'These are the cytokines belonging to a certain family that we know can cause a multitude of different types of conditions such as AD.',
    ],
  }),
  fromInterview({
    id: 'jak-intracellular-biologic-extracellular',
    topic: 'mechanism',
    about: [JAK_MECHANISM, BIOLOGIC_MECHANISM],
    locator: Q1,
    paraphrase:
      'The biggest difference from some of the biologics: JAK inhibitors work inside the cell, while biologics work outside it, blocking cytokines directly or blocking their receptors. Each approach has pros and cons.',
    quotes: [
      'The biggest difference between the JAK inhibitors vs some of the biologic agents we have is that JAK inhibitors work intracellularly, whereas the biologics are extracellular, blocking our cytokines directly or acting as receptor blockers.',
      'There are pros and cons of each of these as well.',
    ],
  }),

  // Q2 — the pathways JAK inhibitors affect
  fromInterview({
    id: 'know-the-immune-axis',
    topic: 'mechanism',
    about: [JAK_MECHANISM, BIOLOGIC_MECHANISM],
    locator: Q2,
    paraphrase:
      'Treating a disease well starts with knowing which immune pathway drives it: first which cytokines are responsible, then which JAK proteins those cytokines signal through.',
    quotes: [
      'To treat a disease effectively, we must understand which immune access is involved in causing that disease.',
      'You could start at the top, which cytokines are responsible for a disease, and then which JAK proteins do those cytokines signal through.',
    ],
    editorNote: '"immune access" is almost certainly a transcription slip for "immune axis".',
  }),
  fromInterview({
    id: 'block-at-cytokine-or-inside-cell',
    topic: 'mechanism',
    about: [BIOLOGIC_MECHANISM, JAK_MECHANISM],
    locator: Q2,
    paraphrase:
      'A disease pathway can be blocked at the level of the cytokine, which is what a biologic does, or inside the cell, which is what a JAK inhibitor does.',
    quotes: [
      'To treat that disease, you could either block it at the cytokine level, which is what a biologic would do, or you could block it intracellularly, which is what a small molecule protein like a JAK inhibitor would do.',
    ],
    editorNote:
      '"small molecule protein" is probably a slip for "small molecule": JAK inhibitors are small molecules, not proteins.',
  }),
  fromInterview({
    id: 'ad-cytokine-profiles-vary',
    topic: 'mechanism',
    about: [JAK_MECHANISM, BIOLOGIC_MECHANISM],
    locator: Q2,
    paraphrase:
      'Many cytokines are at play in AD. Unlike psoriasis, thought to be much more uniform, AD differs from person to person: being Black, Asian or White, onset in childhood or adulthood, and other type 2 conditions all change the cytokine profile.',
    quotes: [
      'We know that in AD, there is a multitude of different cytokines at play.',
      'Unlike psoriasis, which we think is much more homogenous, in AD it is a much more a mixed population.',
      'Depending on whether you are Black, Asian, or White; whether you had AD as a child or as an adult; and whether you have other type 2 comorbidities, your cytokine profile will look quite different.',
    ],
  }),
  fromInterview({
    id: 'biologics-block-one-or-two-cytokines',
    topic: 'mechanism',
    about: [OUR_BIOLOGICS, US_ORAL_JAK],
    locator: Q2,
    paraphrase:
      'Because of that variety, blocking one or two cytokines, as biologics do, is sometimes not enough. IL-4 and IL-13 are very important in AD but not the whole story: IL-31, IL-22 and interferon contribute too, and a biologic may not block them the way a JAK inhibitor would.',
    quotes: [
      'And because of that, sometimes we cannot just be blocking a single cytokine or 2, which is what our biologics are doing.',
      'Of course, IL-4 and IL-13 are 2 very important cytokines in AD, but that is not all.',
      'We know that there are other cytokines, such as IL-31, IL-22, and interferon, which also contribute to AD, but may not be inhibited by a biologic like a JAK inhibitor would.',
    ],
    editorNote:
      'The last sentence reads garbled; it probably means these cytokines may not be blocked by a biologic the way a JAK inhibitor blocks their signalling. "Our biologics" here are the IL-4 and IL-13 antibodies the interview discusses (dupilumab, tralokinumab). It does not discuss lebrikizumab, an IL-13 antibody approved in the US on 13 Sep 2024, or nemolizumab, an IL-31 receptor antibody approved in the US for AD on 14 Dec 2024.',
    editorSources: checked('lilly-2024-ebglyss-fda', 'epocrates-2024-nemluvio-ad'),
  }),
  fromInterview({
    id: 'cytokines-converge-on-four-jaks',
    topic: 'mechanism',
    about: [JAK_MECHANISM],
    locator: Q2,
    paraphrase:
      'What those cytokines share is that they all signal through JAK proteins: more than 50 cytokines go through just 4 JAKs, so there is a lot of redundancy.',
    quotes: [
      'The key thing that all those cytokines have in common is they have to signal through these JAK proteins.',
      'There are over 50 different cytokines that signal through just 4 JAK proteins, so there is a lot of redundancy built in here.',
    ],
  }),
  fromInterview({
    id: 'jak1-is-the-target',
    topic: 'mechanism',
    about: [JAK_MECHANISM],
    locator: Q2,
    paraphrase:
      'The key cytokines driving AD signal through JAK1, so JAK1 is the one to target. JAK2, JAK3 and TYK2 do jobs one does not necessarily want to block, such as lipid metabolism and fighting off viruses.',
    quotes: [
      'What we know is that the key cytokines driving AD signal through JAK 1, which is why we want to target JAK 1 and leave alone the other members of the JAK family, like JAK 2, JAK 3, or TYK2, because those JAK members also serve important functions that we do not necessarily want to be blocking, such as lipid metabolism and fighting off viruses.',
    ],
    editorNote:
      'This is the interviewee’s simplification: JAK1 selectivity does not spare lipid or shingles effects. The labels of the JAK1-selective drugs list both: abrocitinib warns of dose-dependent rises in blood lipids, and herpes zoster was among the most frequent serious infections in its AD trials; upadacitinib lists herpes zoster and raised cholesterol among its adverse reactions and requires lipid tests. The interviewee himself reports lipid rises (Q4).',
    editorSources: checked(
      'mims-th-cibinqo',
      'pfizer-us-cibinqo-warnings',
      'mims-hk-rinvoq',
      'rinvoq-hcp-us-ad',
    ),
  }),
  fromInterview({
    id: 'selectivity-first-vs-second-generation',
    topic: 'mechanism',
    about: [JAK_MECHANISM],
    locator: Q2,
    paraphrase:
      'Ideally JAK inhibitors are very selective, which raises the question whether they are all alike. Older first-generation JAK inhibitors block JAK1, JAK2, JAK3 and TYK2 less discriminately; second-generation ones are relatively more selective for JAK1, but none is 100% selective.',
    quotes: [
      'Ideally, we get very selective with our JAK inhibitors too, which poses another question: Are JAK inhibitors all the same? Are they different? And what about the older first-generation JAK inhibitors that block JAK 1, JAK 2, JAK 3, and TYK2 less discriminately?',
      'Our second-generation JAK inhibitors are relatively more selective for JAK 1, but no JAK inhibitor is 100% selective.',
    ],
    editorNote:
      'The interview does not assign drugs to generations explicitly, though it calls tofacitinib a pan-JAK inhibitor and contrasts it with “our selective JAK inhibitors” (Q4).',
  }),

  // Q3 — efficacy in clinical trials
  fromInterview({
    id: 'oral-jak-trials-beat-placebo',
    topic: 'efficacy',
    about: [US_ORAL_JAK],
    locator: Q3,
    paraphrase:
      'Randomised, placebo-controlled trials of upadacitinib and abrocitinib, the oral JAK inhibitors available in the United States, showed them superior to placebo, including placebo on top of background steroids.',
    quotes: [
      'Randomized placebo-controlled studies were conducted for the oral JAK inhibitors that we have in the United States, upadacitinib and abrocitinib, showing that JAK inhibitors were superior to just using nothing, a placebo, or people using steroids in the background.',
    ],
    editorNote:
      'The background steroids in these trials were topical: in JADE COMPARE, for example, every patient used background topical therapy.',
    editorSources: checked('bieber-2021-jade-compare'),
  }),
  fromInterview({
    id: 'itch-relief-within-hours',
    topic: 'efficacy',
    about: [US_ORAL_JAK],
    locator: Q3,
    paraphrase:
      'Some results from these trials were, in the interviewee’s words, extraordinary: itch eased within days or weeks, and sometimes within hours or minutes.',
    quotes: [
      'Some of the numbers that we have seen in these studies were nothing short of extraordinary.',
      'We are talking about itch reduction happening not just within days or weeks, but sometimes hours or minutes.',
    ],
    editorNote:
      'The trials we read report itch improving from about the first day or two, not within minutes: upadacitinib separated from placebo and from dupilumab on itch from day 2, the day after the first dose, and abrocitinib reduced itch more than placebo 24 hours after the first dose. We found no published data for relief within minutes.',
    editorSources: checked('ballinger-2025-upadacitinib-itch', 'kim-abrocitinib-itch-pooled'),
  }),
  fromInterview({
    id: 'skin-clearance-and-itch-free',
    topic: 'efficacy',
    about: [US_ORAL_JAK],
    locator: Q3,
    paraphrase:
      'JAK inhibitors are pushing what seemed possible for skin clearance. Studies now measure how many patients reach no or trace itch, and becoming completely itch-free is possible.',
    quotes: [
      'We are also starting to see that JAK inhibitors can push what we think is possible when it comes to skin clearance, and we are starting to measure what percentage of patients will have no itch or trace itch.',
      'With the JAK inhibitors, getting to a completely itch-free state is possible.',
    ],
  }),
  fromInterview({
    id: 'jak-top-efficacy-vs-dupilumab',
    topic: 'efficacy',
    about: [US_ORAL_JAK, { kind: 'drug', drugs: ['dupilumab'] }],
    locator: Q3,
    paraphrase:
      'JAK inhibitors consistently come out on top for efficacy. Against dupilumab, probably still the most-prescribed systemic AD treatment, oral JAK inhibitors do better, especially on the stricter endpoints.',
    quotes: [
      'What we consistently see is that JAK inhibitors come to the top when we look at efficacy.',
      'When you compare oral JAK inhibitors with dupilumab, which is still probably the number one prescribed systemic therapy for AD, the JAK inhibitors are going to outperform dupilumab, especially at the more stringent endpoints.',
    ],
    editorNote:
      'Head-to-head trials against dupilumab tested the higher doses: upadacitinib 30 mg (Heads Up) and abrocitinib 200 mg (JADE COMPARE, JADE DARE). In JADE COMPARE only the 200 mg dose beat dupilumab on the key itch endpoint; abrocitinib 100 mg did not. Baricitinib has not been compared with dupilumab head to head (only indirectly), and network meta-analyses place baricitinib 2 mg and 4 mg, and abrocitinib 100 mg, below dupilumab on EASI-50.',
    editorSources: checked(
      'blauvelt-2021-heads-up',
      'medphanut-2021-jade-compare',
      'simpson-2023-jade-compare-post-hoc',
      'medthority-2022-jade-dare',
      'de-bruin-weller-2022-itc',
      'drucker-2023-living-nma',
    ),
  }),
  fromInterview({
    id: 'easi-75-similar-stricter-endpoints-favour-jak',
    topic: 'efficacy',
    about: [US_ORAL_JAK, { kind: 'drug', drugs: ['dupilumab'] }],
    locator: Q3,
    paraphrase:
      'At EASI-75, dupilumab and the JAK inhibitors are roughly comparable. At EASI-90, EASI-100 and the strict itch score on the numerical rating scale, the JAK inhibitors clearly lead, and they also start working faster.',
    quotes: [
      'For Eczema Area and Severity Index (EASI)-75, both dupilumab and the JAK inhibitors are fairly comparable, but when you look at EASI-90, EASI-100, and achieving a numerical rating scale score of 1, that is clearly where you see the advantage goes to the JAK inhibitors, as well as the speed of onset.',
    ],
    editorNote:
      'Trials usually report this itch endpoint as an itch NRS score of 0 or 1 (no or almost no itch); "a score of 1" probably refers to that. At EASI-75 the comparison depends on the drug and dose: in Heads Up, upadacitinib 30 mg was superior to dupilumab on its primary endpoint, EASI-75 at week 16 (about 71% vs 61%).',
    editorSources: checked('abbvie-2021-heads-up-release', 'blauvelt-2021-heads-up'),
  }),
  fromInterview({
    id: 'jak-faster-than-dupilumab',
    topic: 'efficacy',
    about: [US_ORAL_JAK, { kind: 'drug', drugs: ['dupilumab'] }],
    locator: Q3,
    paraphrase:
      'JAK inhibitors work very quickly. Dupilumab is not slow — it acts fairly rapidly too — but JAK inhibitors are faster still, which matters in a disease where patients are miserable and want relief at once.',
    quotes: [
      'We are seeing the JAK inhibitors work very quickly and this is not to say dupilumab is slow, it is actually a pretty rapid-acting drug as well, but JAK inhibitors are that much faster.',
      'Which I think is really important in a disease like AD where these patients are so much more miserable, they want to get better immediately.',
    ],
  }),

  // Q4 — long-term safety
  fromInterview({
    id: 'boxed-warning-from-tofacitinib-study',
    topic: 'safety',
    about: [{ kind: 'drug', drugs: ['tofacitinib'] }, BOXED_WARNING_JAK],
    locator: Q4,
    paraphrase:
      'Any discussion of JAK inhibitor safety involves the boxed warning. It comes from a study of a different JAK inhibitor, tofacitinib, in high-risk patients with rheumatoid arthritis. Tofacitinib is a pan-JAK inhibitor, perhaps less advantageous than the selective ones, and was studied in a different population.',
    quotes: [
      'We cannot talk about the safety of JAK inhibitors without talking about the box warning, which comes from a different JAK inhibitor called tofacitinib that was studied in a high-risk rheumatoid arthritis (RA) population.',
      'This is a pan-JAK inhibitor, which maybe are less advantageous than our selective JAK inhibitors, and it was studied in a different patient population.',
    ],
    editorNote: BOX_WARNING_NOTE,
  }),
  fromInterview({
    id: 'safety-study-population',
    topic: 'safety',
    about: [{ kind: 'drug', drugs: ['tofacitinib', 'methotrexate'] }],
    locator: Q4,
    paraphrase:
      'Patients in that study were on average 60 years old with moderate-to-severe RA; all were taking methotrexate and just under 60% systemic steroids — on average very unlike the patients dermatologists see. Tofacitinib was compared with TNF inhibitors.',
    quotes: [
      'These patients were on average 60 years old and they had moderate-to-severe RA.',
      'All of them were on methotrexate and just under 60% were on systemic steroids.',
      'This patient population looks on average a lot different than the patients we as dermatologists see.',
      'And those patients were then compared to tumor necrosis factor (TNF) inhibitors.',
    ],
    editorNote:
      'The study is ORAL Surveillance. Its published baseline table gives oral corticosteroid use of 53% in each group, not "just under 60%"; patients were 50 or older with at least one additional cardiovascular risk factor, which is what "high-risk" means here.',
    editorSources: checked(
      'ard-2022-oral-surveillance-table-1',
      'charles-schoeman-oral-surveillance-mace',
    ),
  }),
  fromInterview({
    id: 'safety-study-results',
    topic: 'safety',
    about: [{ kind: 'drug', drugs: ['tofacitinib'] }, BOXED_WARNING_JAK],
    locator: Q4,
    paraphrase:
      'By the end of the 5-year study, blood clots, cancer, heart attack and stroke had occurred in both the tofacitinib and the TNF-inhibitor groups. Rates were low in both, but the relative risk was somewhat higher with tofacitinib, and that is where the boxed warning comes from.',
    quotes: [
      'At the end of the 5-year study, what we found was that some of the adverse events, such as blood clots, cancer, heart attack, and stroke, happened in both groups, with the TNF inhibitor and the JAK inhibitor.',
      'The rates were actually low for both groups, but the relative risk was a little bit higher with the JAK inhibitor vs the TNF inhibitor, which is where the box warning comes from.',
    ],
    editorNote: BOX_WARNING_NOTE,
  }),
  fromInterview({
    id: 'absolute-risk-worst-case',
    topic: 'safety',
    about: [{ kind: 'drug', drugs: ['tofacitinib'] }, US_ORAL_JAK],
    opinion: true,
    locator: Q4,
    paraphrase:
      'In raw numbers the rates were still low: about 1% to 4% of patients had one of these events, even in this worst-case, highest-risk population. That is how the interviewee explains the boxed warning to patients.',
    quotes: [
      'Even when you look at the raw numbers from that safety study, they were still low.',
      'We are talking 1% to 4% will get some of these things and this is your worst-case scenario.',
      'When you pick the worst of the worst patients, it is still 1% to 4%.',
      'That is the way I talk about the box warning with my patients.',
    ],
    editorNote: 'Quoted as "box warning"; the label term is "boxed warning".',
  }),
  fromInterview({
    id: 'safety-study-no-placebo-group',
    topic: 'safety',
    about: [{ kind: 'drug', drugs: ['tofacitinib'] }, US_ORAL_JAK],
    opinion: true,
    locator: Q4,
    paraphrase:
      'The study had no placebo group, so it cannot show what would have happened without treatment — and people with RA have more cancer, heart attacks, strokes and blood clots even untreated, because of their underlying inflammation.',
    quotes: [
      'There are a few key things that we need to point out here. First, there was not a placebo group, so we do not actually know what would have happened if those patients did not get treated with anything.',
      'We know that patients with RA are more likely to experience cancer, heart attack, stroke, and blood clots, even if they are not treated with anything because of the underlying inflammation.',
    ],
  }),
  fromInterview({
    id: 'safety-study-tnf-comparator-unfair',
    topic: 'safety',
    about: [{ kind: 'drug', drugs: ['tofacitinib'] }],
    opinion: true,
    locator: Q4,
    paraphrase:
      'In the interviewee’s view, TNF inhibitors themselves lower the rates of heart attack and stroke, so they were not a fair comparator.',
    quotes: [
      'Second is that TNF inhibitors are helpful in reducing the rates of heart attack and stroke, so it is not a fair comparison.',
    ],
  }),
  fromInterview({
    id: 'safety-study-different-population',
    topic: 'safety',
    about: [{ kind: 'drug', drugs: ['tofacitinib'] }, US_ORAL_JAK],
    opinion: true,
    locator: Q4,
    paraphrase:
      'It was also a different population from the one studied in AD. The study raised a question that will probably remain unanswered for some time.',
    quotes: [
      'And the third thing is, of course, that this is a different patient population.',
      'This is not the same population we are studying.',
      'There is a question this study has led to that we still probably will not know the answer to for some time.',
    ],
  }),
  fromInterview({
    id: 'ad-long-term-safety-data',
    topic: 'safety',
    about: [{ kind: 'drug', drugs: ['upadacitinib', 'abrocitinib'] }],
    locator: Q4,
    paraphrase:
      'Dermatology has less data: 5 years for upadacitinib and 4 years for abrocitinib in AD. So far the adverse events of interest — heart attack, stroke, blood clots, cancer, serious infections and death — occur at rates not much different from the general population.',
    quotes: [
      'In dermatology, we have less data: 5 years’ worth for upadacitinib in AD and 4 years’ worth for abrocitinib in AD.',
      'What we have seen is that these adverse events of interest (heart attack, stroke, blood clots, cancer, serious infections, and death) really are not that much different than what we see in the general population.',
    ],
  }),
  fromInterview({
    id: 'events-happen-without-jak-too',
    topic: 'safety',
    about: [US_ORAL_JAK],
    opinion: true,
    locator: Q4,
    paraphrase:
      'These events can happen on a JAK inhibitor, but they also happen to people with AD who do not take one.',
    quotes: [
      'Can it happen? Sure, it can happen. But can it also happen to people who have AD but do not take a JAK inhibitor? Yes, it happens in them too.',
    ],
  }),
  fromInterview({
    id: 'real-world-data-reference-point',
    topic: 'safety',
    about: [US_ORAL_JAK],
    locator: Q4,
    paraphrase:
      'Real-world data give the background rate of these events, a reference point for judging how likely they are in people taking JAK inhibitors.',
    quotes: [
      'This is where real-world data come in to give us a reference point of the general rate of these things happening in the background and what the likelihood is that they are going to happen to people who take JAK inhibitors.',
    ],
  }),
  fromInterview({
    id: 'manage-risk-factors',
    topic: 'safety',
    about: [US_ORAL_JAK],
    opinion: true,
    locator: Q4,
    paraphrase:
      'These events mostly happen in people with risk factors, which should be controlled or modified where possible. Smoking, high blood pressure, diabetes and being overweight do not rule a patient out, but they call for deliberate counselling and a serious talk about lowering risk — which has worked for many of the interviewee’s patients.',
    quotes: [
      'These things generally happen in people who have risk factors, so we need to do our best to control or modify some of those risk factors.',
      'If someone smokes, has high blood pressure and diabetes, and they are overweight, it does not mean they are not a candidate for a JAK inhibitor, but it does mean that we must be very intentional about how we are counseling these patients.',
      'We must have a very serious conversation about what they need to do to reduce their risks, which we have been able to do successfully in a lot of my patients.',
    ],
  }),
  fromInterview({
    id: 'lab-changes-rarely-stop-treatment',
    topic: 'safety',
    about: [US_ORAL_JAK],
    opinion: true,
    locator: Q4,
    paraphrase:
      'In the interviewee’s experience with hundreds of patients, lab changes such as raised lipids occur but rarely force stopping treatment; liver-test bumps are rare, temporary and settle.',
    quotes: [
      'In the real world of using JAK inhibitors with hundreds of patients, I have seen some lab abnormalities such as lipid elevations but rarely has this led to a scenario where I had to stop the medication.',
      'Rarely I have seen liver function bumps, but if they do happen, they are temporary and they come back down.',
    ],
    editorNote:
      'This is the interviewee’s experience of abnormal results, not monitoring advice: the labels require tests. Upadacitinib (US): screening for TB and viral hepatitis before and during treatment; blood counts and liver enzymes at baseline and periodically; lipids at 12 weeks. Abrocitinib: TB evaluation, viral hepatitis screening and a blood count before starting (US); platelets and lipids before and 4 weeks after starting (UK guidance).',
    editorSources: checked('rinvoq-hcp-us-ad', 'pfizer-us-cibinqo-dosing', 'pfizerpro-uk-cibinqo'),
  }),
  fromInterview({
    id: 'shingles-class-risk',
    topic: 'safety',
    about: [
      {
        kind: 'class',
        classId: 'jak-inhibitor',
        drugs: ['upadacitinib', 'abrocitinib', 'baricitinib', 'tofacitinib', 'ruxolitinib-oral'],
      },
    ],
    opinion: true,
    locator: Q4,
    paraphrase:
      'Shingles is a risk talked about a lot across the JAK inhibitor class, but the interviewee sees it rarely: about 2 patients so far.',
    quotes: [
      'And the big thing that we talk about a lot is shingles as a risk with the entire JAK inhibitor class.',
      'Truthfully, this is not something I am seeing all that often; I have probably had 2 patients who had shingles.',
    ],
  }),
  fromInterview({
    id: 'shingles-vaccination',
    topic: 'safety',
    about: [US_ORAL_JAK],
    opinion: true,
    locator: Q4,
    paraphrase:
      'Most trial patients were not vaccinated against shingles; vaccination would probably lower the rate further. The risk still needs awareness and counselling.',
    quotes: [
      'When you look at the studies, most of those patients are not vaccinated for shingles.',
      'If you vaccinate them, chances are that the shingles rate goes even further down, but it is something we need to be aware of and counsel our patients on.',
    ],
    editorNote:
      'The abrocitinib labels advise completing immunisations, including herpes zoster vaccination, before starting (US), and not using live attenuated vaccines during or just before treatment (UK guidance).',
    editorSources: checked('pfizer-us-cibinqo-dosing', 'pfizerpro-uk-cibinqo'),
  }),

  // Q5 — who is a good candidate
  fromInterview({
    id: 'consider-systemic-after-topical-steroids',
    topic: 'patient-selection',
    about: [US_ORAL_JAK, OUR_BIOLOGICS],
    opinion: true,
    locator: Q5,
    paraphrase:
      'If an intensive regimen of topical steroids has not worked, it is time to at least consider a systemic agent. Usually a biologic and a JAK inhibitor are both very good options, and the patient chooses.',
    quotes: [
      'For me, if a patient has tried an intensive regimen of topical steroids and they cannot get better, it is time to at least consider a systemic agent.',
      'Now, more times than not, a biologic and a JAK inhibitor are going to both be very good options and you leave it up to the patient.',
    ],
  }),
  fromInterview({
    id: 'some-prefer-a-shot-without-labs',
    topic: 'patient-selection',
    about: [OUR_BIOLOGICS],
    opinion: true,
    locator: Q5,
    paraphrase:
      'Some patients prefer an injection every 2 weeks with little else to worry about. Biologics are safe enough that no lab checks are needed, and some people simply feel better with that.',
    quotes: [
      'Some do prefer a shot that they can do every 2 weeks, and they do not have to worry about much else.',
      'The safety of our biologics is so good, you do not even have to check labs.',
      'Some people just feel better with that.',
    ],
    editorNote:
      'Injection intervals differ between biologics; "every 2 weeks" is the interviewee’s example, not dosing advice (nemolizumab, for one, is given every 4 weeks, then every 8 weeks in responders). "You do not even have to check labs" is his view of biologic safety; the JAK inhibitor labels, by contrast, require tests before and during treatment (see the note on lab changes).',
    editorSources: checked('elevate-derm-nemluvio'),
  }),
  fromInterview({
    id: 'some-prefer-a-daily-pill',
    topic: 'patient-selection',
    about: [US_ORAL_JAK],
    opinion: true,
    locator: Q5,
    paraphrase:
      'Other patients want a pill once a day, and since it will probably work better for some of them, they prefer that.',
    quotes: [
      'Whereas other patients want a pill once a day and from an efficacy standpoint, it probably will work better for some people and so some people prefer that as well.',
    ],
    editorNote:
      'Upadacitinib, abrocitinib and baricitinib are taken once daily; tofacitinib tablets (Xeljanz) are taken twice daily, and only Xeljanz XR once daily.',
    editorSources: checked(
      'blauvelt-2021-heads-up',
      'bieber-2021-jade-compare',
      'drucker-2023-living-nma',
      'prescriberpoint-xeljanz-dosing',
    ),
  }),
  fromInterview({
    id: 'risk-factors-favour-biologic-first',
    topic: 'patient-selection',
    about: [OUR_BIOLOGICS, US_ORAL_JAK],
    opinion: true,
    locator: Q5,
    paraphrase:
      'Medical history matters: with many risk factors it may make more sense to start with a biologic and move to a JAK inhibitor only if the treatment goal is not reached.',
    quotes: [
      'Of course, the patient’s medical history is important.',
      'If they have a lot of risk factors it might make more sense to start with a biologic first.',
      'And if that does not get them to the treatment goal, then go to the JAK inhibitor.',
    ],
  }),
  fromInterview({
    id: 'head-and-neck-favours-jak',
    topic: 'patient-selection',
    about: [US_ORAL_JAK, OUR_BIOLOGICS],
    opinion: true,
    locator: Q5,
    paraphrase:
      'Some situations favour starting with a JAK inhibitor — for example eczema mainly on the head and neck, whether it is what remains after the rest of the body has cleared on a biologic or simply the main presentation. JAK inhibitors may work better there, and several studies suggest why.',
    quotes: [
      'But there might be certain clinical scenarios where it makes more sense to start with a JAK inhibitor.',
      'For example, patients who have predominant head and neck eczema.',
      'The rest of their body clears on the biologic, and maybe that is the leftover area, or it is just the main presentation they have.',
      'In those patients, JAK inhibitors may actually work better.',
      'There are several studies showing why this might be the case.',
    ],
  }),
  fromInterview({
    id: 'head-and-neck-contact-dermatitis',
    topic: 'patient-selection',
    about: [US_ORAL_JAK, OUR_BIOLOGICS],
    opinion: true,
    locator: Q5,
    paraphrase:
      'One theory: patients with mainly head-and-neck dermatitis may also have other conditions, such as contact dermatitis, on top of AD — and, as the interviewee puts it, biologics treat contact dermatitis less well than JAK inhibitors.',
    quotes: [
      'One theory is that these patients who have predominant head and neck dermatitis might have a lot of other things going on like contact dermatitis, for example, in addition to their AD, and we know biologics do not work quite as well for contact dermatitis as JAK inhibitors do.',
    ],
  }),
  fromInterview({
    id: 'jak-also-blocks-il-22',
    topic: 'mechanism',
    about: [US_ORAL_JAK, OUR_BIOLOGICS],
    locator: Q5,
    paraphrase:
      'Another study suggests JAK inhibitors block a broader range of cytokines: not only IL-4 and IL-13 but IL-22 as well.',
    quotes: [
      'There is another study where JAK inhibitors can inhibit a broader range of cytokines, not just IL-4 and IL-13, but IL-22 as well.',
    ],
  }),
  fromInterview({
    id: 'eczema-psoriasis-overlap-favours-jak',
    topic: 'patient-selection',
    about: [US_ORAL_JAK, OUR_BIOLOGICS],
    opinion: true,
    locator: Q5,
    paraphrase:
      'In the interviewee’s experience, a JAK inhibitor works better for patients with a hybrid of eczema and psoriasis, because it treats both.',
    quotes: [
      'I have also found that for patients who have a hybrid between eczema and psoriasis, a JAK inhibitor works better because it hits both the psoriasis and the AD.',
    ],
    editorNote:
      'Upadacitinib and tofacitinib are approved for psoriatic arthritis; the labels we read list no plaque-psoriasis indication for them.',
    editorSources: checked('patient-info-rinvoq-smpc', 'prescriberpoint-xeljanz'),
  }),
  fromInterview({
    id: 'itch-predominant-favours-jak',
    topic: 'patient-selection',
    about: [US_ORAL_JAK, OUR_BIOLOGICS],
    opinion: true,
    locator: Q5,
    paraphrase:
      'In the interviewee’s experience, JAK inhibitors work better than biologics when itch is the dominant feature of AD.',
    quotes: [
      'Also, for patients who have itch-predominant AD, I have found that JAK inhibitors work better than biologics.',
    ],
    editorNote:
      'The interview does not discuss nemolizumab, an antibody against the IL-31 receptor approved in the US for AD on 14 Dec 2024; it is given every 4 weeks, then every 8 weeks in responders.',
    editorSources: checked('epocrates-2024-nemluvio-ad', 'elevate-derm-nemluvio'),
  }),
  fromInterview({
    id: 'start-stop-flexibility',
    topic: 'patient-selection',
    about: [US_ORAL_JAK, OUR_BIOLOGICS],
    opinion: true,
    locator: Q5,
    paraphrase:
      'For patients who want to be able to start and stop treatment, JAK inhibitors have a clear advantage. Biologics are large proteins the body can recognise; stopping and restarting could in theory provoke neutralising antibodies that make the drug less effective. A JAK inhibitor, a small molecule acting inside the cell, should not provoke antibodies.',
    quotes: [
      'Lastly, if I have a patient who wants the flexibility of being able to start and stop a drug, the JAK inhibitors have a clear advantage there.',
      'Biologics by nature are large proteins that your body will see and if you start and stop a biologic, in theory, you could develop antibodies that are neutralizing it and lowering the efficacy of the drug.',
      'Whereas with a JAK inhibitor, a small molecule protein that works inside the cell, you should not develop antibodies.',
    ],
    editorNote:
      '"small molecule protein" is probably a slip for "small molecule": JAK inhibitors are small molecules, not proteins.',
  }),
  fromInterview({
    id: 'abrocitinib-stop-and-restart-study',
    topic: 'efficacy',
    about: [{ kind: 'drug', drugs: ['abrocitinib'] }],
    locator: Q5,
    paraphrase:
      'In a study the interviewee shares, patients took abrocitinib 200 mg until clear or almost clear, then stopped and waited to flare. When they flared and restarted abrocitinib, over 90% got back to where they had been. Some patients like the idea of intermittent dosing.',
    quotes: [
      'One of the studies that I share is called the JADE DARE study in which patients took abrocitinib 200 mg until they were clear or almost clear, and then they stopped the abrocitinib and waited to see how long it took for them to flare.',
      'And when they flared, over 90% of the patients got right back to where they were when they started abrocitinib again.',
      'I think some people really like the concept of intermittent dosing.',
    ],
    editorNote:
      'The design described (stop abrocitinib once clear, restart at flare) is the JADE REGIMEN trial, not JADE DARE; JADE DARE compared abrocitinib with dupilumab. In JADE REGIMEN, patients who responded to 12 weeks of abrocitinib 200 mg (IGA 0/1 and EASI-75) were randomised to 200 mg, 100 mg or placebo; the primary endpoint was flare, a loss of response needing rescue. With rescue (abrocitinib 200 mg plus topical therapy), 91.8% of those who flared on placebo regained EASI response and 81.6% regained clear or almost clear skin (IGA 0/1); in the 100 mg and 200 mg arms, 74.5% and 55.0% regained EASI response. So "over 90%" is the EASI figure of the placebo arm only (Blauvelt et al., J Am Acad Dermatol 2022).',
    editorSources: checked(
      'blauvelt-2022-jade-regimen-abstract',
      'seekingalpha-2020-jade-regimen',
      'aad-video-pearls-jade-regimen',
    ),
  }),
  fromInterview({
    id: 'seasonal-flares-favour-jak',
    topic: 'patient-selection',
    about: [US_ORAL_JAK],
    opinion: true,
    locator: Q5,
    paraphrase:
      'For patients whose AD flares seasonally — worse in winter or summer, fine the rest of the year — JAK inhibitors also make more sense.',
    quotes: [
      'For a patient who has seasonal flares, maybe they get worse in the wintertime or the summertime, but the rest of the year they are good, JAK inhibitors make more sense for them as well.',
    ],
  }),

  // Q6 — place in the overall treatment strategy
  fromInterview({
    id: 'jak-first-line-systemic',
    topic: 'labeling-and-guidelines',
    about: [US_ORAL_JAK],
    opinion: true,
    locator: Q6,
    paraphrase:
      'In the interviewee’s view, JAK inhibitors are legitimate, bona fide first-line systemic treatments for AD.',
    quotes: ['JAK inhibitors are legitimate, bona fide, first-line systemic agents for AD.'],
    editorNote:
      'This is his view, not the label’s: in the US, upadacitinib and abrocitinib are indicated for refractory disease “not adequately controlled with other systemic drug products, including biologics, or when use of those therapies is inadvisable”. In the EU they are for patients who are “candidates for systemic therapy”. The AAD guideline grades its recommendations (strong or conditional); it does not name first-line agents.',
    editorSources: checked(
      'rinvoq-hcp-us-ad',
      'maestro-2023-cibinqo-adolescents',
      'pbr-rinvoq-ec',
      'mhe-2023-aad-guideline',
    ),
  }),
  fromInterview({
    id: 'aad-strongest-recommendations',
    topic: 'labeling-and-guidelines',
    about: [
      {
        kind: 'drug',
        drugs: ['dupilumab', 'tralokinumab', 'baricitinib', 'abrocitinib', 'upadacitinib'],
      },
    ],
    locator: Q6,
    paraphrase:
      'The American Academy of Dermatology’s guideline gave its strongest recommendation to five systemic agents: two biologics (dupilumab and tralokinumab) and three oral JAK inhibitors (baricitinib — not approved in the United States, approved in Japan for AD — abrocitinib and upadacitinib). On strength of recommendation, biologics and JAK inhibitors are on a par.',
    quotes: [
      'The American Academy of Dermatology recently ranked or ranged our systemic therapies and they gave 5 agents the strongest recommendations: 2 biologics (dupilumab and tralokinumab) and 3 oral JAK inhibitors (baricitinib, which is not approved in the United States, but it is approved in Japan for AD; abrocitinib; and upadacitinib).',
      'Biologics and JAK inhibitors are in parity from the strength of recommendation standpoint.',
    ],
    editorNote:
      '"ranked or ranged" is probably a transcription slip (perhaps "rated"). Baricitinib is approved in the US for other conditions, not for AD, and is approved for AD in the EU as well as Japan. The guideline is Davis et al., J Am Acad Dermatol 2024, released in 2023: it predates the US approvals of lebrikizumab (13 Sep 2024) and nemolizumab for AD (14 Dec 2024), so it does not grade them, which is not the same as not recommending them.',
    editorSources: checked(
      'seekingalpha-2022-olumiant-covid',
      'advfn-2020-baricitinib-chmp',
      'mendeley-2023-aad-guideline-data',
      'lilly-2024-ebglyss-fda',
      'epocrates-2024-nemluvio-ad',
    ),
  }),
  fromInterview({
    id: 'label-requires-prior-systemic',
    topic: 'labeling-and-guidelines',
    about: [US_ORAL_JAK, OUR_BIOLOGICS],
    opinion: true,
    locator: Q6,
    paraphrase:
      'The interviewee reads the label as requiring a systemic therapy before a JAK inhibitor — in his reading, even a course of systemic steroids — whereas a biologic can be started directly, perhaps an advantage for biologics. In the end it comes down to patient preference.',
    quotes: [
      'Now for the label, you have to have tried a systemic therapy first before you go to the JAK inhibitor.',
      'That could be something as simple as a course of systemic steroids.',
      'Patients can go straight onto a biologic, so that is maybe an advantage there.',
      'It is going to come down to patient preference.',
    ],
    editorNote:
      'The US indications of upadacitinib and abrocitinib read: refractory disease “not adequately controlled with other systemic drug products, including biologics, or when use of those therapies is inadvisable”. So a prior systemic is not strictly required where others are inadvisable, and the US wording does not say whether a steroid course counts; the Canadian labels do name one (“e.g. steroid or biologic”). The AAD guideline recommends against systemic corticosteroids (a conditional recommendation). Label wording differs by region and changes over time.',
    editorSources: checked(
      'rinvoq-hcp-us-ad',
      'maestro-2023-cibinqo-adolescents',
      'pfizer-ca-cibinqo-monograph',
      'abbvie-ca-2021-rinvoq',
      'mhe-2023-aad-guideline',
    ),
  }),
  fromInterview({
    id: 'topical-steroids-and-tcis-combine',
    topic: 'combination',
    about: [
      US_ORAL_JAK,
      {
        kind: 'class',
        classId: 'topical-calcineurin-inhibitor',
        drugs: ['pimecrolimus', 'tacrolimus-topical'],
      },
    ],
    opinion: true,
    locator: Q6,
    paraphrase:
      'Whether JAK inhibitors can be combined with other treatments depends on the partner. With topical corticosteroids and topical calcineurin inhibitors, absolutely: some abrocitinib and upadacitinib trials allowed both alongside.',
    quotes: [
      'Can you combine JAK inhibitors with other types of treatments? It depends. Topical corticosteroids and topical calcineurin inhibitors, absolutely.',
      'Some of the studies for both abrocitinib and upadacitinib did allow for concomitant use of topical corticosteroids and topical calcineurin inhibitors.',
    ],
  }),
  fromInterview({
    id: 'topical-jak-combination-challenge',
    topic: 'combination',
    about: [{ kind: 'class', classId: 'topical-jak-inhibitor', drugs: ['ruxolitinib-topical'] }],
    locator: Q6,
    paraphrase: 'Combining gets harder with topical JAK inhibitors.',
    quotes: ['The challenge will be with topical JAK inhibitors.'],
  }),
  fromInterview({
    id: 'topical-jak-label-bars-combination',
    topic: 'labeling-and-guidelines',
    about: [{ kind: 'drug', drugs: ['ruxolitinib-topical'] }, US_ORAL_JAK, OUR_BIOLOGICS],
    opinion: true,
    locator: Q6,
    paraphrase:
      'The approved topical JAK inhibitor carries the same warning label as the oral ones: it is not to be combined with biologics or with other JAK inhibitors. So technically it is not allowed, though in the interviewee’s view that restriction does not rest on medical evidence.',
    quotes: [
      'The approved topical JAK inhibitor does have the same warning label as the oral JAK inhibitors saying that you should not combine JAK inhibitors with biologics or with other JAK inhibitors.',
      'So technically you are not allowed to, even though that is not based on any type of medical information.',
    ],
    editorNote:
      'The interview does not name the product; for AD this is ruxolitinib cream, which carries the same boxed warning as the oral JAK inhibitors. Delgocitinib cream (Anzupgo, for hand eczema) has no boxed warning.',
    editorSources: checked('medlibrary-opzelura', 'thederm-2025-anzupgo'),
  }),
  fromInterview({
    id: 'new-nonsteroidal-topicals-combine',
    topic: 'combination',
    about: [
      {
        kind: 'class',
        classId: 'topical-pde4-inhibitor',
        drugs: ['crisaborole', 'roflumilast-topical'],
      },
      { kind: 'class', classId: 'topical-ahr-agonist', drugs: ['tapinarof'] },
      US_ORAL_JAK,
    ],
    opinion: true,
    locator: Q6,
    paraphrase:
      'As new nonsteroidal topicals are approved, combining them with JAK inhibitors becomes an interesting question; purely medically, there is no reason not to combine them.',
    quotes: [
      'As we start to get new nonsteroidal topicals approved, it should become more interesting.',
      'Can you use those therapies together with our JAK inhibitors?',
      'Purely from a medical standpoint, there is no reason why you cannot combine them.',
    ],
    editorNote:
      'The interview names no product; we read "new nonsteroidal topicals" as agents such as the topical PDE4 inhibitors and tapinarof.',
  }),
  fromInterview({
    id: 'no-systemic-combination-on-label',
    topic: 'combination',
    about: [
      US_ORAL_JAK,
      {
        kind: 'class',
        classId: 'conventional-systemic-immunosuppressant',
        drugs: [
          'azathioprine',
          'cyclosporine',
          'methotrexate',
          'mycophenolate',
          'tacrolimus-systemic',
        ],
      },
    ],
    locator: Q6,
    paraphrase:
      'For systemic therapy, the label does say not to combine oral JAK inhibitors with other systemic immunosuppressants, and AD trials never combined systemic therapies.',
    quotes: [
      'Now, as far as systemic therapies, yes, it does say that you should not combine oral JAK inhibitors with other systemic immunosuppressants.',
      'In our AD studies, you cannot combine systemic therapies ever; it is never a combo study.',
    ],
    editorNote:
      'US wording: abrocitinib is not recommended with other JAK inhibitors, biologic immunomodulators or other immunosuppressants; upadacitinib (for its arthritis uses) not with other JAK inhibitors, biologic DMARDs or potent immunosuppressants such as azathioprine and cyclosporine. The EU upadacitinib label names tacrolimus among them too.',
    editorSources: checked(
      'issuu-2024-cibinqo-limitations',
      'cancertherapyadvisor-rinvoq',
      'rxreasoner-rinvoq-smpc',
    ),
  }),
  fromInterview({
    id: 'combination-data-from-other-diseases',
    topic: 'combination',
    about: [
      {
        kind: 'class',
        classId: 'oral-jak-inhibitor',
        drugs: ['upadacitinib', 'abrocitinib', 'baricitinib', 'tofacitinib'],
      },
      { kind: 'drug', drugs: ['methotrexate', 'leflunomide', 'sulfasalazine'] },
    ],
    opinion: true,
    locator: Q6,
    paraphrase:
      'In rheumatoid arthritis, psoriatic arthritis and inflammatory bowel disease, studies fairly often give JAK inhibitors together with other immunosuppressants — mainly methotrexate, also sulfasalazine and a drug transcribed as "rufinamide" (almost certainly leflunomide). Data from these non-AD cohorts show such combinations can be used safely.',
    quotes: [
      'But we use JAK inhibitors in RA, psoriatic arthritis, and inflammatory bowel disease, and not uncommonly in those patient studies, they are using JAK inhibitors with other immunosuppressants, mainly methotrexate, but also rufinamide and sulfasalazine.',
      'We do have data from non-AD cohorts that you can safely use these things together.',
    ],
    editorNote:
      '"rufinamide" is almost certainly a transcription slip for leflunomide, a standard rheumatoid-arthritis drug (rufinamide is an antiepileptic); this note is attached to leflunomide for that reason. These data concern conventional DMARDs such as methotrexate in arthritis: tofacitinib is used with non-biologic DMARDs such as methotrexate in psoriatic arthritis, and ORAL Surveillance enrolled patients on methotrexate. The labels still advise against potent immunosuppressants such as azathioprine and cyclosporine, and the US abrocitinib label against any other immunosuppressant.',
    editorSources: checked(
      'pfizer-us-xeljanz-dosing',
      'pubfacts-ytterberg-2022',
      'cancertherapyadvisor-rinvoq',
      'issuu-2024-cibinqo-limitations',
    ),
  }),

  // Q7 — long-term management
  fromInterview({
    id: 'expect-years-of-treatment',
    topic: 'long-term-management',
    about: [US_ORAL_JAK],
    opinion: true,
    locator: Q7,
    paraphrase:
      'The interviewee sets the expectation that treatment will last not weeks or months but probably the next couple of years.',
    quotes: [
      'I always try to set the expectation that this is not something we are going to treat in the next couple of weeks or months, but we are probably looking at the next couple of years.',
    ],
  }),
  fromInterview({
    id: 'ad-course-hard-to-predict',
    topic: 'long-term-management',
    about: [US_ORAL_JAK],
    locator: Q7,
    paraphrase:
      'Some people outgrow AD, but most keep some form of it into adult life; the question is how severe. Some have mild AD on the hands and feet, others get worse over time, and it is still hard to predict who will be who.',
    quotes: [
      'We do know that in AD there are some patients who may grow out of it, but the vast majority will have some form of AD in their adult life, it is just a matter of how severe it is.',
      'Some might have mild AD on their hands and feet, but for others, it might get worse over time.',
      'We are still not great at predicting who those patients are.',
    ],
  }),
  fromInterview({
    id: 'stepping-down-when-well-controlled',
    topic: 'long-term-management',
    about: [US_ORAL_JAK, OUR_BIOLOGICS],
    opinion: true,
    locator: Q7,
    paraphrase:
      'With low disease activity and good control for about a year, the interviewee is open to spacing treatment out a little: moving a JAK inhibitor from the higher to the lower dose, or spacing out a biologic. Tapering or stopping should only follow a long period of good control.',
    quotes: [
      'If someone has low levels of disease activity, where they are well controlled for a year, I am not opposed to trying to space out dosing a little bit.',
      'If the patient is on a higher dose of a JAK inhibitor, we can try dropping it to the lower dose or if the patient is taking a biologic, we can try to go every other day.',
      'If you are going to try to taper the dose or even stop therapy, you want to be under good control for a long period of time.',
    ],
    editorNote:
      '"every other day" is probably a slip: biologics for AD are not given daily, so this most likely means spacing the injections out (for example, skipping every other dose). This is the interviewee’s practice, not dosing advice. Longer intervals are on-label for some biologics: tralokinumab every 4 weeks for some patients who are clear or almost clear at week 16, and nemolizumab every 8 weeks for responders after week 16.',
    editorSources: checked('thederm-2021-adbry-fda', 'elevate-derm-nemluvio'),
  }),

  // Q8 — what comes next
  fromInterview({
    id: 'hope-for-more-comfort-with-jak',
    topic: 'outlook',
    about: [US_ORAL_JAK],
    opinion: true,
    locator: Q8,
    paraphrase:
      'What the interviewee most looks forward to is more clinicians becoming comfortable with JAK inhibitors. In his view their efficacy is proven — the most effective class available — but safety worries keep people from using them.',
    quotes: [
      'What I am most excited about for JAK inhibitors, particularly in AD, is just getting more people comfortable with this class of medication.',
      'The efficacy has proven itself; it is the most effective class that we currently have right now, but I think it is the safety that keeps people from using this medication.',
    ],
  }),
  fromInterview({
    id: 'more-long-term-data-coming',
    topic: 'outlook',
    about: [{ kind: 'drug', drugs: ['upadacitinib', 'abrocitinib'] }],
    locator: Q8,
    paraphrase:
      'More data will come with time; there are already 5 years of data for one JAK inhibitor and 4 years for the other.',
    quotes: [
      'We will get more data with time, but we do have 5 years’ worth of data with one of the JAK inhibitors, and 4 years with the other.',
    ],
    editorNote:
      'Going by the safety answer (Q4), these are upadacitinib (5 years) and abrocitinib (4 years) in AD.',
  }),
  fromInterview({
    id: 'earlier-use-in-the-right-patients',
    topic: 'outlook',
    about: [US_ORAL_JAK],
    opinion: true,
    locator: Q8,
    paraphrase:
      'The hope is to use JAK inhibitors early in the treatment sequence for the right patients, not as a last resort once everything else has failed, and to have nuanced conversations so patients can weigh benefits against risks and decide for themselves.',
    quotes: [
      'I am really looking forward to the day where we can all feel comfortable using these medications in the right patients and not as a last resort where we scaled everything else, and this is going to be the last thing.',
      'We will feel comfortable enough to use these medications early on in our treatment sequence in the right individual and have nuanced conversations with patients so we as the experts can contextualize the efficacy and safety of these drugs and they can truly make an informed decision when it comes to benefits vs risks.',
    ],
    editorNote:
      '"scaled everything else" is probably a transcription slip for "failed everything else".',
  }),
];
