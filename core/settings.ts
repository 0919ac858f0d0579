/**
 * User settings: one zod/mini schema from which the `Settings` type, the defaults, the bounds,
 * the tolerant read, the strict import check and the options page's lists all derive. Pure:
 * storage is in platform/settings-store.ts.
 *
 * Every read goes through {@link effectiveSettings} (or {@link parseSettings}, the same without a
 * policy), because the stored value may come from another device, an older or newer version, or
 * a hand-edited export: one bad field must not cost the user the others, and nothing read from
 * storage may throw in a content script. zod/mini, not full zod, because this module is in the
 * content-script bundle.
 */
import * as z from 'zod/mini';
import type { HighlightGroup } from '@/data/schema';
import { LANGUAGE_CHOICES } from './languages';
import { HOVER_DELAYS } from './setting-enums';

import { HIGHLIGHT_STYLES, LAYOUTS, SIDES, SITE_MODES, THEMES } from './setting-enums';

export { HIGHLIGHT_STYLES, LAYOUTS, SIDES, SITE_MODES, THEMES } from './setting-enums';
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

/**
 * The sidebar width in pixels: the resize handle's range (drag, arrow keys, Home/End, its ARIA
 * values), the options page's field and the stored value all use these bounds, so a width the
 * user can reach is a width that is kept.
 */
export const SIDEBAR_WIDTH = Object.freeze({ min: 280, max: 640, default: 380 });
/** More sites than this cannot fit in one `storage.sync` item (8 KB) anyway. */
export const MAX_SITES = 300;
/** Chrome's and Firefox's `storage.sync` QUOTA_BYTES_PER_ITEM (key + JSON value). */
export const SYNC_ITEM_QUOTA = 8192;

