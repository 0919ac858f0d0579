/**
 * Settings in `storage.sync` through @wxt-dev/storage, under an organisation's managed policy in
 * `storage.managed` (core/policy.ts): the one place that reads, writes and watches them.
 * Everything read passes through `effectiveSettings`, so a bad stored or managed value costs
 * only its own field, a locked setting is enforced whatever is stored, and no storage failure
 * ever throws into a content script.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { strings } from '@/core/strings';
import {
  NO_POLICY,
  readManagedPolicy,
  userPart,
  type ManagedPolicy,
  type PolicyIssue,
} from '@/core/policy';
import {
  DEFAULT_SETTINGS,
  effectiveSettings,
  parseSettings,
  SYNC_ITEM_QUOTA,
  type SettingKey,
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

/** The settings in force, and what the options page says about them. */
export interface SettingsRead {
  settings: Settings;
  /** Why the user's own settings could not be read (the policy's and built-in defaults apply). */
  error: string | null;
  /** The settings the organisation's policy locks (shown disabled). */
  locked: SettingKey[];
  /** Policy entries ignored in whole or part (shown on the options page). */
  policyIssues: PolicyIssue[];
  /** What "Reset" goes back to: the organisation's defaults, else the built-in ones. */
  defaults: Settings;
}

/** The last policy read, so a storage.sync change can be applied without another read. */
let lastPolicy: ManagedPolicy = NO_POLICY;

/**
 * The managed policy. Firefox rejects when no policy exists (no managed-storage manifest) and
 * Chrome gives `{}`: both mean none, as does a browser without the API.
 */
async function readPolicy(): Promise<ManagedPolicy> {
  let raw: unknown = {};
  try {
    raw = await browser.storage.managed.get();
  } catch {
    raw = {};
  }
  lastPolicy = readManagedPolicy(raw);
  return lastPolicy;
}

function compose(stored: unknown, managed: ManagedPolicy, error: string | null): SettingsRead {
  // The item's fallback means "nothing stored": then the policy's defaults apply, not the
  // built-in ones the fallback holds.
  const user = stored === DEFAULT_SETTINGS ? {} : stored;
  return {
    settings: effectiveSettings(user, managed.policy),
    error,
    locked: managed.locked,
    policyIssues: managed.issues,
    defaults: effectiveSettings({}, managed.policy),
  };
}

/**
 * The settings in force (the user's under the organisation's policy), with the locked settings,
 * the policy's problems and why the user's own settings are missing, if they are. Never rejects.
 */
export async function readSettings(): Promise<SettingsRead> {
  const managed = await readPolicy();
  try {
    return compose(await settingsItem().getValue(), managed, null);
  } catch (error) {
    return compose({}, managed, describeStorageError(error));
  }
}

/** The current settings; a failing storage call gives the defaults. Never rejects. */
export async function loadSettings(): Promise<Settings> {
  return (await readSettings()).settings;
}

/**
 * Stores the (re-validated) settings as the user's own. Under a policy, a locked setting keeps
 * the user's earlier stored value (it is enforced on read anyway) and one equal to the
 * organisation's default is left out (core/policy.ts, `userPart`). Rejects with a
 * {@link SettingsStorageError} whose message can be shown as is: the caller decides how to
 * report it, so nothing is swallowed silently.
 */
export async function saveSettings(settings: Settings): Promise<void> {
  const clean = parseSettings(settings);
  const managed = await readPolicy();
  let previous: unknown = {};
  if (managed.locked.length > 0) {
    try {
      const value = await settingsItem().getValue();
      previous = value === DEFAULT_SETTINGS ? {} : value;
    } catch {
      previous = {};
    }
  }
  const stored = userPart(clean, previous, managed);
  if (JSON.stringify(stored).length + SETTINGS_KEY.length > SYNC_ITEM_QUOTA) {
    throw new SettingsStorageError(strings.storageTooLarge);
  }
  try {
    await settingsItem().setValue(stored as Settings);
  } catch (error) {
    throw new SettingsStorageError(describeStorageError(error), { cause: error });
  }
}

/**
 * Calls `cb` with the settings in force whenever they change (in any tab, the popup, the options
 * page, on another synced device, or in the organisation's policy), so open pages apply changes
 * without a reload. Returns the unsubscribe function; if storage is unavailable it watches
 * nothing.
 */
export function watchSettings(cb: (settings: Settings, read: SettingsRead) => void): () => void {
  let active = true;
  const deliver = (read: SettingsRead) => {
    if (active) cb(read.settings, read);
  };
  const onManaged = (_changes: unknown, area: string) => {
    if (area === 'managed') void readSettings().then(deliver);
  };
  let unwatchSync = () => {};
  try {
    unwatchSync = settingsItem().watch((value) => deliver(compose(value, lastPolicy, null)));
    browser.storage.onChanged.addListener(onManaged);
    // A context that watches before it reads: apply the policy as soon as it is known.
    const known = lastPolicy;
    void readPolicy().then((managed) => {
      if (managed !== known && JSON.stringify(managed) !== JSON.stringify(known)) {
        void readSettings().then(deliver);
      }
    });
  } catch {
    // No storage here: nothing changes.
  }
  return () => {
    active = false;
    unwatchSync();
    try {
      browser.storage.onChanged.removeListener(onManaged);
    } catch {
      // As above.
    }
  };
}
