// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { dataset } from '@/data/index';
import { findMentions } from '@/core/matcher';

/** Drugs a 2024–2026 reader meets that the interview never discusses: detected, but no notes. */
const NOT_DISCUSSED = [
  ['difamilast', ['difamilast', 'Moizerto', 'OPA-15406']],
  ['amlitelimab', ['amlitelimab', 'SAR445229', 'KY1005']],
  ['rocatinlimab', ['rocatinlimab', 'AMG 451', 'KHK4083']],
  ['stapokibart', ['stapokibart', 'Kangyueda', 'CM310']],
] as const;

describe('drugs the interview does not discuss', () => {
  test.each(NOT_DISCUSSED)(
    '%s is in the dataset and its card says the interview does not discuss it',
    (id) => {
      const drug = dataset.drugs.find((d) => d.id === id);
      expect(drug).toBeDefined();
      expect(drug?.namedInInterview).toBe(false);
      expect(drug?.summary).toContain('The interview does not discuss it.');
    },
  );

  test.each(NOT_DISCUSSED)('%s is never named by an interview note', (id) => {
    const named = dataset.notes.filter((n) => n.about.some((scope) => scope.drugs.includes(id)));
    expect(named.map((n) => n.id)).toEqual([]);
  });

  test.each(NOT_DISCUSSED)('%s is found on a page by its name, brand or code', (id, forms) => {
    for (const form of forms) {
      const found = findMentions(`A 2026 review mentions ${form} twice.`).map((m) => m.drugId);
      expect(found, form).toEqual([id]);
    }
  });

  test.each(NOT_DISCUSSED)('%s belongs to a class with a highlight group', (id) => {
    const drug = dataset.drugs.find((d) => d.id === id)!;
    const classes = new Map(dataset.classes.map((c) => [c.id, c]));
    let cls = classes.get(drug.classes[0]!);
    while (cls && !cls.group) cls = cls.parent ? classes.get(cls.parent) : undefined;
    expect(cls?.group).toBeDefined();
  });

  test('the investigational antibodies record their status, not an approval', () => {
    for (const id of ['amlitelimab', 'rocatinlimab']) {
      const approvals = dataset.drugs.find((d) => d.id === id)!.approvals;
      expect(approvals.map((a) => a.status)).toEqual(['not-approved']);
      expect(approvals[0]?.detail).toMatch(/^Investigational/);
    }
  });
});
