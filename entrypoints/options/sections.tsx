/**
 * The options page's setting sections, one component each: props in (the settings), one
 * `set` out. The choices derive from the enums in core/settings.ts.
 */
import {
  clampWidth,
  HIGHLIGHT_GROUPS,
  HIGHLIGHT_STYLES,
  LAYOUTS,
  SIDEBAR_WIDTH,
  SIDES,
  SITE_MODES,
  THEMES,
  type Settings,
} from '@/core/settings';
import { LANGUAGE_CHOICES } from '@/core/languages';
import { HOVER_DELAY_MS, HOVER_DELAYS } from '@/core/setting-enums';
import { format, strings, stringsLanguage } from '@/core/strings';
import { choices, Select, type SetSetting } from './controls';
import { ManagedNote, NOTHING_LOCKED, type LockedSet } from './managed';
import { SitesEditor } from './SitesEditor';

interface SectionProps {
  settings: Settings;
  set: SetSetting;
  /** The settings an organisation's policy locks: shown disabled, with a note. */
  locked?: LockedSet;
}

/** The settings that are on or off. */
type OnOffSetting = {
  [K in keyof Settings]: Settings[K] extends boolean ? K : never;
}[keyof Settings];

interface ToggleProps extends Required<SectionProps> {
  setting: OnOffSetting;
  testId: string;
  label: string;
  describedBy?: string;
}

/** A checkbox for one on/off setting, disabled with its note when a policy locks it. */
function Toggle({ setting, testId, label, describedBy, settings, set, locked }: ToggleProps) {
  return (
    <>
      <label class="row">
        <input
          type="checkbox"
          data-testid={testId}
          aria-describedby={describedBy}
          disabled={locked.has(setting)}
          checked={settings[setting]}
          onChange={(e) => set(setting, e.currentTarget.checked)}
        />
        {label}
      </label>
      <ManagedNote locked={locked} setting={setting} />
    </>
  );
}

// Functions, not constants: a label is read when its section renders, in the chosen language.
const siteModeChoices = () =>
  choices(SITE_MODES, {
    all: strings.optionsSiteModeAll,
    'only-listed': strings.optionsSiteModeOnly,
    'except-listed': strings.optionsSiteModeExcept,
  });
const styleChoices = () =>
  choices(HIGHLIGHT_STYLES, {
    background: strings.optionsStyleBackground,
    underline: strings.optionsStyleUnderline,
    none: strings.optionsStyleNone,
  });
const groupChoices = () =>
  choices(HIGHLIGHT_GROUPS, {
    'oral-jak': strings.groupOralJak,
    'topical-jak': strings.groupTopicalJak,
    biologic: strings.groupBiologic,
    'other-topical': strings.groupOtherTopical,
    'conventional-systemic': strings.groupConventionalSystemic,
  });
const sideChoices = () =>
  choices(SIDES, {
    left: strings.optionsSideLeft,
    right: strings.optionsSideRight,
  });
const layoutChoices = () =>
  choices(LAYOUTS, {
    overlay: strings.optionsLayoutOverlay,
    push: strings.optionsLayoutPush,
  });
/** "Short (0.3 s)": the seconds come from HOVER_DELAY_MS, written in the interface language. */
const hoverDelayChoices = () => {
  const seconds = (ms: number) =>
    new Intl.NumberFormat(stringsLanguage(), { maximumFractionDigits: 1 }).format(ms / 1000);
  return choices(HOVER_DELAYS, {
    short: format(strings.optionsHoverDelayShort, { seconds: seconds(HOVER_DELAY_MS.short) }),
    long: format(strings.optionsHoverDelayLong, { seconds: seconds(HOVER_DELAY_MS.long) }),
  });
};
const languageChoices = () =>
  choices(LANGUAGE_CHOICES, { auto: strings.optionsLanguageAuto, ...strings.languageNames });
const themeChoices = () =>
  choices(THEMES, {
    auto: strings.optionsThemeAuto,
    light: strings.optionsThemeLight,
    dark: strings.optionsThemeDark,
  });

