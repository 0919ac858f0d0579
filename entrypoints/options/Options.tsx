import { useEffect, useRef, useState } from 'preact/hooks';
import {
  HIGHLIGHT_GROUPS,
  SIDEBAR_WIDTH_MAX,
  SIDEBAR_WIDTH_MIN,
  clampWidth,
  defaultSettings,
  type Settings,
} from '@/core/settings';
import { format, strings, type StringKey } from '@/core/strings';
import { MAX_SETTINGS_FILE_BYTES, parseSettingsFile, serializeSettings } from './settings-file';
import { SitesEditor } from './SitesEditor';

export interface OptionsProps {
  initial: Settings;
  /** Why `initial` is the defaults (storage could not be read), shown until the next success. */
  loadError: string | null;
  /** Persists settings; a rejection's message is shown and the form returns to the last saved state. */
  save: (settings: Settings) => Promise<void>;
  /** Subscribes to changes made elsewhere (the popup, another device); returns the unsubscribe. */
  watch: (cb: (settings: Settings) => void) => () => void;
  /** Offers `text` as a download named `filename`. */
  download: (filename: string, text: string) => void;
  /** Applies the theme setting to this page. */
  onTheme?: (theme: Settings['theme']) => void;
}

const GROUP_LABELS: Record<(typeof HIGHLIGHT_GROUPS)[number], StringKey> = {
  'oral-jak': 'groupOralJak',
  'topical-jak': 'groupTopicalJak',
  biologic: 'groupBiologic',
  'other-topical': 'groupOtherTopical',
  'conventional-systemic': 'groupConventionalSystemic',
};

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The options page: every setting saves as soon as it changes; open tabs follow via storage. */
export function Options(props: OptionsProps) {
  const [settings, setSettings] = useState(props.initial);
  const [error, setError] = useState<string | null>(
    props.loadError ? format(strings.optionsLoadFailed, { reason: props.loadError }) : null,
  );
  const [status, setStatus] = useState('');
  const saved = useRef(props.initial);
  const { watch, onTheme } = props;

  useEffect(
    () =>
      watch((next) => {
        saved.current = next;
        setSettings(next);
      }),
    [watch],
  );
  useEffect(() => onTheme?.(settings.theme), [onTheme, settings.theme]);

  const commit = (next: Settings, done: string = strings.optionsSaved) => {
    setSettings(next);
    setStatus('');
    props.save(next).then(
      () => {
        saved.current = next;
        setError(null);
        setStatus(done);
      },
      (e: unknown) => {
        setSettings(saved.current);
        setError(format(strings.optionsSaveFailed, { reason: reason(e) }));
      },
    );
  };
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    commit({ ...settings, [key]: value });

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let text: string;
    try {
      if (file.size > MAX_SETTINGS_FILE_BYTES) throw new Error(strings.importTooLarge);
      text = await file.text();
    } catch (e) {
      setStatus('');
      setError(
        e instanceof Error && e.message === strings.importTooLarge
          ? e.message
          : strings.importUnreadable,
      );
      return;
    }
    const result = parseSettingsFile(text);
    if (!result.ok) {
      setStatus('');
      setError(result.error);
      return;
    }
    commit(result.settings, strings.optionsImported);
  };

  return (
    <main class="options">
      <h1>{strings.optionsTitle}</h1>
      {error && (
        <p class="error" role="alert" data-testid="options-error">
          {error}
        </p>
      )}

      <section>
        <h2>{strings.optionsSitesHeading}</h2>
        <fieldset>
          <legend class="visually-hidden">{strings.optionsSitesHeading}</legend>
          {(
            [
              ['all', strings.optionsSiteModeAll],
              ['only-listed', strings.optionsSiteModeOnly],
              ['except-listed', strings.optionsSiteModeExcept],
            ] as const
          ).map(([mode, label]) => (
            <label key={mode} class="row">
              <input
                type="radio"
                name="site-mode"
                value={mode}
                data-testid={`options-site-mode-${mode}`}
                checked={settings.siteMode === mode}
                onChange={() => set('siteMode', mode)}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <SitesEditor sites={settings.sites} onChange={(sites) => set('sites', sites)} />
      </section>

      <section>
        <h2>{strings.optionsHighlightHeading}</h2>
        <Select
          id="style"
          label={strings.optionsStyleLabel}
          value={settings.highlightStyle}
          options={[
            ['background', strings.optionsStyleBackground],
            ['underline', strings.optionsStyleUnderline],
            ['none', strings.optionsStyleNone],
          ]}
          onChange={(v) => set('highlightStyle', v)}
        />
        <fieldset>
          <legend>{strings.optionsGroupsLabel}</legend>
          {HIGHLIGHT_GROUPS.map((group) => (
            <label key={group} class="row">
              <input
                type="checkbox"
                data-testid={`options-group-${group}`}
                checked={settings.groups[group]}
                onChange={(e) =>
                  set('groups', { ...settings.groups, [group]: e.currentTarget.checked })
                }
              />
              {strings[GROUP_LABELS[group]]}
            </label>
          ))}
        </fieldset>
      </section>

      <section>
        <h2>{strings.optionsSidebarHeading}</h2>
        <label class="row">
          <input
            type="checkbox"
            data-testid="options-auto-open"
            checked={settings.autoOpen}
            onChange={(e) => set('autoOpen', e.currentTarget.checked)}
          />
          {strings.optionsAutoOpen}
        </label>
        <Select
          id="side"
          label={strings.optionsSideLabel}
          value={settings.side}
          options={[
            ['left', strings.optionsSideLeft],
            ['right', strings.optionsSideRight],
          ]}
          onChange={(v) => set('side', v)}
        />
        <Select
          id="layout"
          label={strings.optionsLayoutLabel}
          value={settings.layout}
          options={[
            ['overlay', strings.optionsLayoutOverlay],
            ['push', strings.optionsLayoutPush],
          ]}
          onChange={(v) => set('layout', v)}
        />
        <div class="field">
          <label for="width">
            {format(strings.optionsWidthLabel, { min: SIDEBAR_WIDTH_MIN, max: SIDEBAR_WIDTH_MAX })}
          </label>
          <input
            id="width"
            type="number"
            data-testid="options-width"
            min={SIDEBAR_WIDTH_MIN}
            max={SIDEBAR_WIDTH_MAX}
            step={10}
            value={settings.sidebarWidth}
            onChange={(e) => {
              const width = clampWidth(e.currentTarget.valueAsNumber);
              e.currentTarget.value = String(width);
              if (width !== settings.sidebarWidth) set('sidebarWidth', width);
            }}
          />
        </div>
        <Select
          id="theme"
          label={strings.optionsThemeLabel}
          value={settings.theme}
          options={[
            ['auto', strings.optionsThemeAuto],
            ['light', strings.optionsThemeLight],
            ['dark', strings.optionsThemeDark],
          ]}
          onChange={(v) => set('theme', v)}
        />
      </section>

      <section>
        <h2>{strings.optionsBackupHeading}</h2>
        <div class="actions">
          <button
            type="button"
            data-testid="options-reset"
            onClick={() => commit(defaultSettings(), strings.optionsResetDone)}
          >
            {strings.optionsReset}
          </button>
          <button
            type="button"
            data-testid="options-export"
            onClick={() => props.download('jak-lens-settings.json', serializeSettings(settings))}
          >
            {strings.optionsExport}
          </button>
          <label class="file-button">
            {strings.optionsImport}
            <input
              type="file"
              accept="application/json,.json"
              data-testid="options-import"
              onChange={(e) => void importFile(e.currentTarget)}
            />
          </label>
        </div>
      </section>
      <p role="status" class="status" data-testid="options-status">
        {status}
      </p>
    </main>
  );
}

interface SelectProps<T extends string> {
  id: string;
  label: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
}

function Select<T extends string>({ id, label, value, options, onChange }: SelectProps<T>) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        data-testid={`options-${id}`}
        value={value}
        onChange={(e) => {
          const next = options.find(([v]) => v === e.currentTarget.value);
          if (next) onChange(next[0]);
        }}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
