/**
 * Every English string shown by the popup, the options page and the background (context menu,
 * keyboard command), in one place so that a translation is a data change. Placeholders are
 * `{name}` and are filled by {@link format}; nothing here is ever parsed as HTML.
 */
export const strings = {
  extensionName: 'JAK Lens',
  contextMenuLookup: 'Look up ‘%s’ in JAK Lens',
  commandToggleSidebar: 'Show or hide the JAK Lens sidebar',

  popupTitle: 'JAK Lens',
  popupDrugsHeading: 'Drugs on this page',
  popupNoDrugs: 'No atopic-dermatitis drug names were found on this page.',
  popupLoading: 'Reading this page…',
  popupCapped: 'This page has more mentions than are highlighted.',
  popupMentions: '{count} mentions',
  popupMention: '1 mention',
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

  importNotJson: 'This file is not valid JSON, so nothing was imported.',
  importTooLarge: 'This file is too large to be a JAK Lens settings file; nothing was imported.',
  importNotSettings: 'This file is not a JAK Lens settings export; nothing was imported.',
  importNewerVersion:
    'This file comes from a newer version of JAK Lens (format {version}); nothing was imported.',
  importBadField: 'The setting “{field}” in this file is not valid; nothing was imported.',
  importUnreadable: 'The file could not be read; nothing was imported.',

  storageTooLarge: 'the site list is too long to sync. Remove some sites and try again.',
  storageUnavailable: 'browser storage is not available.',
} as const;

export type StringKey = keyof typeof strings;

/** Fills `{name}` placeholders; unknown placeholders are left as written so gaps are visible. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : whole,
  );
}
