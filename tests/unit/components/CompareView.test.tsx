import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { CompareView } from '@/components/CompareView';
import { axeViolations, createDataset, createReport, scenarios } from '../support/factories';

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

  test('emphasises the page’s drugs under their column and opens them on click', () => {
    const onOpenDrug = vi.fn();
    render(<CompareView {...scenarios.manyDrugs()} onOpenDrug={onOpenDrug} />);
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

  test('marks no column when the page has none of their drugs', () => {
    render(
      <CompareView
        dataset={createDataset()}
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
