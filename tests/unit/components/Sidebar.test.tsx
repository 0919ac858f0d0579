import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { Sidebar } from '@/components/Sidebar';
import { axeViolations, createReport, createSidebarProps, scenarios } from '../support/factories';

const names = () => screen.getAllByTestId('page-drug').map((b) => b.dataset.drugId);

describe('Sidebar', () => {
  test('lists the drugs found on the page in document order with mention counts', () => {
    render(<Sidebar {...createSidebarProps(scenarios.manyDrugs())} />);
    expect(names()).toEqual(['dupilumab', 'upadacitinib', 'abrocitinib', 'baricitinib']);
    expect(screen.getAllByTestId('page-drug')[1]?.textContent).toContain('5 mentions');
    expect(screen.getAllByTestId('page-drug')[2]?.textContent).toContain('1 mention');
  });

  test('says nothing was found on an empty page and skips drugs missing from the dataset', () => {
    render(<Sidebar {...createSidebarProps(scenarios.empty())} />);
    expect(screen.getByTestId('sidebar').textContent).toContain(
      'No atopic-dermatitis drugs were found',
    );
    expect(screen.queryAllByTestId('page-drug')).toHaveLength(0);
  });

  test('skips report entries the dataset does not know', () => {
    render(<Sidebar {...createSidebarProps(scenarios.missingOptional())} />);
    expect(names()).toEqual(['bareinib']);
  });

  test('shows header with data version and a footer with disclaimer and source', () => {
    render(<Sidebar {...createSidebarProps()} />);
    const sidebar = screen.getByTestId('sidebar');
    expect(sidebar.getAttribute('role')).toBe('complementary');
    expect(sidebar.getAttribute('aria-label')).toBe('JAK Lens');
    expect(sidebar.textContent).toContain('Data v1.2.3 · 2025-06-01');
    expect(sidebar.textContent).toContain('not medical advice');
    expect(sidebar.textContent).toContain(
      'Dr Eingun James Song, “JAK Inhibitors in Atopic Dermatitis Treatment”',
    );
  });

  test('choosing a drug shows its notes and Back returns focus to its row', () => {
    const props = createSidebarProps();
    render(<Sidebar {...props} />);
    fireEvent.click(screen.getByTestId('page-drug'));
    const title = screen.getByTestId('drug-title');
    expect(title.textContent).toBe('Upadacitinib');
    expect(document.activeElement).toBe(title);
    expect(props.announce).toHaveBeenCalledWith('Showing notes for Upadacitinib');
    fireEvent.click(screen.getByText(/Back to On this page/));
    expect(document.activeElement).toBe(screen.getByTestId('page-drug'));
  });

  test('next and previous mention scroll the page, wrapping around', () => {
    const props = createSidebarProps();
    render(
      <Sidebar {...props} request={{ target: { drugId: 'upadacitinib' }, focus: false, seq: 1 }} />,
    );
    const next = screen.getByRole('button', { name: /Next mention/ });
    const prev = screen.getByRole('button', { name: /Previous mention/ });
    fireEvent.click(next);
    fireEvent.click(next);
    expect(screen.getByTestId('sidebar').textContent).toContain('Mention 2 of 3');
    fireEvent.click(prev);
    fireEvent.click(prev);
    expect(vi.mocked(props.onScrollToMention).mock.calls).toEqual([
      ['upadacitinib', 0],
      ['upadacitinib', 1],
      ['upadacitinib', 0],
      ['upadacitinib', 2],
    ]);
  });

  test('forgets a mention index the page no longer has', () => {
    const props = createSidebarProps({
      request: { target: { drugId: 'upadacitinib' }, focus: false, seq: 1 },
    });
    const { rerender } = render(<Sidebar {...props} />);
    const next = () => fireEvent.click(screen.getByRole('button', { name: 'Next mention' }));
    next();
    next();
    next();
    rerender(<Sidebar {...props} report={createReport([['upadacitinib', 2]])} />);
    expect(screen.getByRole('group', { name: 'Mentions on this page' }).textContent).toBe(
      '2 mentions',
    );
    next();
    expect(props.onScrollToMention).toHaveBeenLastCalledWith('upadacitinib', 0);
  });

  test('an open request navigates to the drug and focuses its title only when asked', () => {
    const props = createSidebarProps(scenarios.manyDrugs());
    const { rerender } = render(
      <Sidebar {...props} request={{ target: { drugId: 'dupilumab' }, focus: false, seq: 1 }} />,
    );
    expect(screen.getByTestId('drug-title').textContent).toBe('Dupilumab');
    expect(document.activeElement).not.toBe(screen.getByTestId('drug-title'));
    rerender(
      <Sidebar {...props} request={{ target: { drugId: 'abrocitinib' }, focus: true, seq: 2 }} />,
    );
    expect(document.activeElement).toBe(screen.getByTestId('drug-title'));
    expect(screen.getByTestId('drug-title').textContent).toBe('Abrocitinib');
  });

  test('an open request with a query shows search prefilled and focused', () => {
    render(
      <Sidebar
        {...createSidebarProps()}
        request={{ target: { query: 'rinv' }, focus: true, seq: 1 }}
      />,
    );
    const input = screen.getByTestId('search-input') as HTMLInputElement;
    expect(input.value).toBe('rinv');
    expect(document.activeElement).toBe(input);
    expect(screen.getAllByTestId('search-result')[0]?.textContent).toContain('Upadacitinib');
  });

  test('Escape anywhere in the panel asks to close', () => {
    const props = createSidebarProps();
    render(<Sidebar {...props} />);
    fireEvent.keyDown(screen.getByTestId('page-drug'), { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalledOnce();
  });

  test('close and settings buttons call their props', () => {
    const props = createSidebarProps();
    render(<Sidebar {...props} />);
    fireEvent.click(screen.getByTestId('close'));
    fireEvent.click(screen.getByRole('button', { name: 'JAK Lens settings' }));
    expect(props.onClose).toHaveBeenCalledOnce();
    expect(props.onOpenSettings).toHaveBeenCalledOnce();
  });

  test('tabs switch views and follow the arrow-key tab pattern', () => {
    render(<Sidebar {...createSidebarProps()} />);
    const page = screen.getByTestId('tab-page');
    expect(page.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('tab-compare').tabIndex).toBe(-1);
    page.focus();
    fireEvent.keyDown(page, { key: 'ArrowRight' });
    expect(screen.getByTestId('compare')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByTestId('tab-compare'));
    fireEvent.keyDown(screen.getByTestId('tab-compare'), { key: 'End' });
    expect(screen.getByTestId('search-input')).toBeTruthy();
    fireEvent.keyDown(screen.getByTestId('tab-search'), { key: 'ArrowRight' });
    expect(screen.getByTestId('tab-page').getAttribute('aria-selected')).toBe('true');
  });

  test('arrow keys move between the drugs of the list', () => {
    render(<Sidebar {...createSidebarProps(scenarios.manyDrugs())} />);
    const rows = screen.getAllByTestId('page-drug');
    rows[0]?.focus();
    fireEvent.keyDown(rows[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rows[1]);
    fireEvent.keyDown(rows[1]!, { key: 'End' });
    expect(document.activeElement).toBe(rows[3]);
    fireEvent.keyDown(rows[3]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(rows[2]);
  });

  test('copying a citation passes the text on and announces it', () => {
    const props = createSidebarProps();
    render(
      <Sidebar {...props} request={{ target: { drugId: 'upadacitinib' }, focus: false, seq: 1 }} />,
    );
    fireEvent.click(within(screen.getByTestId('topic-efficacy')).getByText('Copy citation'));
    expect(props.onCopy).toHaveBeenCalledWith(
      '“We see EASI-90 responses.” — Dr Eingun James Song, “JAK Inhibitors in Atopic Dermatitis Treatment”, The Dermatologist (HMP Global), 2025. Q3: efficacy.',
    );
    expect(props.announce).toHaveBeenCalledWith('Citation copied');
  });

  test('the resize separator reports its width', () => {
    render(
      <Sidebar
        {...createSidebarProps({
          ui: { side: 'right', layout: 'overlay', theme: 'auto', width: 400, autoOpen: false },
        })}
      />,
    );
    const sep = screen.getByRole('separator');
    expect(sep.getAttribute('aria-valuenow')).toBe('400');
  });
});

describe('Sidebar accessibility', () => {
  const views = [
    ['page', {}],
    ['drug', { request: { target: { drugId: 'upadacitinib' }, focus: false, seq: 1 } }],
    ['class-only drug', { request: { target: { drugId: 'baricitinib' }, focus: false, seq: 1 } }],
    ['compare', {}],
    ['search', { request: { target: { query: 'jak' }, focus: false, seq: 1 } }],
  ] as const;
  const data = Object.entries(scenarios);

  test.each(
    views.flatMap(([view, extra]) =>
      data.map(([name, make]) => [view, name, extra, make] as const),
    ),
  )('the %s view has no axe violations (%s)', async (view, _name, extra, make) => {
    const { container } = render(<Sidebar {...createSidebarProps({ ...make(), ...extra })} />);
    if (view === 'compare') fireEvent.click(screen.getByTestId('tab-compare'));
    if (view === 'drug') {
      for (const t of screen.queryAllByTestId('quote-toggle')) fireEvent.click(t);
    }
    expect(await axeViolations(container)).toEqual([]);
  });
});
