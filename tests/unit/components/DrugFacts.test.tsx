import { render, screen } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { DrugFacts } from '@/components/DrugFacts';
import { dataset } from '@/data/index';
import '../support/factories';

const drug = (id: string) => dataset.drugs.find((d) => d.id === id)!;
const facts = () => screen.getByText('Names and approvals').closest('details')!;

describe('DrugFacts', () => {
  test('lists each brand’s regions, with a withdrawn authorisation marked and dated', () => {
    render(<DrugFacts dataset={dataset} drug={drug('crisaborole')} />);
    expect(facts().textContent).toContain('Staquis (EU, withdrawn 2022-01-31; ointment)');
  });

  test('shows approvals with their dated steps and populations', () => {
    render(<DrugFacts dataset={dataset} drug={drug('abrocitinib')} />);
    const text = facts().textContent!;
    expect(text).toContain('2022-01-14: adults');
    expect(text).toContain('2023-02-10: adolescents 12 to 17');
    expect(text).toContain('AU: approved for AD');
    expect(text).toContain('CA: approved for AD');
  });

  test('says plainly when a step’s date is not confirmed', () => {
    render(<DrugFacts dataset={dataset} drug={drug('baricitinib')} />);
    expect(facts().textContent).toContain('date not confirmed: adults who are candidates');
  });

  test('numbers every source and lists each with its check date and address', () => {
    render(<DrugFacts dataset={dataset} drug={drug('lebrikizumab')} />);
    const list = screen.getByRole('list', { name: 'Sources' });
    const items = [...list.querySelectorAll('li')].map((li) => li.textContent);
    expect(items.length).toBeGreaterThan(3);
    items.forEach((item, i) =>
      expect(item).toMatch(new RegExp(`^\\[${i + 1}\\] .*, as of \\d{4}`)),
    );
    const link = list.querySelector('a')!;
    expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(facts().textContent).toMatch(/Ebglyss.*\[1\]/);
  });
});