/** Where JAK Lens runs: the site mode and the site list. */
export function SitesSection({ settings, set, locked = NOTHING_LOCKED }: SectionProps) {
  return (
    <section>
      <h2>{strings.optionsSitesHeading}</h2>
      <fieldset>
        <legend class="visually-hidden">{strings.optionsSitesHeading}</legend>
        {siteModeChoices().map(([mode, label]) => (
          <label key={mode} class="row">
            <input
              type="radio"
              name="site-mode"
              value={mode}
              data-testid={`options-site-mode-${mode}`}
              disabled={locked.has('siteMode')}
              checked={settings.siteMode === mode}
              onChange={() => set('siteMode', mode)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <ManagedNote locked={locked} setting="siteMode" />
      <SitesEditor
        sites={settings.sites}
        disabled={locked.has('sites')}
        onChange={(sites) => set('sites', sites)}
      />
      <ManagedNote locked={locked} setting="sites" />
    </section>
  );
}

/** How mentions are highlighted, and which groups of drugs are. */
export function HighlightSection({ settings, set, locked = NOTHING_LOCKED }: SectionProps) {
  return (
    <section>
      <h2>{strings.optionsHighlightHeading}</h2>
      <Select
        id="style"
        label={strings.optionsStyleLabel}
        value={settings.highlightStyle}
        disabled={locked.has('highlightStyle')}
        options={styleChoices()}
        onChange={(v) => set('highlightStyle', v)}
      />
      <ManagedNote locked={locked} setting="highlightStyle" />
      <fieldset>
        <legend>{strings.optionsGroupsLabel}</legend>
        {groupChoices().map(([group, label]) => (
          <label key={group} class="row">
            <input
              type="checkbox"
              data-testid={`options-group-${group}`}
              disabled={locked.has('groups')}
              checked={settings.groups[group]}
              onChange={(e) =>
                set('groups', { ...settings.groups, [group]: e.currentTarget.checked })
              }
            />
            {label}
          </label>
        ))}
      </fieldset>
      <ManagedNote locked={locked} setting="groups" />
      <Toggle
        setting="hoverCards"
        testId="options-hover-cards"
        label={strings.optionsHoverCards}
        settings={settings}
        set={set}
        locked={locked}
      />
      <Select
        id="hover-delay"
        label={strings.optionsHoverDelayLabel}
        value={settings.hoverDelay}
        disabled={locked.has('hoverDelay') || !settings.hoverCards}
        options={hoverDelayChoices()}
        onChange={(v) => set('hoverDelay', v)}
      />
      <ManagedNote locked={locked} setting="hoverDelay" />
      <fieldset data-testid="options-no-card-sites">
        <legend>{strings.optionsNoCardSitesLabel}</legend>
        <p class="hint">{strings.optionsNoCardSitesHelp}</p>
        <SitesEditor
          name="no-card-site"
          sites={settings.noCardSites}
          disabled={locked.has('noCardSites')}
          onChange={(sites) => set('noCardSites', sites)}
        />
      </fieldset>
      <ManagedNote locked={locked} setting="noCardSites" />
      <Toggle
        setting="fuzzyMatching"
        testId="options-fuzzy-matching"
        label={strings.optionsFuzzyMatching}
        settings={settings}
        set={set}
        locked={locked}
      />
    </section>
  );
}

/** The in-page sidebar: auto-open, side, layout, width and theme. */
export function SidebarSection({ settings, set, locked = NOTHING_LOCKED }: SectionProps) {
  return (
    <section>
      <h2>{strings.optionsSidebarHeading}</h2>
      <Toggle
        setting="autoOpen"
        testId="options-auto-open"
        label={strings.optionsAutoOpen}
        settings={settings}
        set={set}
        locked={locked}
      />
      <Select
        id="side"
        label={strings.optionsSideLabel}
        value={settings.side}
        disabled={locked.has('side')}
        options={sideChoices()}
        onChange={(v) => set('side', v)}
      />
      <ManagedNote locked={locked} setting="side" />
      <Select
        id="layout"
        label={strings.optionsLayoutLabel}
        value={settings.layout}
        disabled={locked.has('layout')}
        options={layoutChoices()}
        onChange={(v) => set('layout', v)}
      />
      <ManagedNote locked={locked} setting="layout" />
      <div class="field">
        <label for="width">
          {format(strings.optionsWidthLabel, { min: SIDEBAR_WIDTH.min, max: SIDEBAR_WIDTH.max })}
        </label>
        <input
          id="width"
          type="number"
          data-testid="options-width"
          min={SIDEBAR_WIDTH.min}
          max={SIDEBAR_WIDTH.max}
          step={10}
          value={settings.sidebarWidth}
          disabled={locked.has('sidebarWidth')}
          onChange={(e) => {
            const width = clampWidth(e.currentTarget.valueAsNumber);
            e.currentTarget.value = String(width);
            if (width !== settings.sidebarWidth) set('sidebarWidth', width);
          }}
        />
      </div>
      <ManagedNote locked={locked} setting="sidebarWidth" />
      <Select
        id="theme"
        label={strings.optionsThemeLabel}
        value={settings.theme}
        disabled={locked.has('theme')}
        options={themeChoices()}
        onChange={(v) => set('theme', v)}
      />
      <ManagedNote locked={locked} setting="theme" />
    </section>
  );
}

/** PDFs: whether PDF tabs go to the reader by themselves (entrypoints/background/reader-handlers.ts). */
export function PdfSection({ settings, set, locked = NOTHING_LOCKED }: SectionProps) {
  return (
    <section>
      <h2>{strings.optionsPdfHeading}</h2>
      <Toggle
        setting="openPdfsInReader"
        testId="options-open-pdfs"
        describedBy="open-pdfs-hint"
        label={strings.optionsOpenPdfs}
        settings={settings}
        set={set}
        locked={locked}
      />
      <p id="open-pdfs-hint" class="hint">
        {strings.optionsOpenPdfsHint}
      </p>
    </section>
  );
}

/** The interface language; notes and quotes stay in the interview's English. */
export function LanguageSection({ settings, set, locked = NOTHING_LOCKED }: SectionProps) {
  return (
    <section>
      <h2>{strings.optionsLanguageHeading}</h2>
      <Select
        id="language"
        label={strings.optionsLanguageLabel}
        value={settings.language}
        disabled={locked.has('language')}
        options={languageChoices()}
        onChange={(v) => set('language', v)}
      />
      <ManagedNote locked={locked} setting="language" />
      <p class="hint">{strings.optionsLanguageHelp}</p>
    </section>
  );
}
