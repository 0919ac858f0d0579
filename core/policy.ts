/**
 * An organisation's managed policy (`storage.managed`, set by IT through Chrome's or Firefox's
 * enterprise policies; README "Managed settings"), read into a {@link SettingsPolicy}. Pure: the
 * storage call is in platform/settings-store.ts.
 *
 * The policy is flat: one key per setting (the same names and values as in storage), plus
 * `locked`, the list of settings the user may not change. Chrome checks a policy against
 * public/managed-schema.json and drops a value that does not fit; Firefox checks nothing, so
 * every value is checked here again, field by field: a malformed one is ignored alone (the
 * rest still applies) and reported, so the options page can say so.
 */
import {
  effectiveSettings,
  isSettingKey,
  settingValueStatus,
  type SettingKey,
  type Settings,
  type SettingsPolicy,
} from './settings';

/** The policy key that lists the locked settings. */
export const LOCKED_KEY = 'locked';

/**
 * One policy entry JAK Lens could not (fully) use: `invalid` values are ignored, `repaired` ones
 * are used without their bad parts (a site that is no hostname, an unknown name in `locked`),
 * `unknown` names are not settings at all.
 */
export interface PolicyIssue {
  name: string;
  problem: 'invalid' | 'repaired' | 'unknown';
}

export interface ManagedPolicy {
  policy: SettingsPolicy;
  /** The settings the policy locks, in settings order. */
  locked: SettingKey[];
  issues: PolicyIssue[];
}

/** No policy: what Chrome's `{}` and Firefox's rejection (no managed storage) both mean. */
export const NO_POLICY: ManagedPolicy = Object.freeze({
  policy: Object.freeze({}),
  locked: Object.freeze([]) as unknown as SettingKey[],
  issues: Object.freeze([]) as unknown as PolicyIssue[],
});

function entriesOf(raw: unknown): [string, unknown][] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [];
  try {
    return Object.entries(raw);
  } catch {
    return [];
  }
}

function readLocked(value: unknown, issues: PolicyIssue[]): Set<SettingKey> {
  const locked = new Set<SettingKey>();
  if (!Array.isArray(value)) {
    issues.push({ name: LOCKED_KEY, problem: 'invalid' });
    return locked;
  }
  let dropped = false;
  for (const entry of value as unknown[]) {
    if (isSettingKey(entry)) locked.add(entry);
    else dropped = true;
  }
  if (dropped) issues.push({ name: LOCKED_KEY, problem: 'repaired' });
  return locked;
}

/**
 * Reads what `storage.managed.get()` returned. Never throws: anything that is not an object is
 * no policy, and each entry is kept, repaired or ignored on its own.
 */
export function readManagedPolicy(raw: unknown): ManagedPolicy {
  const values: Partial<Record<SettingKey, unknown>> = {};
  const issues: PolicyIssue[] = [];
  let locked = new Set<SettingKey>();
  for (const [name, value] of entriesOf(raw)) {
    if (value === undefined) continue;
    if (name === LOCKED_KEY) {
      locked = readLocked(value, issues);
    } else if (!isSettingKey(name)) {
      issues.push({ name, problem: 'unknown' });
    } else {
      const status = settingValueStatus(name, value);
      if (status !== 'valid') issues.push({ name, problem: status });
      if (status !== 'invalid') values[name] = value;
    }
  }
  if (issues.length === 0 && locked.size === 0 && Object.keys(values).length === 0) {
    return NO_POLICY;
  }
  const order = Object.keys(effectiveSettings({})) as SettingKey[];
  return {
    policy: { values, locked: [...locked] },
    locked: order.filter((key) => locked.has(key)),
    issues,
  };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What to store as the user's own settings when they save `next` under `managed`: a locked
 * setting keeps the user's earlier value (stored before the lock, used again if IT lifts it),
 * and a setting equal to the policy's default is left out, so the user keeps following the
 * organisation's default if it changes. Without a policy this is `next` itself.
 */
export function userPart(
  next: Settings,
  previous: unknown,
  managed: ManagedPolicy,
): Partial<Settings> {
  if (managed === NO_POLICY) return next;
  const enforced = effectiveSettings({}, managed.policy);
  const before = effectiveSettings(previous);
  const stored: Partial<Record<SettingKey, unknown>> = {};
  const had = new Set(entriesOf(previous).map(([name]) => name));
  for (const key of Object.keys(next) as SettingKey[]) {
    if (managed.locked.includes(key)) {
      if (had.has(key)) stored[key] = before[key];
    } else if (!sameValue(next[key], enforced[key]) || !hasPolicyValue(managed, key)) {
      stored[key] = next[key];
    }
  }
  return stored as Partial<Settings>;
}

function hasPolicyValue(managed: ManagedPolicy, key: SettingKey): boolean {
  const values = managed.policy.values as Partial<Record<SettingKey, unknown>> | undefined;
  return values?.[key] !== undefined;
}
