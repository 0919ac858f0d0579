import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { DrugView, type DrugViewProps } from '@/components/DrugView';
import { dataset as realDataset } from '@/data/index';
import {
  abrocitinib,
  axeViolations,
  baricitinib,
  createDataset,
  createDrug,
  createNote,
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

  test('says on every note whom it is about: the drug, the class members, or the whole class', () => {
    render(<DrugView {...createDrugViewProps()} />);
    const about = (topic: string) =>
      within(screen.getByTestId(`topic-${topic}`))
        .getAllByTestId('note-about')
        .map((p) => p.textContent);
    expect(about('mechanism')).toEqual([
      'About oral JAK inhibitors as a class, as the interview frames them',
    ]);
    expect(about('efficacy')).toEqual(['About upadacitinib']);
    expect(about('safety')).toEqual([
      'About upadacitinib and baricitinib, as the interview frames JAK inhibitors',
    ]);
  });

  test('shows a class note only for the drugs it lists, not every member of the class', () => {
    render(<DrugView {...createDrugViewProps({ drug: abrocitinib })} />);
    const shown = screen.getAllByTestId('note').map((n) => n.dataset.noteId);
    expect(shown).toEqual(['oral-jak-mechanism']);
  });

  test('says the interview discusses only the class for drugs it does not name', () => {
    render(<DrugView {...createDrugViewProps({ drug: baricitinib })} />);
    expect(screen.getByText('The interview discusses this class, not this drug.')).toBeTruthy();
    expect(screen.queryByTestId('topic-efficacy')).toBeNull();
  });

  test('says plainly that the interview does not discuss an unnamed drug with no notes', () => {
    const amlitelimab = createDrug({
      id: 'amlitelimab',
      classes: ['il-4r-biologic'],
      namedInInterview: false,
      summary: 'Investigational antibody against OX40 ligand.',
    });
    const dataset = createDataset();
    render(
      <DrugView
        {...createDrugViewProps({
          dataset: { ...dataset, drugs: [...dataset.drugs, amlitelimab] },
          drug: amlitelimab,
        })}
      />,
    );
    expect(screen.getByTestId('no-notes').textContent).toBe(
      'The interview does not discuss this drug.',
    );
    expect(screen.queryByText('The interview discusses this class, not this drug.')).toBeNull();
    expect(screen.queryAllByTestId('note')).toHaveLength(0);
  });

  test.each(['difamilast', 'amlitelimab', 'rocatinlimab', 'stapokibart'])(
    'the real %s card says the interview does not discuss it, with no class line',
    (id) => {
      const drug = realDataset.drugs.find((d) => d.id === id)!;
      render(<DrugView {...createDrugViewProps({ dataset: realDataset, drug })} />);
      expect(screen.getByTestId('no-notes').textContent).toBe(
        'The interview does not discuss this drug.',
      );
      expect(screen.queryByText('The interview discusses this class, not this drug.')).toBeNull();
    },
  );

  test('keeps the class line off an unnamed drug whose notes are all about it by name', () => {
    const note = createNote({ id: 'bari-own', about: [{ kind: 'drug', drugs: ['baricitinib'] }] });
    render(
      <DrugView
        {...createDrugViewProps({ dataset: createDataset({ notes: [note] }), drug: baricitinib })}
      />,
    );
    expect(screen.getAllByTestId('note').map((n) => n.dataset.noteId)).toEqual(['bari-own']);
    expect(screen.queryByText('The interview discusses this class, not this drug.')).toBeNull();
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

  describe('a generic whose forms differ by route', () => {
    const topical = createDrug({
      id: 'tacrolimus-topical',
      names: { ...createDrug({ id: 'tacrolimus' }).names },
      classes: ['oral-jak-inhibitor'],
      form: 'topical',
      summary: 'An ointment.',
    });
    const systemic = createDrug({
      id: 'tacrolimus-systemic',
      names: { ...createDrug({ id: 'tacrolimus' }).names },
      form: 'systemic',
      summary: 'A transplant drug.',
    });
    const generic = createDrug({
      id: 'tacrolimus',
      classes: [],
      forms: ['tacrolimus-topical', 'tacrolimus-systemic'],
    });
    const dataset = createDataset({
      drugs: [generic, topical, systemic],
      notes: [
        createNote({
          id: 'topical-note',
          about: [{ kind: 'drug', drugs: ['tacrolimus-topical'] }],
        }),
        createNote({
          id: 'systemic-note',
          topic: 'combination',
          about: [{ kind: 'drug', drugs: ['tacrolimus-systemic'] }],
        }),
      ],
    });

    test('shows one section per form, each with only its own notes', () => {
      render(<DrugView {...createDrugViewProps({ dataset, drug: generic })} />);
      const sections = screen.getAllByTestId('drug-form');
      expect(sections.map((s) => s.dataset.formId)).toEqual([
        'tacrolimus-topical',
        'tacrolimus-systemic',
      ]);
      const notesIn = (el: HTMLElement) =>
        within(el)
          .getAllByTestId('note')
          .map((n) => n.dataset.noteId);
      expect(notesIn(sections[0]!)).toEqual(['topical-note']);
      expect(notesIn(sections[1]!)).toEqual(['systemic-note']);
      expect(within(sections[0]!).getByRole('heading', { level: 3 }).textContent).toBe(
        'Tacrolimus (topical)',
      );
    });

    test('a form opened on its own shows its route in the title and only its notes', () => {
      render(<DrugView {...createDrugViewProps({ dataset, drug: systemic })} />);
      expect(screen.getByTestId('drug-title').textContent).toBe('Tacrolimus (systemic)');
      expect(screen.queryAllByTestId('drug-form')).toEqual([]);
      expect(screen.getAllByTestId('note').map((n) => n.dataset.noteId)).toEqual(['systemic-note']);
    });

    test('has no axe violations', async () => {
      const { container } = render(
        <DrugView {...createDrugViewProps({ dataset, drug: generic })} />,
      );
      expect(await axeViolations(container)).toEqual([]);
    });
  });

  test('has no axe violations with every quote open', async () => {
    const { container } = render(<DrugView {...createDrugViewProps()} />);
    for (const t of screen.getAllByTestId('quote-toggle')) fireEvent.click(t);
    expect(await axeViolations(container)).toEqual([]);
  });
});
