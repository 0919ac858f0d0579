/**
 * Settings in `storage.sync` through @wxt-dev/storage: the one place that reads, writes and
 * watches them. Everything read passes through `parseSettings`, so a bad stored value costs only
 * its own field, and no storage failure ever throws into a content script.
 */
import { storage } from 'wxt/utils/storage';
import { strings } from '@/core/strings';
import {
  DEFAULT_SETTINGS,
  defaultSettings,
  parseSettings,
  SYNC_ITEM_QUOTA,
  type Settings,
} from '@/core/settings';

/** Raised by {@link saveSettings} with a message fit for the options page. */
export class SettingsStorageError extends Error {
  override name = 'SettingsStorageError';
}

function describeStorageError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/quota/i.test(text)) return strings.storageTooLarge;
  return text || strings.storageUnavailable;
}

/**
 * Storage migrations, keyed by the version they produce. Version 1 is the first shape, so
 * none are needed yet; a future shape change adds `2: (v1) => v2` here and bumps
 * {@link SETTINGS_VERSION}. Whatever a migration returns is still parsed on read.
 */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {};
export const SETTINGS_VERSION = 1;
export const SETTINGS_KEY = 'sync:settings' as const;

function defineSettingsItem() {
  return storage.defineItem<Settings>(SETTINGS_KEY, {
    fallback: DEFAULT_SETTINGS,
    version: SETTINGS_VERSION,
    // WXT runs migrations as soon as an item is defined, in every tab, and reports a failure with
    // console.error: a value from a newer version (another synced device, a rollback) logged
    // "Version downgrade detected" on every page. With no migration yet there is nothing to run,
    // and parseSettings reads such a value field by field. The first real migration must run
    // `settingsItem().migrate()` once in the background and catch its error there.
    migrations: Object.keys(SETTINGS_MIGRATIONS).length > 0 ? SETTINGS_MIGRATIONS : undefined,
  });
}

let item: ReturnType<typeof defineSettingsItem> | undefined;

/**
 * Defined on first use rather than at import, so that modules which only need the pure
 * helpers (parseSettings, isEnabledOnHost) never touch `browser.storage`.
 */
export function settingsItem(): ReturnType<typeof defineSettingsItem> {
  item ??= defineSettingsItem();
  return item;
}

/** Settings plus the reason they are the defaults, when storage could not be read. */
export interface SettingsRead {
  settings: Settings;
  error: string | null;
}

/** Like {@link loadSettings}, but tells the options page why it got the defaults. */
export async function readSettings(): Promise<SettingsRead> {
  try {
    return { settings: parseSettings(await settingsItem().getValue()), error: null };
  } catch (error) {
    return { settings: defaultSettings(), error: describeStorageError(error) };
  }
}

/** The current settings; a failing storage call gives the defaults. Never rejects. */
export async function loadSettings(): Promise<Settings> {
  return (await readSettings()).settings;
}

/**
 * Stores the (re-validated) settings. Rejects with a {@link SettingsStorageError} whose message
 * can be shown as is: the caller decides how to report it, so nothing is swallowed silently.
 */
export async function saveSettings(settings: Settings): Promise<void> {
  const clean = parseSettings(settings);
  if (JSON.stringify(clean).length + SETTINGS_KEY.length > SYNC_ITEM_QUOTA) {
    throw new SettingsStorageError(strings.storageTooLarge);
  }
  try {
    await settingsItem().setValue(clean);
  } catch (error) {
    throw new SettingsStorageError(describeStorageError(error), { cause: error });
  }
}

/**
 * Calls `cb` with the parsed settings whenever they change (in any tab, the popup, the options
 * page or on another synced device), so open pages apply changes without a reload. Returns the
 * unsubscribe function; if storage is unavailable it watches nothing.
 */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  try {
    return settingsItem().watch((value) => cb(parseSettings(value)));
  } catch {
    return () => {};
  }
}
