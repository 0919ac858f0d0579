/**
 * User settings: shape, defaults, bounds and tolerant parsing. Pure: storage is in
 * platform/settings-store.ts.
 *
 * Every read goes through {@link parseSettings}, because the stored value may come from another
 * device, an older or newer version, or a hand-edited export: one bad field must not cost the
 * user the others, and nothing read from storage may throw in a content script.
 */
import type { HighlightGroup } from '@/data/schema';

export interface Settings {
  siteMode: 'all' | 'only-listed' | 'except-listed';
  /** Hostnames, e.g. "example.com" (matches subdomains too). */
  sites: string[];
  highlightStyle: 'background' | 'underline' | 'none';
  groups: Record<HighlightGroup, boolean>;
  autoOpen: boolean;
  side: 'left' | 'right';
  layout: 'overlay' | 'push';
  theme: 'auto' | 'light' | 'dark';
  /** Pixels, clamped to {@link SIDEBAR_WIDTH_MIN}..{@link SIDEBAR_WIDTH_MAX}. */
  sidebarWidth: number;
}

export const SITE_MODES = ['all', 'only-listed', 'except-listed'] as const;
export const HIGHLIGHT_STYLES = ['background', 'underline', 'none'] as const;
export const SIDES = ['left', 'right'] as const;
export const LAYOUTS = ['overlay', 'push'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
/** Runtime list of the dataset's highlight groups, in the order the options page shows them. */
export const HIGHLIGHT_GROUPS = [
  'oral-jak',
  'topical-jak',
  'biologic',
  'other-topical',
  'conventional-systemic',
] as const satisfies readonly HighlightGroup[];
/** Fails to compile if the schema gains a group that is missing above. */
type AllGroupsListed =
  Exclude<HighlightGroup, (typeof HIGHLIGHT_GROUPS)[number]> extends never ? true : never;
const allGroupsListed: AllGroupsListed = true;
void allGroupsListed;

export const SIDEBAR_WIDTH_MIN = 280;
export const SIDEBAR_WIDTH_MAX = 640;
/** More sites than this cannot fit in one `storage.sync` item (8 KB) anyway. */
export const MAX_SITES = 300;
/** Chrome's and Firefox's `storage.sync` QUOTA_BYTES_PER_ITEM (key + JSON value). */
export const SYNC_ITEM_QUOTA = 8192;

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (typeof child === 'object' && child !== null) deepFreeze(child);
  }
  return Object.freeze(value);
}

export const DEFAULT_SETTINGS: Settings = deepFreeze<Settings>({
  siteMode: 'all',
  sites: [],
  highlightStyle: 'background',
  groups: {
    'oral-jak': true,
    'topical-jak': true,
    biologic: true,
    'other-topical': true,
    'conventional-systemic': true,
  },
  autoOpen: false,
  side: 'right',
  layout: 'overlay',
  theme: 'auto',
  sidebarWidth: 380,
});

/** A fresh, mutable copy of the defaults (the exported constant is shared and deeply frozen). */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, sites: [], groups: { ...DEFAULT_SETTINGS.groups } };
}

function oneOf<T extends string>(value: unknown, options: readonly T[], fallback: T): T {
  return options.includes(value as T) ? (value as T) : fallback;
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

export function clampWidth(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_SETTINGS.sidebarWidth;
  return Math.min(SIDEBAR_WIDTH_MAX, Math.max(SIDEBAR_WIDTH_MIN, Math.round(value)));
}

const HOST_LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;

/**
 * Turns what a user types or pastes ("https://www.Example.com/page", "*.example.com",
 * "bücher.de") into the hostname the browser reports (`www.example.com`, `xn--bcher-kva.de`),
 * or null when it cannot name a web site. The URL parser does the IDN and case work.
 */
export function normalizeHost(input: string): string | null {
  let text = input.trim().toLowerCase().replace(/^\*\./, '');
  if (!text || text.length > 300) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = `http://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.replace(/\.$/, '');
  if (host.startsWith('[') && host.endsWith(']')) return host;
  if (host.length === 0 || host.length > 253) return null;
  return host.split('.').every((label) => HOST_LABEL.test(label)) ? host : null;
}

function parseSites(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const sites = new Set<string>();
  for (const entry of value) {
    if (sites.size >= MAX_SITES) break;
    const host = typeof entry === 'string' ? normalizeHost(entry) : null;
    if (host) sites.add(host);
  }
  return [...sites];
}

function parseGroups(value: unknown): Record<HighlightGroup, boolean> {
  const source =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const groups = { ...DEFAULT_SETTINGS.groups };
  for (const group of HIGHLIGHT_GROUPS) groups[group] = bool(source[group], groups[group]);
  return groups;
}

/**
 * Reads settings from anything (storage, an import, a message). Never throws: a value that is
 * not an object gives the defaults, and each malformed field falls back to its own default while
 * the valid ones are kept.
 */
export function parseSettings(value: unknown): Settings {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return defaultSettings();
    }
    const v = value as Record<string, unknown>;
    const d = DEFAULT_SETTINGS;
    return {
      siteMode: oneOf(v.siteMode, SITE_MODES, d.siteMode),
      sites: parseSites(v.sites),
      highlightStyle: oneOf(v.highlightStyle, HIGHLIGHT_STYLES, d.highlightStyle),
      groups: parseGroups(v.groups),
      autoOpen: bool(v.autoOpen, d.autoOpen),
      side: oneOf(v.side, SIDES, d.side),
      layout: oneOf(v.layout, LAYOUTS, d.layout),
      theme: oneOf(v.theme, THEMES, d.theme),
      sidebarWidth: clampWidth(v.sidebarWidth),
    };
  } catch {
    // A hostile object (throwing getter, revoked proxy) is treated like any other bad value.
    return defaultSettings();
  }
}

function cleanHostname(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '');
}

function hostMatches(site: string, host: string): boolean {
  return host === site || host.endsWith(`.${site}`);
}

/** Whether JAK Lens runs on `hostname` (as in `location.hostname`); listed sites cover subdomains. */
export function isEnabledOnHost(settings: Settings, hostname: string): boolean {
  if (settings.siteMode === 'all') return true;
  const host = cleanHostname(hostname);
  const listed = host !== '' && settings.sites.some((site) => hostMatches(site, host));
  return settings.siteMode === 'only-listed' ? listed : !listed;
}

/**
 * The popup's "On this site" switch: returns settings in which `isEnabledOnHost(result,
 * hostname) === enabled`, changing as little as possible. Turning a site off in "all" mode
 * switches to "except-listed" with just that site (the list is unused in "all" mode, and an old
 * "only-listed" list must not silently become a block list). Turning a host on where a parent
 * domain blocks it (or off where a parent domain allows it) removes that parent entry, since
 * the switch must take effect.
 */
export function setSiteEnabled(settings: Settings, hostname: string, enabled: boolean): Settings {
  const host = cleanHostname(hostname);
  if (!host || isEnabledOnHost(settings, host) === enabled) return settings;
  if (settings.siteMode === 'all') return { ...settings, siteMode: 'except-listed', sites: [host] };
  const addToList = (settings.siteMode === 'only-listed') === enabled;
  const sites = addToList
    ? [...settings.sites, host]
    : settings.sites.filter((site) => !hostMatches(site, host));
  return { ...settings, sites };
}
