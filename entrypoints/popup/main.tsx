/**
 * Popup wiring: finds the active tab, asks its content script for the page report, and passes
 * plain data and callbacks to {@link Popup}. The only file of the popup that touches `browser`.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { dataset } from '@/data';
import { applyTheme } from '@/components/theme';
import { displayNames } from '@/data/queries';
import { MAX_QUERY_LENGTH, type DetectorStatus, type ToContent } from '@/core/detector-protocol';
import { parseDetectorStatus } from '@/core/messages';
import { getSearchIndex, groupHits } from '@/core/search';
import { type SettingKey, type Settings } from '@/core/settings';
import { askWithTimeout, sendQuietly, sendToTab } from '@/platform/messaging';
import { applyLanguage } from '@/platform/language';
import { readSettings, saveSettings, watchSettings } from '@/platform/settings-store';
import { readerUrl } from '@/core/reader-url';
import { classifyUrl, type PageInfo } from './page-kind';
import { Popup } from './Popup';
import './style.css';

/** A content script answers within milliseconds; silence this long means there is none. */
const ANSWER_TIMEOUT_MS = 1500;

const names = displayNames(dataset.drugs);
const index = getSearchIndex(dataset);

/**
 * The tab the popup is about: the active one, or `?tab=<id>` when the popup page is opened in
 * a tab of its own (the end-to-end tests do this, as they cannot click the toolbar button).
 */
async function targetTab(): Promise<{ id?: number; url?: string }> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(param) && param > 0) return browser.tabs.get(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ?? {};
}

/** The tab's report from its content script; null when there is none (or it is not ready). */
async function askReport(tabId: number): Promise<DetectorStatus | null> {
  const answer = await askWithTimeout(
    () => sendToTab(tabId, { type: 'get-report' }),
    ANSWER_TIMEOUT_MS,
  );
  return parseDetectorStatus(answer);
}

async function main(root: HTMLElement): Promise<void> {
  const [loaded, tab] = await Promise.all([
    readSettings(),
    targetTab().catch(() => ({}) as { id?: number; url?: string }),
  ]);
  const tabId = tab.id;
  let settings: Settings = loaded.settings;
  let locked: readonly SettingKey[] = loaded.locked;
  let page: PageInfo = tabId === undefined ? { kind: 'browser' } : classifyUrl(tab.url);
  let report: DetectorStatus | null = null;

  const send = (message: ToContent) => {
    if (tabId === undefined) return;
    void sendQuietly(() => sendToTab(tabId, message));
    window.close();
  };
  const draw = () => {
    applyLanguage(settings.language);
    applyTheme(settings.theme);
    render(
      <Popup
        page={page}
        report={report}
        settings={settings}
        drugName={(id) => names.get(id)}
        search={(query) => groupHits(index.search(query)).flatMap((group) => group.hits)}
        onOpenDrug={(drugId) => send({ type: 'open-sidebar', drugId })}
        onOpenReader={
          tabId === undefined || tab.url === undefined
            ? undefined
            : () => {
                // The tab itself goes to the reader: no web-accessible page, no new permission.
                const url = readerUrl(browser.runtime.getURL('/reader.html'), tab.url ?? '');
                void browser.tabs.update(tabId, { url }).finally(() => window.close());
              }
        }
        onOpenQuery={(query) =>
          send({ type: 'open-sidebar', query: query.slice(0, MAX_QUERY_LENGTH) })
        }
        onSettingsChange={async (next) => {
          await saveSettings(next);
          settings = next;
          draw();
        }}
        siteLocked={locked.includes('siteMode') || locked.includes('sites')}
        onOpenOptions={() => {
          void browser.runtime.openOptionsPage().finally(() => window.close());
        }}
      />,
      root,
    );
  };

  watchSettings((next, read) => {
    settings = next;
    locked = read.locked;
    draw();
  });
  draw();
  if (page.kind !== 'web' || tabId === undefined) return;
  report = await askReport(tabId);
  if (report === null) page = { kind: 'not-ready' };
  draw();
}

const root = document.getElementById('app');
if (root) void main(root);
