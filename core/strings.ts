/**
 * Every English string JAK Lens shows (in-page sidebar, popup, options page, background context
 * menu and keyboard command), in one table so that a translation is a data change and the
 * browser's `_locales/<lang>/messages.json` can be generated from it later:
 * - a message is a plain template whose only placeholders are `{name}` tokens, filled by
 *   {@link format} (a generator turns `{name}` into `$NAME$` with a `placeholders` entry);
 * - a plural is a {@link Plural} object, one template per plural category, with the count as
 *   `{n}`, chosen by {@link plural} through `Intl.PluralRules` (a generator flattens it to
 *   `mentions_one` / `mentions_other`);
 * - nested groups (`tabs`, `topics`, …) flatten to `tabs_page` and so on.
 * Nothing here is ever parsed as HTML.
 */
import type { Topic } from '@/data/schema';

/**
 * One template per plural category. English (and German) use "one" and "other"; a translation
 * may add the other categories its `Intl.PluralRules` returns (French, Spanish and Portuguese
 * have "many", e.g. "1 000 000 de mentions"); a category without a template reads as "other".
 */
export interface Plural {
  one: string;
  other: string;
  zero?: string;
  two?: string;
  few?: string;
  many?: string;
}

export const strings = {
  extensionName: 'JAK Lens',
  /** The manifest's description (via _locales): at most 132 characters in every language. */
  extensionDescription:
    'Highlights atopic-dermatitis drug names and shows what an expert interview says about each, with the verbatim quote.',
  /** `%s` is not ours: the browser's context menu puts the selected text there. */
  contextMenuLookup: 'Look up ‘%s’ in JAK Lens',
  commandToggleSidebar: 'Show or hide the JAK Lens sidebar',

  popupTitle: 'JAK Lens',
  popupDrugsHeading: 'Drugs on this page',
  popupNoDrugs: 'No atopic-dermatitis drug names were found on this page.',
  popupLoading: 'Reading this page…',
  popupCapped: 'This page has more mentions than are highlighted.',
  popupOpenDrug: 'Open {name} in the sidebar',
  popupSiteToggle: 'On this site ({host})',
  popupSiteDisabled: 'JAK Lens is off on this site.',
  popupSearchLabel: 'Search drugs',
  popupSearchPlaceholder: 'Drug, brand or code',
  popupSearchNoResults: 'No drug matches “{query}”.',
  popupOptions: 'Options',
  popupSaveFailed: 'The setting could not be saved: {reason}',

  pageBrowser: 'JAK Lens cannot run on browser pages. Search still works here.',
  pageFile: 'JAK Lens does not read local files. Search still works here.',
  pageStore: 'Browsers do not let extensions run on add-on store pages. Search still works here.',
  pagePdf:
    'The browser’s own PDF viewer is closed to extensions, so JAK Lens cannot read this PDF here. Its reader can: it opens the same file with the drug names highlighted.',
  popupOpenReader: 'Open in JAK Lens reader',
  pageNotReady: 'JAK Lens is not active on this page yet. Reload the page to use it.',

  optionsTitle: 'JAK Lens options',
  optionsSitesHeading: 'Where JAK Lens runs',
  optionsSiteModeAll: 'On every site',
  optionsSiteModeOnly: 'Only on the sites listed below',
  optionsSiteModeExcept: 'On every site except those listed below',
  optionsSitesHelp: 'A site also covers its subdomains: “example.com” includes “www.example.com”.',
  optionsSiteInputLabel: 'Add a site',
  optionsSiteAdd: 'Add',
  optionsSiteRemove: 'Remove {host}',
  optionsSitesEmpty: 'No sites listed.',
  optionsSiteInvalid: '“{input}” is not a site name. Enter a hostname such as example.com.',
  optionsHighlightHeading: 'Highlighting',
  optionsStyleLabel: 'Highlight style',
  optionsStyleBackground: 'Background colour',
  optionsStyleUnderline: 'Underline',
  optionsStyleNone: 'None',
  optionsGroupsLabel: 'Highlight these drugs',
  groupOralJak: 'Oral JAK inhibitors',
  groupTopicalJak: 'Topical JAK inhibitors',
  groupBiologic: 'Biologics',
  groupOtherTopical: 'Other topical treatments',
  groupConventionalSystemic: 'Conventional systemic treatments',
  optionsSidebarHeading: 'Sidebar',
  optionsAutoOpen: 'Open the sidebar automatically when a page mentions a drug',
  optionsPdfHeading: 'PDFs',
  optionsOpenPdfs: 'Open PDFs in JAK Lens automatically',
  optionsOpenPdfsHint:
    'A PDF you open goes to the JAK Lens reader, which highlights and lists its drug names. Chrome knows a PDF by its content type; Firefox only by a web address ending in .pdf.',
  optionsSideLabel: 'Side',
  optionsSideLeft: 'Left',
  optionsSideRight: 'Right',
  optionsLayoutLabel: 'Layout',
  optionsLayoutOverlay: 'Over the page',
  optionsLayoutPush: 'Beside the page (pushes it aside)',
  optionsWidthLabel: 'Width in pixels ({min}–{max})',
  optionsThemeLabel: 'Theme',
  optionsThemeAuto: 'Same as the system',
  optionsThemeLight: 'Light',
  optionsThemeDark: 'Dark',
  optionsLanguageHeading: 'Language',
  optionsLanguageLabel: 'Language of JAK Lens',
  optionsLanguageAuto: 'Same as the browser',
  optionsLanguageHelp:
    'Notes and quotes stay in English, the language of the interview. The browser’s own lists of extensions and shortcuts show JAK Lens in the browser’s language.',
  /** Each language by its own name, the same in every table. */
  languageNames: {
    en: 'English',
    de: 'Deutsch',
    es: 'Español',
    fr: 'Français',
    pt: 'Português',
  },
  optionsBackupHeading: 'Reset and backup',
  optionsReset: 'Reset to defaults',
  optionsExport: 'Export settings',
  optionsImport: 'Import settings…',
  optionsSaved: 'Saved.',
  optionsImported: 'Settings imported.',
  optionsResetDone: 'Settings reset to defaults.',
  optionsLoadFailed:
    'Your settings could not be read ({reason}); the defaults are shown and nothing was changed.',
  optionsSaveFailed: 'Your change could not be saved: {reason}',
  optionsHoverCards: 'Show a card when pointing at a highlighted name',
  optionsHoverDelayLabel: 'Wait before showing a card',
  /** `{seconds}` is the delay in seconds, written in the interface language (0.3). */
  optionsHoverDelayShort: 'Short ({seconds} s)',
  optionsHoverDelayLong: 'Long ({seconds} s)',
  optionsNoCardSitesLabel: 'Sites without cards',
  optionsNoCardSitesHelp:
    'Pointing at a name shows no card on these sites; moving keyboard focus to it still does.',
  optionsFuzzyMatching: 'Also find names misspelt by one letter (shown dotted)',
  /** Beside a setting an organisation's policy locks (options page, popup). */
  managedByOrganisation: 'Managed by your organisation',
  optionsPolicyIssues:
    'Part of your organisation’s policy for JAK Lens cannot be used; the rest applies:',
  optionsPolicyInvalid: '“{name}” is not a valid value, so it is ignored.',
  optionsPolicyRepaired: '“{name}” has entries that are not valid; they are ignored.',
  optionsPolicyUnknown: '“{name}” is not a JAK Lens setting, so it is ignored.',

  importNotJson: 'This file is not valid JSON, so nothing was imported.',
  importTooLarge: 'This file is too large to be a JAK Lens settings file; nothing was imported.',
  importNotSettings: 'This file is not a JAK Lens settings export; nothing was imported.',
  importNewerVersion:
    'This file comes from a newer version of JAK Lens (format {version}); nothing was imported.',
  importBadField: 'The setting “{field}” in this file is not valid; nothing was imported.',
  importUnreadable: 'The file could not be read; nothing was imported.',

  storageTooLarge: 'the site list is too long to sync. Remove some sites and try again.',
  storageUnavailable: 'browser storage is not available.',

  /* The in-page sidebar, launcher and hover card. */
  sidebarLabel: 'JAK Lens',
  dataVersion: 'Data v{version} · {date}',
  close: 'Close JAK Lens',
  settings: 'JAK Lens settings',
  resize: 'Resize JAK Lens sidebar',
  tabsLabel: 'JAK Lens views',
  tabs: { page: 'On this page', compare: 'Compare', search: 'Search' },

  launcher: { one: 'JAK Lens · {n} drug', other: 'JAK Lens · {n} drugs' },
  launcherLabel: 'JAK Lens launcher',
  /** The launcher and the popup, when the page refused the sidebar's code (scripting blocked). */
  sidebarUnavailable: 'This page does not let JAK Lens open its sidebar here.',
  dismissLauncher: 'Hide JAK Lens on this page',

  pageHeading: 'Drugs on this page',
  pageEmpty: 'No atopic-dermatitis drugs were found on this page.',
  pageEmptyHint: 'Use Search to look up a drug, brand name or term.',
  mentions: { one: '{n} mention', other: '{n} mentions' },
  capped: 'This page has more mentions than JAK Lens highlights; counts are partial.',

  back: 'Back to {view}',
  /** The mention last scrolled to; before the first, the count alone (`mentions`). */
  mentionOf: 'Mention {i} of {n}',
  prevMention: 'Previous mention',
  nextMention: 'Next mention',
  mentionNav: 'Mentions on this page',
  showingDrug: 'Showing notes for {name}',
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
  asOf: '{source}, as of {date}',
  /** Drug facts (DrugFacts.tsx): per-fact source numbers, dated approval steps, withdrawals. */
  factSources: 'Sources',
  sourceRef: 'source {n}',
  withdrawn: 'withdrawn {date}',
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
  aboutNotesLanguage: 'Language of the notes',
  notesInEnglish: 'Notes and quotes are in English, as in the interview.',
  /** Compare view: sourced facts beside a row, which the interview does not give. */
  rowSupplement: 'Label and trial facts, not from the interview',
  classOnly: 'The interview discusses this class, not this drug.',
  /** Whom a note is about (see scopeLabel in NoteCard.tsx); `{className}` is the class in prose. */
  aboutDrugs: 'About {names}',
  aboutClassMembers: 'About {names}, as the interview frames {className}',
  aboutWholeClass: 'About {className} as a class, as the interview frames them',
  /** Marks a note that reports the interviewee's opinion or experience rather than data. */
  opinionOf: '{speaker}’s view',
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
  /** A note's "Cite" panel (NoteCitations.tsx). */
  cite: {
    toggle: 'Cite',
    heading: 'Copy quote with citation',
    ama: 'AMA',
    amaMarkdown: 'AMA (Markdown)',
    vancouver: 'Vancouver',
    vancouverMarkdown: 'Vancouver (Markdown)',
    sourceHeading: 'The source, for a reference manager',
    copyRis: 'Copy RIS',
    downloadRis: 'Download RIS',
    copyBibtex: 'Copy BibTeX',
    downloadBibtex: 'Download BibTeX',
  },
  /** What became of a copy, shown beside the action (CopyStatus.tsx). */
  copy: {
    done: 'Copied',
    failed: 'Couldn’t copy — select and copy this text',
    textLabel: 'Text to copy',
  },
  /** "Report a problem" with a note (ProblemReport.tsx); `report` labels the report's lines. */
  problem: {
    toggle: 'Report a problem',
    heading: 'Report a problem with this note',
    intro: 'The report is prepared here. JAK Lens sends nothing: you send it, if you want to.',
    includePage: 'Include this page’s address',
    textLabel: 'The report',
    sendEmail: 'Email it to your organisation',
    openForm: 'Open your organisation’s feedback page',
    pasteHint: 'Copy the report and paste it into that page.',
    copy: 'Copy the report',
    noAddress:
      'Your organisation has not set a feedback address: copy the report to send it yourself.',
    truncated: 'The email holds a shortened report: paste the full text into it if needed.',
    subject: 'JAK Lens: problem with note {noteId}',
    report: {
      heading: 'Problem with a JAK Lens note',
      version: 'Data version',
      note: 'Note',
      quote: 'Quote',
      page: 'Page',
      problem: 'What is wrong',
    },
  },
  /** The page list's export (PageExport.tsx); `columns` head the CSV and the Markdown table. */
  exportPage: {
    heading: 'Export this page’s drugs',
    copyCsv: 'Copy CSV',
    downloadCsv: 'Download CSV',
    copyMarkdown: 'Copy Markdown',
    downloadMarkdown: 'Download Markdown',
    columns: {
      drug: 'Drug',
      names: 'Names seen',
      count: 'Mentions',
      context: 'First context',
    },
  },

  compareHeading: 'Oral JAK inhibitors vs biologics',
  aspect: 'Aspect',
  onThisPage: 'on this page',
  compareEmpty: 'No comparison is available in this dataset.',

  searchHeading: 'Search',
  searchLabel: 'Search drugs, brands, notes and terms',
  searchPlaceholder: 'e.g. Rinvoq, ABT-494, boxed warning',
  searchHint: 'Type to search. Enter opens the first result.',
  noResults: 'No results for “{query}”.',
  results: { one: '{n} result', other: '{n} results' },
  groups: { drug: 'Drugs', note: 'Notes', glossary: 'Glossary' },

  openNotes: 'Open notes',
  /** Hover card of a misspelt name (the fuzzy rule): `{name}` is the name as the label writes it. */
  didYouMean: 'Did you mean {name}?',
  /** Hover card: adds the page's site to the options' "Sites without cards". */
  hideCardsOnSite: 'Don’t show cards on this site',

  disclaimer: 'For information only, not medical advice. Check the label and clinical guidance.',
  source: 'Source',

  /** The PDF reader page. */
  reader: {
    title: 'JAK Lens reader',
    open: 'Open a PDF…',
    dropHint: 'Open a PDF with the button above, or drop one anywhere on this page.',
    emptyHeading: 'Read a PDF with JAK Lens',
    emptyText:
      'The browser’s own PDF viewer cannot be read by extensions. Here, drug names are highlighted and listed by page.',
    loading: 'Opening the PDF…',
    passwordLabel: 'This PDF is password-protected. Enter its password to open it.',
    passwordWrong: 'That password is not right. Try again.',
    passwordSubmit: 'Open',
    passwordCancel: 'Cancel',
    passwordNeeded: 'This PDF is password-protected: JAK Lens cannot open it without its password.',
    invalidPdf: 'This is not a PDF, or the file is damaged: PDF.js could not read it.',
    httpNotFound: 'The server says this PDF does not exist (404 Not found).',
    httpError: 'The server did not send the PDF (HTTP {status}).',
    fetchFailed: 'The PDF could not be fetched ({reason}).',
    refetchHint:
      'If the PDF is behind a login, came from a form, or from a one-time link, the reader cannot fetch it again: save it from the browser, then open the saved file here.',
    requestOrigin:
      'JAK Lens has no permission to read files from {origin}. Allow it to fetch PDFs from this site (and only this site), then it will try again.',
    allowOrigin: 'Allow and retry',
    localFile:
      'Extension pages cannot open file: links. Use “Open a PDF…” or drop the file here: the file stays on this computer.',
    localFileChrome:
      'To open file: links here, Chrome needs your permission: open chrome://extensions, choose Details under JAK Lens and turn on “Allow access to file URLs”, then reload this page. Or use “Open a PDF…” or drop the file here: the file stays on this computer.',
    unsupported: 'The reader opens http and https links to PDFs only.',
    scanning: 'Reading the text: page {done} of {total}…',
    scanCancel: 'Stop',
    scanCancelled: 'Stopped after {done} of {total} pages: the list shows those pages only.',
    noText: "No selectable text: JAK Lens can't read scanned pages.",
    noNamesInPages: {
      one: 'No drug names found in {n} page.',
      other: 'No drug names found in {n} pages.',
    },
    ofDrugs: { one: 'of {n} drug.', other: 'of {n} drugs.' },
    page: 'Page',
    ofPages: 'of {n}',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoom: 'Zoom',
    zoomAuto: 'Automatic',
    zoomWidth: 'Page width',
    zoomFit: 'Whole page',
    find: 'Find in document',
    findNext: 'Next match',
    findPrevious: 'Previous match',
    findCount: '{current} of {total}',
    findNone: 'Not found',
    drugsHeading: 'Drugs in this document',
    statusLabel: 'This document',
    noDrugsYet: 'No drug names found so far.',
    nextMention: 'Next mention',
    previousMention: 'Previous mention',
    mentionCount: '{n}×',
    onPages: 'Pages',
    pageButton: 'p. {n}',
  },
} as const;

/** Fills `{name}` placeholders; unknown placeholders are left as written so gaps are visible. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : whole,
  );
}

let language = 'en';
let pluralRules = new Intl.PluralRules('en');

/** The language `strings` is in now (BCP 47, e.g. "de"); English until `setLanguage` runs. */
export function stringsLanguage(): string {
  return language;
}

/**
 * Records the language `strings` now holds, for {@link plural} and {@link stringsLanguage}.
 * Only core/locale.ts calls this, right after it swaps the table's contents.
 */
export function setStringsLanguage(lang: string): void {
  language = lang;
  pluralRules = new Intl.PluralRules(lang);
}

/**
 * The form of a plural message for `n` in the current language, filled: `{n}` is the count,
 * `values` fill the rest. A category the message has no template for reads as "other".
 */
export function plural(
  message: Plural,
  n: number,
  values: Record<string, string | number> = {},
): string {
  const template = message[pluralRules.select(n)] ?? message.other;
  return format(template, { ...values, n });
}
