import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { DrugView, type DrugViewProps } from '@/components/DrugView';
import {
  axeViolations,
  baricitinib,
  createDataset,
  dupilumab,
  upadacitinib,
} from '../support/factories';

function createDrugViewProps(overrides: Partial<DrugViewProps> = {}): DrugViewProps {
  return {
    dataset: createDataset(),
    drug: upadacitinib,
    backLabel: 'On this page',
    onBack: vi.fn(),
    onCopy: vi.fn(),
    ...overrides,
  };
}

describe('DrugView', () => {
  test('shows the name, class and target chips, route and summary', () => {
    render(<DrugView {...createDrugViewProps()} />);
    expect(screen.getByTestId('drug-title').textContent).toBe('Upadacitinib');
    const chips = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(chips).toEqual(
      expect.arrayContaining(['Oral JAK inhibitors', 'JAK1-selective', 'oral']),
    );
  });

  test('lists brands by region, codes and approvals as not from the interview, with source and date', () => {
    render(<DrugView {...createDrugViewProps()} />);
    const facts = screen.getByText('Names and approvals').closest('details')!;
    expect(facts.textContent).toContain('Not from the interview');
    expect(facts.textContent).toContain('Rinvoq (US, EU; extended-release tablet)');
    expect(facts.textContent).toContain('ABT-494');
    expect(facts.textContent).toContain('US: approved for ADadults and children 12+');
    expect(facts.textContent).toContain('FDA prescribing information, as of 2025-01-15');
  });

  test('groups notes by topic in reading order, drug notes before class notes', () => {
    render(<DrugView {...createDrugViewProps()} />);
    const topics = screen
      .getAllByRole('region')
      .map((r) => r.dataset.testid)
      .filter(Boolean);
    expect(topics).toEqual(['topic-mechanism', 'topic-efficacy', 'topic-safety']);
  });

  test('labels class-level notes with their class, inherited through parent classes', () => {
    render(<DrugView {...createDrugViewProps()} />);
    expect(
      within(screen.getByTestId('topic-mechanism')).getByText(
        'About the class: Oral JAK inhibitors',
      ),
    ).toBeTruthy();
    expect(
      within(screen.getByTestId('topic-safety')).getByText('About the class: JAK inhibitors'),
    ).toBeTruthy();
    expect(within(screen.getByTestId('topic-efficacy')).queryByText(/About the class/)).toBeNull();
  });

  test('says the interview discusses only the class for drugs it does not name', () => {
    render(<DrugView {...createDrugViewProps({ drug: baricitinib })} />);
    expect(screen.getByText('The interview discusses this class, not this drug.')).toBeTruthy();
    expect(screen.queryByTestId('topic-efficacy')).toBeNull();
  });

  test('does not show other classes’ notes', () => {
    render(<DrugView {...createDrugViewProps({ drug: dupilumab })} />);
    expect(screen.queryByTestId('topic-mechanism')).toBeNull();
    expect(screen.getAllByTestId('note')).toHaveLength(1);
  });

  test('says so when a drug has no notes at all', () => {
    render(<DrugView {...createDrugViewProps({ dataset: createDataset({ notes: [] }) })} />);
    expect(screen.getByText('No notes from the interview for this drug.')).toBeTruthy();
  });

  test('offers mention navigation only for drugs on the page', () => {
    const onNext = vi.fn();
    const { rerender } = render(<DrugView {...createDrugViewProps()} />);
    expect(screen.queryByRole('group', { name: 'Mentions on this page' })).toBeNull();
    rerender(
      <DrugView
        {...createDrugViewProps({ mentions: { count: 4, index: -1, onPrev: vi.fn(), onNext } })}
      />,
    );
    expect(screen.getByRole('group', { name: 'Mentions on this page' }).textContent).toContain(
      '4 mentions',
    );
    fireEvent.click(screen.getByRole('button', { name: /Next mention/ }));
    expect(onNext).toHaveBeenCalledOnce();
  });

  test('has no axe violations with every quote open', async () => {
    const { container } = render(<DrugView {...createDrugViewProps()} />);
    for (const t of screen.getAllByTestId('quote-toggle')) fireEvent.click(t);
    expect(await axeViolations(container)).toEqual([]);
  });
});
