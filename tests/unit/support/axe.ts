/**
 * The one axe-core check of the unit tests: the violations in a rendered subtree, as
 * "rule: targets" strings so a failure says what and where. Colour contrast is always off
 * (happy-dom computes neither layout nor colour); `components/theme.ts` pairs are checked by
 * `tests/unit/components/theme.test.ts` instead.
 */
import axe from 'axe-core';

export interface AxeOptions {
  /**
   * Further rules to leave out, each for a reason the caller states: e.g. `region` for a whole
   * extension page rendered into a bare test container, which has no landmarks around it.
   */
  skip?: string[];
}

/** axe-core violations (rule ids and targets) in `root`, or in a shadow root's host. */
export async function axeViolations(
  root: Element | ShadowRoot,
  { skip = [] }: AxeOptions = {},
): Promise<string[]> {
  const context = root instanceof Element ? root : (root.host as Element);
  const rules = Object.fromEntries(
    ['color-contrast', ...skip].map((id) => [id, { enabled: false }]),
  );
  const result = await axe.run(context, { rules, resultTypes: ['violations'] });
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
