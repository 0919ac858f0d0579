import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PolicyIssue } from '@/core/policy';
import { defaultSettings, type SettingKey, type Settings } from '@/core/settings';
import { format, strings } from '@/core/strings';
import type { SetSetting } from './controls';
import { NOTHING_LOCKED, PolicyIssues, type LockedSet } from './managed';
import {
  HighlightSection,
  LanguageSection,
  PdfSection,
  SidebarSection,
  SitesSection,
} from './sections';
import { MAX_SETTINGS_FILE_BYTES, parseSettingsFile, serializeSettings } from './settings-file';

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
  /** The settings an organisation's policy locks (shown disabled; a change to them is not kept). */
  locked?: readonly SettingKey[];
  /** Policy entries ignored in whole or part, listed at the top of the page. */
  policyIssues?: readonly PolicyIssue[];
  /** What "Reset to defaults" gives: the organisation's defaults, else the built-in ones. */
  defaults?: Settings;
  /**
   * Subscribes to the locked settings and policy problems as the policy changes; returns the
   * unsubscribe. Without it they stay as given.
   */
  watchPolicy?: (cb: (policy: Policy) => void) => () => void;
  /** Switches `strings` to the language setting; called before the page renders in it. */
  onLanguage?: (language: Settings['language']) => void;
}

/** What the page shows of an organisation's policy. */
export interface Policy {
  locked: readonly SettingKey[];
  policyIssues: readonly PolicyIssue[];
}

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
  const [policy, setPolicy] = useState<Policy>({
    locked: props.locked ?? [],
    policyIssues: props.policyIssues ?? [],
  });
  const locked: LockedSet = policy.locked.length > 0 ? new Set(policy.locked) : NOTHING_LOCKED;
  const { watchPolicy } = props;
  useEffect(() => watchPolicy?.(setPolicy), [watchPolicy]);
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
  // During render, not in an effect: this render's labels must already be in the new language.
  useMemo(() => props.onLanguage?.(settings.language), [props.onLanguage, settings.language]);

  const commit = (wanted: Settings, done: string = strings.optionsSaved) => {
    // A locked setting keeps its enforced value, whatever a reset or an import says.
    const next = { ...wanted };
    for (const key of locked) (next as Record<SettingKey, unknown>)[key] = settings[key];
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
  const set: SetSetting = (key, value) => commit({ ...settings, [key]: value });

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

      <PolicyIssues issues={policy.policyIssues} />
      <SitesSection settings={settings} set={set} locked={locked} />
      <HighlightSection settings={settings} set={set} locked={locked} />
      <SidebarSection settings={settings} set={set} locked={locked} />
      <LanguageSection settings={settings} set={set} locked={locked} />
      <PdfSection settings={settings} set={set} locked={locked} />

      <section>
        <h2>{strings.optionsBackupHeading}</h2>
        <div class="actions">
          <button
            type="button"
            data-testid="options-reset"
            onClick={() => commit(props.defaults ?? defaultSettings(), strings.optionsResetDone)}
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
