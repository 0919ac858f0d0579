/**
 * Decides from the tab's URL whether the content script can run there, so the popup can say
 * plainly why a page shows nothing instead of waiting for an answer that will never come.
 */

/** `web`: an http(s) page where our content script runs; the rest explain why it cannot. */
export type PageKind = 'web' | 'browser' | 'file' | 'store' | 'pdf' | 'not-ready';

export interface PageInfo {
  kind: PageKind;
  /** Hostname of a web page, for the "On this site" switch. */
  host?: string;
}

/**
 * Add-on stores, where Chrome and Firefox block every extension's content scripts (Firefox's
 * `extensions.webextensions.restrictedDomains`, Chrome's web store hosts).
 */
const STORE_HOSTS = [
  'chromewebstore.google.com',
  'addons.mozilla.org',
  'accounts.firefox.com',
  'support.mozilla.org',
  'microsoftedge.microsoft.com',
];
const STORE_PATHS: [host: string, pathPrefix: string][] = [['chrome.google.com', '/webstore']];

function isStore(url: URL): boolean {
  const host = url.hostname;
  if (STORE_HOSTS.some((h) => host === h || host.endsWith(`.${h}`))) return true;
  return STORE_PATHS.some(([h, path]) => host === h && url.pathname.startsWith(path));
}

/**
 * Classifies a tab URL. Unknown (no URL: the popup was not granted the tab) counts as `web`
 * without a host, and the content script's answer settles it.
 */
export function classifyUrl(url: string | undefined): PageInfo {
  if (url === undefined || url === '') return { kind: 'web' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'browser' };
  }
  if (parsed.protocol === 'file:') return { kind: 'file' };
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { kind: 'browser' };
  if (isStore(parsed)) return { kind: 'store' };
  if (/\.pdf$/i.test(parsed.pathname)) return { kind: 'pdf' };
  return { kind: 'web', host: parsed.hostname };
}