/** A whole number of pixels within {@link SIDEBAR_WIDTH}; not a finite number gives the default. */
export function clampWidth(px: number): number {
  if (!Number.isFinite(px)) return SIDEBAR_WIDTH.default;
  return Math.min(SIDEBAR_WIDTH.max, Math.max(SIDEBAR_WIDTH.min, Math.round(px)));
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

/** The entries that name a site, normalised, without repeats, at most {@link MAX_SITES}. */
function keepSites(entries: readonly unknown[]): string[] {
  const sites = new Set<string>();
  for (const entry of entries) {
    if (sites.size >= MAX_SITES) break;
    const host = typeof entry === 'string' ? normalizeHost(entry) : null;
    if (host) sites.add(host);
  }
  return [...sites];
}

/** '' (no address), or a `mailto:` address or `https:` URL short enough to open. */
function isFeedbackAddress(text: string): boolean {
  if (text === '') return true;
  if (text.length > 2000 || text.trim() !== text) return false;
  try {
    const url = new URL(text);
    if (url.protocol === 'mailto:') return url.pathname.includes('@');
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

type Groups = Record<HighlightGroup, boolean>;

/** Every group, each from `given` when that is a boolean and on otherwise. */
function fillGroups(given: Partial<Record<HighlightGroup, unknown>>): Groups {
  const groups = {} as Groups;
  for (const group of HIGHLIGHT_GROUPS) {
    const value = given[group];
    groups[group] = typeof value === 'boolean' ? value : true;
  }
  return groups;
}

/**
 * One setting: `strict` is what an import file must hold (all or nothing), `tolerant` how a
 * stored value is read (it may repair, e.g. drop one bad site instead of the list), and
 * `fallback` the default used when even the tolerant read fails.
 */
interface Field<T> {
  strict: z.ZodMiniType<T>;
  tolerant: z.ZodMiniType<T>;
  fallback: T;
}

function field<T>(
  strict: z.ZodMiniType<T>,
  fallback: NoInfer<T>,
  tolerant: z.ZodMiniType<NoInfer<T>> = strict,
): Field<T> {
  return { strict, tolerant, fallback };
}

const groupFlags = Object.fromEntries(
  HIGHLIGHT_GROUPS.map((group) => [group, z.optional(z.boolean())]),
) as Record<HighlightGroup, z.ZodMiniOptional<z.ZodMiniBoolean>>;

/** A list of hostnames: strictly all valid, tolerantly the valid ones; at most {@link MAX_SITES}. */
const siteList = () =>
  field<string[]>(
    z.pipe(
      z
        .array(z.string().check(z.refine((s) => normalizeHost(s) !== null)))
        .check(z.maxLength(MAX_SITES)),
      z.transform((list: string[]) => keepSites(list)),
    ),
    [],
    z.pipe(
      z.array(z.unknown()),
      z.transform((list: unknown[]) => keepSites(list)),
    ),
  );

/** The settings, field by field: the one place a setting is declared. */
const FIELDS = {
  siteMode: field(z.enum(SITE_MODES), 'all'),
  /** Hostnames, e.g. "example.com" (matches subdomains too). */
  sites: siteList(),
  highlightStyle: field(z.enum(HIGHLIGHT_STYLES), 'background'),
  /** A file may leave groups out (they stay on); a stored value keeps its boolean groups. */
  groups: field<Groups>(
    z.pipe(
      z.strictObject(groupFlags),
      z.transform((given: Partial<Groups>) => fillGroups(given)),
    ),
    fillGroups({}),
    z.pipe(
      z.looseObject({}),
      z.transform((given: Record<string, unknown>) => fillGroups(given)),
    ),
  ),
  autoOpen: field(z.boolean(), false),
  /** Send PDF tabs to the reader (entrypoints/background/reader-handlers.ts); off by default. */
  openPdfsInReader: field(z.boolean(), false),
  side: field(z.enum(SIDES), 'right'),
  layout: field(z.enum(LAYOUTS), 'overlay'),
  theme: field(z.enum(THEMES), 'auto'),
  /** The interface language (core/locale.ts); "auto" follows the browser's. */
  language: field(z.enum(LANGUAGE_CHOICES), 'auto'),
  /** Pixels within {@link SIDEBAR_WIDTH}; a stored number outside it is clamped, not dropped. */
  sidebarWidth: field(
    z.int().check(z.minimum(SIDEBAR_WIDTH.min), z.maximum(SIDEBAR_WIDTH.max)),
    SIDEBAR_WIDTH.default,
    z.pipe(z.number(), z.transform(clampWidth)),
  ),
  /** Whether highlighted names show hover cards at all (an organisation may turn them off). */
  hoverCards: field(z.boolean(), true),
  /** How long the pointer rests on a name before its card shows (core/setting-enums.ts). */
  hoverDelay: field(z.enum(HOVER_DELAYS), 'short'),
  /** Sites where the pointer shows no cards ("Don't show cards on this site"); like `sites`. */
  noCardSites: siteList(),
  /** Also find misspelt names one letter from a long name ("Dupixant"); core/matcher/fuzzy.ts. */
  fuzzyMatching: field(z.boolean(), true),
  /**
   * Where "Report a problem" sends its report: an organisation's `mailto:` or `https:` address
   * (usually set by policy), or '' for none, in which case the report is offered for copying.
   */
  feedbackAddress: field(z.string().check(z.refine(isFeedbackAddress)), ''),
};

type Fields = typeof FIELDS;
export type SettingKey = keyof Fields;
export type Settings = { [K in SettingKey]: Fields[K] extends Field<infer T> ? T : never };
const SETTING_KEYS = Object.keys(FIELDS) as SettingKey[];

export type HighlightStyle = Settings['highlightStyle'];

/** The settings the in-page sidebar reads, under the same names as in storage. */
export type SidebarUi = Pick<
  Settings,
  'side' | 'layout' | 'theme' | 'autoOpen' | 'sidebarWidth' | 'feedbackAddress' | 'hoverDelay'
>;

export function sidebarUi(settings: Settings): SidebarUi {
  const { side, layout, theme, autoOpen, sidebarWidth, feedbackAddress, hoverDelay } = settings;
  return { side, layout, theme, autoOpen, sidebarWidth, feedbackAddress, hoverDelay };
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (typeof child === 'object' && child !== null) deepFreeze(child);
  }
  return Object.freeze(value);
}

function fallbackOf<K extends SettingKey>(key: K): Settings[K] {
  return structuredClone(FIELDS[key].fallback) as Settings[K];
}

/** The defaults, shared and deeply frozen; {@link defaultSettings} gives a mutable copy. */
export const DEFAULT_SETTINGS: Readonly<Settings> = deepFreeze(
  Object.fromEntries(SETTING_KEYS.map((key) => [key, fallbackOf(key)])) as Settings,
);

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}

/** One field of `source` read tolerantly; undefined when it is missing or beyond repair. */
function readField<K extends SettingKey>(source: unknown, key: K): Settings[K] | undefined {
  try {
    if (typeof source !== 'object' || source === null || Array.isArray(source)) return undefined;
    const value: unknown = (source as Record<string, unknown>)[key];
    if (value === undefined) return undefined;
    const result = FIELDS[key].tolerant.safeParse(value);
    return result.success ? (result.data as Settings[K]) : undefined;
  } catch {
    // A hostile object (throwing getter, revoked proxy) costs only the field it spoils.
    return undefined;
  }
}

/** Whether `key` names a setting (a policy or a file may name anything). */
export function isSettingKey(key: unknown): key is SettingKey {
  return typeof key === 'string' && Object.hasOwn(FIELDS, key);
}

/**
 * How `value` reads as the setting `key`: 'valid', 'repaired' (used in part, e.g. a site list
 * without its bad entries, or clamped), or 'invalid' (not used at all). Never throws.
 */
export function settingValueStatus(
  key: SettingKey,
  value: unknown,
): 'valid' | 'repaired' | 'invalid' {
  try {
    if (FIELDS[key].strict.safeParse(value).success) return 'valid';
    return FIELDS[key].tolerant.safeParse(value).success ? 'repaired' : 'invalid';
  } catch {
    return 'invalid';
  }
}

/**
 * What an organisation's managed policy sets. Unlocked values are the organisation's defaults,
 * which the user may change; locked fields take the policy's value (or, if it has no valid one,
 * the built-in default) whatever the user stored.
 */
export interface SettingsPolicy {
  values?: unknown;
  locked?: readonly string[];
}

/**
 * The settings in force, field by field: the built-in default, then the policy's unlocked value,
 * then the user's synced value, then the policy's locked value, each read with the same tolerant
 * per-field parse. Never throws.
 */
export function effectiveSettings(user: unknown, policy: SettingsPolicy = {}): Settings {
  let locked: ReadonlySet<string>;
  try {
    locked = new Set(Array.isArray(policy.locked) ? policy.locked : []);
  } catch {
    locked = new Set();
  }
  const settings = {} as Record<SettingKey, unknown>;
  for (const key of SETTING_KEYS) {
    const fromPolicy = readField(policy.values, key);
    settings[key] = locked.has(key)
      ? (fromPolicy ?? fallbackOf(key))
      : (readField(user, key) ?? fromPolicy ?? fallbackOf(key));
  }
  return settings as Settings;
}

/**
 * Reads settings from anything (storage, an import, a message). Never throws: a value that is
 * not an object gives the defaults, and each malformed field falls back to its own default while
 * the valid ones are kept.
 */
export function parseSettings(value: unknown): Settings {
  return effectiveSettings(value);
}

/**
 * The strict check of an import file's `settings`: every field optional (a missing one takes
 * its default), every present one valid, no unknown ones. Its issues name the field at fault.
 */
export const StrictSettingsSchema = z.strictObject(
  Object.fromEntries(SETTING_KEYS.map((key) => [key, z.optional(FIELDS[key].strict)])) as {
    [K in SettingKey]: z.ZodMiniOptional<z.ZodMiniType<Settings[K]>>;
  },
);

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
 * Whether resting the pointer on a name shows its card on `hostname`: hover cards on, and the
 * site (or a parent domain) not in `noCardSites`. Keyboard focus shows cards regardless.
 */
export function hoverCardsOnHost(settings: Settings, hostname: string): boolean {
  const host = cleanHostname(hostname);
  return settings.hoverCards && !settings.noCardSites.some((site) => hostMatches(site, host));
}

/**
 * "Don't show cards on this site": `hostname` added to `noCardSites` (the oldest entry goes when
 * the list is full). Unchanged when it is listed already or names no site.
 */
export function withoutCardsOn(settings: Settings, hostname: string): Settings {
  const host = normalizeHost(hostname);
  if (!host || settings.noCardSites.includes(host)) return settings;
  return { ...settings, noCardSites: keepSites([...settings.noCardSites, host].slice(-MAX_SITES)) };
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
