/**
 * English strings of the in-page UI, in one object so a translation is a data change. Functions
 * cover plurals and interpolation.
 */
import type { Topic } from '@/data/schema';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const strings = {
  product: 'JAK Lens',
  sidebarLabel: 'JAK Lens',
  dataVersion: (version: string, date: string) => `Data v${version} · ${date}`,
  close: 'Close JAK Lens',
  settings: 'JAK Lens settings',
  resize: 'Resize JAK Lens sidebar',
  tabsLabel: 'JAK Lens views',
  tabs: { page: 'On this page', compare: 'Compare', search: 'Search' },

  launcher: (n: number) => `JAK Lens · ${plural(n, 'drug', 'drugs')}`,
  launcherLabel: 'JAK Lens launcher',
  dismissLauncher: 'Hide JAK Lens on this page',

  pageHeading: 'Drugs on this page',
  pageEmpty: 'No atopic-dermatitis drugs were found on this page.',
  pageEmptyHint: 'Use Search to look up a drug, brand name or term.',
  mentions: (n: number) => plural(n, 'mention', 'mentions'),
  capped: 'This page has more mentions than JAK Lens highlights; counts are partial.',

  back: (to: string) => `Back to ${to}`,
  mentionOf: (i: number, n: number) =>
    i < 0 ? plural(n, 'mention', 'mentions') : `Mention ${i + 1} of ${n}`,
  prevMention: 'Previous mention',
  nextMention: 'Next mention',
  mentionNav: 'Mentions on this page',
  showingDrug: (name: string) => `Showing notes for ${name}`,
  namesHeading: 'Names and approvals',
  brands: 'Brand names',
  codes: 'Research codes',
  salts: 'Salts and forms',
  otherNames: 'Other spellings',
  drugClass: 'Class',
  target: 'Target',
  route: 'Route',
  approvals: 'Approval',
  approvalStatus: {
    approved: 'approved for AD',
    'not-approved': 'not approved for AD',
    'approved-other-indications': 'approved for other conditions',
  } as Record<string, string>,
  notFromInterview: 'Not from the interview',
  asOf: (source: string, date: string) => `${source}, as of ${date}`,
  /** Drug facts (DrugFacts.tsx): per-fact source numbers, dated approval steps, withdrawals. */
  factSources: 'Sources',
  sourceRef: (n: number) => `source ${n}`,
  withdrawn: (date: string) => `withdrawn ${date}`,
  dateNotConfirmed: 'date not confirmed',
  noApprovalRecorded: 'No approval is recorded for this drug.',
  /** About this data (AboutData.tsx). */
  aboutTab: 'About this data',
  aboutHeading: 'About this data',
  aboutVersion: 'Data version',
  aboutAsOf: 'Facts checked as of',
  aboutBuild: 'Build date',
  aboutBuildUnknown: 'not recorded in this build',
  aboutSource: 'Source of the notes',
  aboutChangelog: 'Changes to the data',
  /** Compare view: sourced facts beside a row, which the interview does not give. */
  rowSupplement: 'Label and trial facts, not from the interview',
  classOnly: 'The interview discusses this class, not this drug.',
  /** Whom a note is about (see scopeLabel in NoteCard.tsx); `cls` is the class name in prose. */
  aboutDrugs: (names: string) => `About ${names}`,
  aboutClassMembers: (names: string, cls: string) =>
    `About ${names}, as the interview frames ${cls}`,
  aboutWholeClass: (cls: string) => `About ${cls} as a class, as the interview frames them`,
  /** Marks a note that reports the interviewee's opinion or experience rather than data. */
  opinionOf: (speaker: string) => `${speaker}’s view`,
  interviewee: 'The interviewee',
  formsIntro:
    'This name covers forms with different uses. Each form is shown on its own, with only its own notes.',
  noNotes: 'No notes from the interview for this drug.',
  notDiscussed: 'The interview does not discuss this drug.',
  unknownDrug: 'This drug is not in the JAK Lens dataset.',

  topics: {
    mechanism: 'Mechanism',
    efficacy: 'Efficacy',
    safety: 'Safety',
    combination: 'Combination therapy',
    'patient-selection': 'Patient selection',
    'long-term-management': 'Long-term management',
    'labeling-and-guidelines': 'Labeling and guidelines',
    outlook: 'Outlook',
  } satisfies Record<Topic, string>,

  showQuote: 'Show quote',
  hideQuote: 'Hide quote',
  editorNote: 'Editor’s note',
  editorSources: 'Sources of the editor’s note',
  copyCitation: 'Copy citation',
  copied: 'Citation copied',

  compareHeading: 'Oral JAK inhibitors vs biologics',
  aspect: 'Aspect',
  onThisPage: 'on this page',
  compareEmpty: 'No comparison is available in this dataset.',

  searchHeading: 'Search',
  searchLabel: 'Search drugs, brands, notes and terms',
  searchPlaceholder: 'e.g. Rinvoq, ABT-494, boxed warning',
  searchHint: 'Type to search. Enter opens the first result.',
  noResults: (q: string) => `No results for “${q}”.`,
  results: (n: number) => plural(n, 'result', 'results'),
  groups: { drug: 'Drugs', note: 'Notes', glossary: 'Glossary' },

  openNotes: 'Open notes',

  disclaimer: 'For information only, not medical advice. Check the label and clinical guidance.',
  source: 'Source',
};
