import { describe, expect, test } from 'vitest';
import { comparisonColumnDrugs, drugFilter, drugGroups } from '@/data/queries';
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

describe('the drugs a comparison column is about', () => {
  test('a drug only some rows of its column speak of is not a member', () => {
    const note = (id: string, drugs: string[]) => ({ id, about: [{ kind: 'drug', drugs }] });
    const cell = (noteIds: string[]) => ({ text: 't', noteIds });
    const small = {
      ...data,
      notes: [
        note('mechanism', ['upadacitinib', 'ruxolitinib-oral']),
        note('efficacy', ['upadacitinib']),
        note('biologic', ['tralokinumab', 'upadacitinib']),
      ],
      comparison: {
        columns: ['oral-jak-inhibitor', 'biologic'],
        rows: [
          { id: 'a', jak: cell(['mechanism']), biologic: cell(['biologic']) },
          { id: 'b', jak: cell(['efficacy']), biologic: cell(['biologic']) },
        ],
      },
    } as unknown as Dataset;
    const ids = (side: 'jak' | 'biologic') => comparisonColumnDrugs(small, side).map((d) => d.id);
    expect(ids('jak')).toEqual(['upadacitinib']);
    // upadacitinib is about every biologic cell too, but it is not in the biologic class.
    expect(ids('biologic')).toEqual(['tralokinumab']);
  });

  test('in the bundled dataset, the oral JAK column is upadacitinib and abrocitinib only', async () => {
    const { dataset } = await import('@/data/index');
    const jak = comparisonColumnDrugs(dataset, 'jak').map((d) => d.id);
    expect(jak).toContain('upadacitinib');
    expect(jak).toContain('abrocitinib');
    for (const outside of ['tofacitinib', 'ruxolitinib-oral', 'ruxolitinib', 'baricitinib']) {
      expect(jak).not.toContain(outside);
    }
    const biologic = comparisonColumnDrugs(dataset, 'biologic').map((d) => d.id);
    expect(biologic).toContain('dupilumab');
    for (const outside of ['nemolizumab', 'lebrikizumab']) expect(biologic).not.toContain(outside);
  });
});
