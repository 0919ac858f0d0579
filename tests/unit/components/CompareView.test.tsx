import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { CompareView } from '@/components/CompareView';
import type { Dataset } from '@/data/schema';
import { axeViolations, createDataset, createReport, scenarios } from '../support/factories';

/**
 * The fixture dataset with a comparison whose cells cite notes about every page drug: the JAK
 * cells cite the oral JAK mechanism note (upadacitinib, abrocitinib, baricitinib), the biologic
 * cells the dupilumab note.
 */
function comparedDataset(): Dataset {
  const dataset = createDataset();
  const cell = (text: string, noteIds: string[]) => ({ text, noteIds });
  return {
    ...dataset,
    comparison: {
      ...dataset.comparison,
      rows: [
        {
          id: 'site',
          aspect: 'Site of action',
          jak: cell('Inside the cell', ['oral-jak-mechanism']),
          biologic: cell('Outside the cell', ['dupi-safety']),
        },
        {
          id: 'onset',
          aspect: 'Onset',
          jak: cell('Days', ['oral-jak-mechanism', 'upa-efficacy']),
          biologic: cell('Weeks', ['dupi-safety']),
        },
      ],
    },
  };
}

/** The names listed under each column header, in order. */
function columnMembers(): string[][] {
  const [, ...columns] = screen.getAllByRole('columnheader');
  return columns.map((c) =>
    within(c)
      .queryAllByRole('button')
      .map((b) => b.textContent ?? ''),
  );
}

describe('CompareView', () => {
  test('renders the comparison rows under the two class columns', () => {
    render(<CompareView {...scenarios.empty()} onOpenDrug={vi.fn()} />);
    const table = within(screen.getByTestId('compare')).getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Aspect', 'Oral JAK inhibitors', 'Biologics']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Site of action', 'Onset']);
  });

  test('emphasises the page’s drugs under the column whose rows are about them, and opens them on click', () => {
    const onOpenDrug = vi.fn();
    render(
      <CompareView
        dataset={comparedDataset()}
        report={scenarios.manyDrugs().report}
        onOpenDrug={onOpenDrug}
      />,
    );
    const [, jak, bio] = screen.getAllByRole('columnheader');
    expect(
      within(jak!)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'Upadacitinib (on this page)',
      'Abrocitinib (on this page)',
      'Baricitinib (on this page)',
    ]);
    expect(
      within(bio!)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Dupilumab (on this page)']);
    fireEvent.click(within(bio!).getByRole('button'));
    expect(onOpenDrug).toHaveBeenCalledWith('dupilumab');
  });

  test('leaves a class member out of its column when one row’s notes are not about it', () => {
    // In the plain fixture the onset row cites only the upadacitinib note.
    render(<CompareView {...scenarios.manyDrugs()} onOpenDrug={vi.fn()} />);
    expect(columnMembers()).toEqual([['Upadacitinib (on this page)'], []]);
  });

  test('marks no column when the page has none of their drugs', () => {
    render(
      <CompareView
        dataset={comparedDataset()}
        report={createReport([['dupilumab', 1]])}
        onOpenDrug={vi.fn()}
      />,
    );
    const [, jak, bio] = screen.getAllByRole('columnheader');
    expect(jak?.className).not.toContain('hot');
    expect(bio?.className).toContain('hot');
  });

  test('says so when the dataset has no comparison rows', () => {
    const dataset = createDataset();
    render(
      <CompareView
        dataset={{ ...dataset, comparison: { ...dataset.comparison, rows: [] } }}
        report={createReport([])}
        onOpenDrug={vi.fn()}
      />,
    );
    expect(screen.getByText('No comparison is available in this dataset.')).toBeTruthy();
  });

  test('has no axe violations', async () => {
    const { container } = render(<CompareView {...scenarios.manyDrugs()} onOpenDrug={vi.fn()} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('CompareView with the bundled dataset', () => {
  test('heads the table as oral JAK inhibitors vs biologics', async () => {
    const { dataset } = await import('@/data/index');
    render(<CompareView dataset={dataset} report={createReport([])} onOpenDrug={vi.fn()} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(
      /^Oral JAK inhibitors vs biologics/,
    );
  });

  test('lists upadacitinib and abrocitinib under the oral JAK column, never tofacitinib or Jakafi', async () => {
    const { dataset } = await import('@/data/index');
    const report = createReport([
      ['tofacitinib', 3],
      ['ruxolitinib-oral', 2],
      ['upadacitinib', 1],
      ['abrocitinib', 1],
      ['dupilumab', 1],
    ]);
    render(<CompareView dataset={dataset} report={report} onOpenDrug={vi.fn()} />);
    const [jak, biologic] = columnMembers();
    expect(jak).toEqual(['Upadacitinib (on this page)', 'Abrocitinib (on this page)']);
    expect(biologic).toEqual(['Dupilumab (on this page)']);
  });

  test('shows the label-required tests beside the lab row, marked as not from the interview', async () => {
    const { dataset } = await import('@/data/index');
    render(<CompareView dataset={dataset} report={createReport([])} onOpenDrug={vi.fn()} />);
    const supplement = screen.getByTestId('supplement-lab-monitoring').textContent!;
    expect(supplement).toContain('not from the interview');
    for (const test of ['TB', 'viral hepatitis', 'blood count', 'lipids']) {
      expect(supplement).toContain(test);
    }
    expect(supplement).toMatch(/as of \d{4}-\d{2}-\d{2}/);
  });
});
