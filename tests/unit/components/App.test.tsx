import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { App, type AppProps } from '@/components/App';
import { dataset as realDataset } from '@/data/index';
import { Sidebar } from '@/components/Sidebar';
import type { SidebarState } from '@/core/sidebar-state';
import {
  axeViolations,
  createAppProps,
  createReport,
  createSidebarProps,
  scenarios,
} from '../support/factories';
import { renderWithStore, stateAfter } from '../support/sidebar-store';

const opened = stateAfter({ type: 'open', focus: false });

/** The app over a live store, as the mount drives it. */
function renderApp(overrides: Partial<AppProps> = {}, initial?: SidebarState) {
  const props = createAppProps(overrides);
  return renderWithStore(
    (state, dispatch) => <App {...props} state={state} dispatch={dispatch} />,
    initial,
  );
}

describe('App', () => {
  // The launcher is stage 1's, outside the app (tests/unit/sidebar/launcher.test.ts).
  test('renders no sidebar until opened, and no launcher of its own', () => {
    const { dispatch } = renderApp();
    expect(screen.queryByTestId('sidebar')).toBeNull();
    expect(screen.queryByTestId('launcher')).toBeNull();
    dispatch({ type: 'open', focus: false });
    expect(screen.getByTestId('sidebar').hidden).toBe(false);
  });

  test('keeps the sidebar mounted but hidden after closing, so the view survives', () => {
    const { dispatch } = renderApp({}, opened);
    fireEvent.click(screen.getByTestId('tab-compare'));
    fireEvent.click(screen.getByTestId('close'));
    expect(screen.getByTestId('sidebar').hidden).toBe(true);
    dispatch({ type: 'open', focus: false });
    expect(screen.getByTestId('compare')).toBeTruthy();
  });

  test('the hover card opens the notes of its drug and closes on Escape', () => {
    const card = { drugId: 'upadacitinib', x: 5, y: 5 };
    renderApp({}, stateAfter({ type: 'hover-card', card }));
    fireEvent.keyDown(screen.getByTestId('hover-card'), { key: 'Escape' });
    expect(screen.queryByTestId('hover-card')).toBeNull();
    const { unmount } = renderApp({}, stateAfter({ type: 'hover-card', card }));
    fireEvent.click(screen.getByRole('button', { name: 'Open notes' }));
    expect(screen.queryByTestId('hover-card')).toBeNull();
    expect(screen.getByTestId('drug-title').textContent).toBe('Upadacitinib');
    unmount();
  });

  test('“Don’t show cards on this site” closes the card and tells the wiring', () => {
    const onHideCardsOnSite = vi.fn();
    const card = { drugId: 'upadacitinib', x: 5, y: 5 };
    renderApp({ onHideCardsOnSite }, stateAfter({ type: 'hover-card', card }));
    fireEvent.click(screen.getByTestId('hover-card-hide-on-site'));
    expect(screen.queryByTestId('hover-card')).toBeNull();
    expect(onHideCardsOnSite).toHaveBeenCalledTimes(1);
  });

  test.each(['light', 'dark', 'auto'] as const)('applies the %s theme to the root', (theme) => {
    const { container } = render(
      <App {...createAppProps({ ui: { ...createAppProps().ui, theme } })} />,
    );
    expect(container.querySelector<HTMLElement>('.jl')?.dataset.theme).toBe(theme);
  });

  test('announces politely through a live region', () => {
    renderApp({}, opened);
    fireEvent.click(screen.getByTestId('page-drug'));
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('Showing notes for Upadacitinib');
  });

  test.each([
    ['closed', stateAfter()],
    ['open', opened],
    [
      'with hover card',
      stateAfter({ type: 'hover-card', card: { drugId: 'upadacitinib', x: 5, y: 5 } }),
    ],
  ])('has no axe violations %s', async (_name, state) => {
    const { container } = render(<App {...createAppProps({ ...scenarios.manyDrugs(), state })} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('with the real dataset', () => {
  // Renders every drug's view one after another: seconds on a loaded 2-core machine, so a wide
  // timeout. The test asserts only that nothing throws.
  test('every drug renders in the drug view without throwing', { timeout: 30_000 }, () => {
    const report = createReport(realDataset.drugs.map((d) => [d.id, 1]));
    for (const drug of realDataset.drugs) {
      const { unmount } = render(
        <Sidebar
          {...createSidebarProps({
            dataset: realDataset,
            report,
            state: stateAfter({ type: 'open', target: { drugId: drug.id }, focus: false }),
          })}
        />,
      );
      // A route form's title adds its route: "Tacrolimus (topical)".
      expect(screen.getByTestId('drug-title').textContent?.toLowerCase()).toBe(
        drug.form ? `${drug.names.generic} (${drug.form})` : drug.names.generic.toLowerCase(),
      );
      unmount();
    }
  });
});
