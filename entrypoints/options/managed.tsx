/**
 * What an organisation's policy means on the options page (core/policy.ts): a locked setting is
 * shown disabled with "Managed by your organisation", and the policy entries that could not be
 * used are listed.
 */
import type { PolicyIssue } from '@/core/policy';
import type { SettingKey } from '@/core/settings';
import { format, strings } from '@/core/strings';

/** The settings the policy locks; empty without a policy. */
export type LockedSet = ReadonlySet<SettingKey>;

export const NOTHING_LOCKED: LockedSet = new Set();

/** "Managed by your organisation" beside a locked setting; nothing when it is not locked. */
export function ManagedNote({ locked, setting }: { locked: LockedSet; setting: SettingKey }) {
  if (!locked.has(setting)) return null;
  return (
    <p class="managed hint" data-testid={`options-managed-${setting}`}>
      {strings.managedByOrganisation}
    </p>
  );
}

/** Read when rendered, so the message is in the page's current language. */
const problemText = (problem: PolicyIssue['problem']): string =>
  ({
    invalid: strings.optionsPolicyInvalid,
    repaired: strings.optionsPolicyRepaired,
    unknown: strings.optionsPolicyUnknown,
  })[problem];

/** The policy entries ignored in whole or part; nothing when the policy is fine. */
export function PolicyIssues({ issues }: { issues: readonly PolicyIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <div class="policy-issues" role="note" data-testid="options-policy-issues">
      <p>{strings.optionsPolicyIssues}</p>
      <ul>
        {issues.map(({ name, problem }) => (
          <li key={`${name}:${problem}`} data-testid="options-policy-issue" data-name={name}>
            {format(problemText(problem), { name })}
          </li>
        ))}
      </ul>
    </div>
  );
}
