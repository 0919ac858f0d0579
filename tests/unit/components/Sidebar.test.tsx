import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { Sidebar, type SidebarProps } from '@/components/Sidebar';
import type { SidebarAction } from '@/core/sidebar-state';
import { axeViolations, createReport, createSidebarProps, scenarios } from '../support/factories';
import { renderWithStore, stateAfter } from '../support/sidebar-store';

const open = (target?: { drugId?: string; query?: string }, focus = false): SidebarAction => ({
  type: 'open',
  target,
  focus,
});

/** The sidebar over a live store, opened (without focus) by `actions` or at its first view. */
function renderSidebar(overrides: Partial<SidebarProps> = {}, ...actions: SidebarAction[]) {
  const props = createSidebarProps(overrides);
  const initial = stateAfter(...(actions.length ? actions : [open()]));
  const rendered = renderWithStore(
    (state, dispatch) => <Sidebar {...props} state={state} dispatch={dispatch} />,
    initial,
  );
  return { props, ...rendered };
}

const names = () => screen.getAllByTestId('page-drug').map((b) => b.dataset.drugId);

describe('Sidebar', () => {
  test('lists the drugs found on the page in document order with mention counts', () => {
    renderSidebar(scenarios.manyDrugs());
    expect(names()).toEqual(['dupilumab', 'upadacitinib', 'abrocitinib', 'baricitinib']);
    expect(screen.getAllByTestId('page-drug')[1]?.textContent).toContain('5 mentions');
    expect(screen.getAllByTestId('page-drug')[2]?.textContent).toContain('1 mention');
  });

  test('says nothing was found on an empty page and skips drugs missing from the dataset', () => {
    renderSidebar(scenarios.empty());
    expect(screen.getByTestId('sidebar').textContent).toContain(
      'No atopic-dermatitis drugs were found',
    );
    expect(screen.queryAllByTestId('page-drug')).toHaveLength(0);
  });

  test('skips report entries the dataset does not know', () => {
    renderSidebar(scenarios.missingOptional());
    expect(names()).toEqual(['bareinib']);
  });

  test('shows header with data version and a footer with disclaimer and source', () => {
    renderSidebar();
    const sidebar = screen.getByTestId('sidebar');
    expect(sidebar.getAttribute('role')).toBe('complementary');
    expect(sidebar.getAttribute('aria-label')).toBe('JAK Lens');
    expect(sidebar.textContent).toContain('Data v1.2.3 · 2025-06-01');
    expect(sidebar.textContent).toContain('not medical advice');
    expect(sidebar.textContent).toContain(
      'Dr Eingun James Song, “JAK Inhibitors in Atopic Dermatitis Treatment”',
    );
  });

  test('the header’s About button shows the data’s version and build date, and toggles back', () => {
    renderSidebar({ buildDate: '2026-12-02' });
    const about = screen.getByRole('button', { name: 'About this data' });
    expect(about.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(about);
    expect(about.getAttribute('aria-pressed')).toBe('true');
    const view = screen.getByTestId('about-data');
    expect(within(view).getByText('Build date').nextElementSibling?.textContent).toBe('2026-12-02');
    expect(within(view).getByText('Data version').nextElementSibling?.textContent).toBe('1.2.3');
    // No tab is selected, yet the tab row stays reachable with Tab through its first tab.
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['false', 'false', 'false']);
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    fireEvent.click(about);
    expect(screen.queryByTestId('about-data')).toBeNull();
    expect(screen.getByTestId('tab-page').getAttribute('aria-selected')).toBe('true');
  });

  test('a tab leaves "About this data" for its own view', () => {
    renderSidebar();
    fireEvent.click(screen.getByRole('button', { name: 'About this data' }));
    fireEvent.click(screen.getByTestId('tab-search'));
    expect(screen.queryByTestId('about-data')).toBeNull();
    expect(screen.getByTestId('search-input')).toBeTruthy();
  });

  test('choosing a drug shows its notes and Back returns focus to its row', () => {
    const { props } = renderSidebar();
    fireEvent.click(screen.getByTestId('page-drug'));
    const title = screen.getByTestId('drug-title');
    expect(title.textContent).toBe('Upadacitinib');
    expect(document.activeElement).toBe(title);
    expect(props.announce).toHaveBeenCalledWith('Showing notes for Upadacitinib');
    fireEvent.click(screen.getByText(/Back to On this page/));
    expect(document.activeElement).toBe(screen.getByTestId('page-drug'));
  });

  test('next and previous mention scroll the page, wrapping around', () => {
    const { props } = renderSidebar({}, open({ drugId: 'upadacitinib' }));
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
    const { props, rerender } = renderSidebar({}, open({ drugId: 'upadacitinib' }));
    const next = () => fireEvent.click(screen.getByRole('button', { name: 'Next mention' }));
    next();
    next();
    next();
    rerender((state, dispatch) => (
      <Sidebar
        {...props}
        report={createReport([['upadacitinib', 2]])}
        state={state}
        dispatch={dispatch}
      />
    ));
    expect(screen.getByRole('group', { name: 'Mentions on this page' }).textContent).toBe(
      '2 mentions',
    );
    next();
    expect(props.onScrollToMention).toHaveBeenLastCalledWith('upadacitinib', 0);
  });

  test('an open request navigates to the drug and focuses its title only when asked', () => {
    const { dispatch } = renderSidebar(scenarios.manyDrugs(), open({ drugId: 'dupilumab' }));
    expect(screen.getByTestId('drug-title').textContent).toBe('Dupilumab');
    expect(document.activeElement).not.toBe(screen.getByTestId('drug-title'));
    dispatch(open({ drugId: 'abrocitinib' }, true));
    expect(document.activeElement).toBe(screen.getByTestId('drug-title'));
    expect(screen.getByTestId('drug-title').textContent).toBe('Abrocitinib');
  });

  test('an open request with a query shows search prefilled and focused', () => {
    renderSidebar({}, open({ query: 'rinv' }, true));
    const input = screen.getByTestId('search-input') as HTMLInputElement;
    expect(input.value).toBe('rinv');
    expect(document.activeElement).toBe(input);
    expect(screen.getAllByTestId('search-result')[0]?.textContent).toContain('Upadacitinib');
  });

  test('Escape anywhere in the panel asks to close', () => {
    const props = createSidebarProps();
    render(<Sidebar {...props} />);
    fireEvent.keyDown(screen.getByTestId('page-drug'), { key: 'Escape' });
    expect(props.dispatch).toHaveBeenCalledExactlyOnceWith({ type: 'close' });
  });

  test('close asks to close and settings calls its prop', () => {
    const props = createSidebarProps();
    render(<Sidebar {...props} />);
    fireEvent.click(screen.getByTestId('close'));
    fireEvent.click(screen.getByRole('button', { name: 'JAK Lens settings' }));
    expect(props.dispatch).toHaveBeenCalledExactlyOnceWith({ type: 'close' });
    expect(props.onOpenSettings).toHaveBeenCalledOnce();
  });

  test('is hidden while the state says closed', () => {
    render(<Sidebar {...createSidebarProps({ state: stateAfter(open(), { type: 'close' }) })} />);
    expect(screen.getByTestId('sidebar').hidden).toBe(true);
  });

  test('tabs switch views and follow the arrow-key tab pattern', () => {
    renderSidebar();
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
    renderSidebar(scenarios.manyDrugs());
    const rows = screen.getAllByTestId('page-drug');
    rows[0]?.focus();
    fireEvent.keyDown(rows[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rows[1]);
    fireEvent.keyDown(rows[1]!, { key: 'End' });
    expect(document.activeElement).toBe(rows[3]);
    fireEvent.keyDown(rows[3]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(rows[2]);
  });

  test('copying a citation passes the text on and announces whether it worked', async () => {
    const { props } = renderSidebar(
      { onCopy: vi.fn(() => Promise.resolve(true)) },
      open({ drugId: 'upadacitinib' }),
    );
    const topic = within(screen.getByTestId('topic-efficacy'));
    fireEvent.click(topic.getByText('Cite'));
    fireEvent.click(topic.getByRole('button', { name: 'AMA' }));
    expect(props.onCopy).toHaveBeenCalledWith(
      '“We see EASI-90 responses.” (Q3: efficacy)\nSong EJ. JAK Inhibitors in Atopic Dermatitis Treatment. The Dermatologist. 2025. Accessed June 1, 2025.',
    );
    await vi.waitFor(() => expect(props.announce).toHaveBeenCalledWith('Copied'));
  });

  test.each([
    ['answers false', () => Promise.resolve(false)],
    ['rejects', () => Promise.reject(new Error('denied'))],
    [
      'throws',
      () => {
        throw new Error('no clipboard');
      },
    ],
  ])('a copy whose wiring %s is announced and shown as failed', async (_, onCopy) => {
    const { props } = renderSidebar({ onCopy: vi.fn(onCopy) }, open({ drugId: 'upadacitinib' }));
    const topic = within(screen.getByTestId('topic-efficacy'));
    fireEvent.click(topic.getByText('Cite'));
    fireEvent.click(topic.getByRole('button', { name: 'Vancouver' }));
    await vi.waitFor(() =>
      expect(props.announce).toHaveBeenCalledWith('Couldn’t copy — select and copy this text'),
    );
    await vi.waitFor(() =>
      expect(topic.getByTestId('copy-status').textContent).toBe(
        'Couldn’t copy — select and copy this text',
      ),
    );
  });

  test('the organisation’s feedback address and the page’s reach a note’s report', () => {
    renderSidebar(
      {
        ui: { ...createSidebarProps().ui, feedbackAddress: 'https://it.example.org/lens' },
        pageUrl: 'https://journal.example/article',
      },
      open({ drugId: 'upadacitinib' }),
    );
    const topic = within(screen.getByTestId('topic-efficacy'));
    fireEvent.click(topic.getByText('Report a problem'));
    expect(topic.getByRole('link').getAttribute('href')).toBe('https://it.example.org/lens');
    fireEvent.click(topic.getByRole('checkbox'));
    expect(topic.getByTestId('problem-text').textContent).toContain(
      'Page: https://journal.example/article',
    );
  });

  test('the resize separator reports its width', () => {
    render(
      <Sidebar
        {...createSidebarProps({
          ui: { ...createSidebarProps().ui, side: 'right', sidebarWidth: 400 },
        })}
      />,
    );
    const sep = screen.getByRole('separator');
    expect(sep.getAttribute('aria-valuenow')).toBe('400');
  });
});

describe('Sidebar accessibility', () => {
  const views = [
    ['page', open()],
    ['drug', open({ drugId: 'upadacitinib' })],
    ['class-only drug', open({ drugId: 'baricitinib' })],
    ['compare', open()],
    ['search', open({ query: 'jak' })],
    ['about', { type: 'tab', tab: 'about' }],
  ] as const;
  const data = Object.entries(scenarios);

  test.each(
    views.flatMap(([view, extra]) =>
      data.map(([name, make]) => [view, name, extra, make] as const),
    ),
  )('the %s view has no axe violations (%s)', async (view, _name, action, make) => {
    const { container } = renderSidebar(make(), action);
    if (view === 'compare') fireEvent.click(screen.getByTestId('tab-compare'));
    if (view === 'drug') {
      for (const t of screen.queryAllByTestId('quote-toggle')) fireEvent.click(t);
    }
    expect(await axeViolations(container)).toEqual([]);
  });
});
