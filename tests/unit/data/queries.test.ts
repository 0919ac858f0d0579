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
    {
      id: 'topical-jak-inhibitor',
      name: 'Topical',
      parent: 'jak-inhibitor',
      group: 'topical-jak',
      description: 'x',
    },
  ],
  drugs: [
    { id: 'upadacitinib', classes: ['oral-jak-inhibitor'] },
    { id: 'tralokinumab', classes: ['il-13-biologic'] },
    { id: 'ruxolitinib', classes: [], forms: ['ruxolitinib-topical', 'ruxolitinib-oral'] },
    { id: 'ruxolitinib-oral', classes: ['oral-jak-inhibitor'], form: 'oral' },
    { id: 'ruxolitinib-topical', classes: ['topical-jak-inhibitor'], form: 'topical' },
  ],
  sources: [],
} as unknown as Dataset;

describe('drug groups', () => {
  test('takes the group of the primary class', () => {
    expect(drugGroups(data).get('upadacitinib')).toEqual(['oral-jak']);
  });

  test('inherits the group of a parent class when the class has none', () => {
    expect(drugGroups(data).get('tralokinumab')).toEqual(['biologic']);
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

  test('a route form follows its own class’s switch', () => {
    expect(drugGroups(data).get('ruxolitinib-oral')).toEqual(['oral-jak']);
    expect(drugGroups(data).get('ruxolitinib-topical')).toEqual(['topical-jak']);
  });

  test('a generic with forms follows the switches of all its forms', () => {
    expect(drugGroups(data).get('ruxolitinib')).toEqual(['topical-jak', 'oral-jak']);
    const only = (group: 'oral-jak' | 'topical-jak') =>
      drugFilter(drugGroups(data), {
        'oral-jak': group === 'oral-jak',
        'topical-jak': group === 'topical-jak',
        biologic: false,
        'other-topical': false,
        'conventional-systemic': false,
      });
    expect(only('topical-jak')('ruxolitinib')).toBe(true);
    expect(only('topical-jak')('ruxolitinib-oral')).toBe(false);
    expect(only('oral-jak')('ruxolitinib')).toBe(true);
    expect(only('oral-jak')('ruxolitinib-topical')).toBe(false);
  });
});
