import { describe, expect, test } from 'vitest';
import { drugFilter, drugGroups } from '@/data/queries';
import type { Dataset } from '@/data/schema';

const data = {
  classes: [
    { id: 'jak-inhibitor', name: 'JAK inhibitors', description: 'x' },
    {
      id: 'oral-jak-inhibitor',
      name: 'Oral',
      parent: 'jak-inhibitor',
      group: 'oral-jak',
      description: 'x',
    },
    { id: 'il-13-biologic', name: 'IL-13', parent: 'biologic', description: 'x' },
    { id: 'biologic', name: 'Biologics', group: 'biologic', description: 'x' },
  ],
  drugs: [
    { id: 'upadacitinib', classes: ['oral-jak-inhibitor'] },
    { id: 'tralokinumab', classes: ['il-13-biologic'] },
  ],
  sources: [],
} as unknown as Dataset;

describe('drug groups', () => {
  test('takes the group of the primary class', () => {
    expect(drugGroups(data).get('upadacitinib')).toBe('oral-jak');
  });

  test('inherits the group of a parent class when the class has none', () => {
    expect(drugGroups(data).get('tralokinumab')).toBe('biologic');
  });

  test('the filter hides drugs whose group is switched off and keeps the rest', () => {
    const isEnabled = drugFilter(drugGroups(data), {
      'oral-jak': false,
      'topical-jak': true,
      biologic: true,
      'other-topical': true,
      'conventional-systemic': true,
    });
    expect(isEnabled('upadacitinib')).toBe(false);
    expect(isEnabled('tralokinumab')).toBe(true);
  });
});
