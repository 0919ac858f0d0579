/**
 * Options page wiring: reads the settings (reporting, not hiding, a storage failure) and hands
 * storage functions to {@link Options}.
 */
import { render } from 'preact';
import { applyTheme } from '@/components/theme';
import { applyLanguage } from '@/platform/language';
import { readSettings, saveSettings, watchSettings } from '@/platform/settings-store';
import { downloadText } from './download';
import { Options } from './Options';
import './style.css';

async function main(root: HTMLElement): Promise<void> {
  const { settings, error, locked, policyIssues, defaults } = await readSettings();
  // Before the first render, so the page never paints without its palette.
  applyTheme(settings.theme);
  applyLanguage(settings.language);
  render(
    <Options
      initial={settings}
      loadError={error}
      save={saveSettings}
      watch={watchSettings}
      locked={locked}
      policyIssues={policyIssues}
      defaults={defaults}
      watchPolicy={(cb) => watchSettings((_, read) => cb(read))}
      download={downloadText}
      onTheme={applyTheme}
      onLanguage={applyLanguage}
    />,
    root,
  );
}

const root = document.getElementById('app');
if (root) void main(root);
