import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { App } from '@/components/App';
import { dataset as realDataset } from '@/data/index';
import { Sidebar } from '@/components/Sidebar';
import {
  axeViolations,
  createAppProps,
  createReport,
  createSidebarProps,
  scenarios,
} from '../support/factories';

describe('App', () => {
  test('shows the launcher while closed and the sidebar while open', () => {
    const props = createAppProps();
    const { rerender } = render(<App {...props} />);
    expect(screen.getByTestId('launcher')).toBeTruthy();
    expect(screen.queryByTestId('sidebar')).toBeNull();
    rerender(<App {...props} isOpen />);
    expect(screen.queryByTestId('launcher')).toBeNull();
    expect(screen.getByTestId('sidebar').hidden).toBe(false);
  });

  test('keeps the sidebar mounted but hidden after closing, so the view survives', () => {
    const props = createAppProps({ isOpen: true });
    const { rerender } = render(<App {...props} />);
    fireEvent.click(screen.getByTestId('tab-compare'));
    rerender(<App {...props} isOpen={false} />);
    expect(screen.getByTestId('sidebar').hidden).toBe(true);
    rerender(<App {...props} isOpen />);
    expect(screen.getByTestId('compare')).toBeTruthy();
  });

  test('hides the launcher once dismissed and for pages with no drugs', () => {
    const { rerender } = render(<App {...createAppProps({ launcherDismissed: true })} />);
    expect(screen.queryByTestId('launcher')).toBeNull();
    rerender(<App {...createAppProps({ report: createReport([]) })} />);
    expect(screen.queryByTestId('launcher')).toBeNull();
  });

  test.each(['light', 'dark', 'auto'] as const)('applies the %s theme to the root', (theme) => {
    const { container } = render(
      <App {...createAppProps({ ui: { ...createAppProps().ui, theme } })} />,
    );
    expect(container.querySelector<HTMLElement>('.jl')?.dataset.theme).toBe(theme);
  });

  test('announces politely through a live region', () => {
    render(<App {...createAppProps({ isOpen: true })} />);
    fireEvent.click(screen.getByTestId('page-drug'));
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('Showing notes for Upadacitinib');
  });

  test.each([
    ['closed with launcher', {}],
    ['open', { isOpen: true }],
    ['with hover card', { hoverCard: { drugId: 'upadacitinib', x: 5, y: 5 } }],
  ])('has no axe violations %s', async (_name, extra) => {
    const { container } = render(
      <App {...createAppProps({ ...scenarios.manyDrugs(), ...extra })} />,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('with the real dataset', () => {
  test('every drug renders in the drug view without throwing', () => {
    const report = createReport(realDataset.drugs.map((d) => [d.id, 1]));
    for (const drug of realDataset.drugs) {
      const { unmount } = render(
        <Sidebar
          {...createSidebarProps({
            dataset: realDataset,
            report,
            request: { target: { drugId: drug.id }, focus: false, seq: 1 },
          })}
        />,
      );
      expect(screen.getByTestId('drug-title').textContent?.toLowerCase()).toBe(
        drug.names.generic.toLowerCase(),
      );
      unmount();
    }
  });
});
