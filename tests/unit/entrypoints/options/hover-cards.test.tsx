import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { defaultSettings, type Settings } from '@/core/settings';
import { HighlightSection } from '@/entrypoints/options/sections';

afterEach(cleanup);

function renderSection(overrides: Partial<Settings> = {}, locked: string[] = []) {
  const set = vi.fn();
  const settings = { ...defaultSettings(), ...overrides };
  render(<HighlightSection settings={settings} set={set} locked={new Set(locked) as never} />);
  return { set };
}

describe('hover card options', () => {
  test('the delay offers short and long, with their seconds, and saves the choice', () => {
    const { set } = renderSection();
    const select = screen.getByLabelText('Wait before showing a card') as HTMLSelectElement;
    expect(select.value).toBe('short');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Short (0.3 s)',
      'Long (0.8 s)',
    ]);
    fireEvent.change(select, { target: { value: 'long' } });
    expect(set).toHaveBeenCalledWith('hoverDelay', 'long');
  });

  test('the delay is disabled while hover cards are off', () => {
    renderSection({ hoverCards: false });
    expect((screen.getByTestId('options-hover-delay') as HTMLSelectElement).disabled).toBe(true);
  });

  test('a locked delay is shown disabled with the organisation’s note', () => {
    renderSection({}, ['hoverDelay']);
    expect((screen.getByTestId('options-hover-delay') as HTMLSelectElement).disabled).toBe(true);
    expect(screen.getByText('Managed by your organisation')).toBeTruthy();
  });

  test('sites without cards are listed, each with a remove button', () => {
    const { set } = renderSection({ noCardSites: ['uptodate.com', 'nejm.org'] });
    const list = screen.getByTestId('options-no-card-sites');
    const rows = within(list).getAllByTestId('options-no-card-site');
    expect(rows.map((row) => row.querySelector('span')?.textContent)).toEqual([
      'uptodate.com',
      'nejm.org',
    ]);
    fireEvent.click(within(list).getByRole('button', { name: 'Remove uptodate.com' }));
    expect(set).toHaveBeenCalledWith('noCardSites', ['nejm.org']);
  });

  test('an empty list says so, and a site can be added by hand', () => {
    const { set } = renderSection();
    const list = screen.getByTestId('options-no-card-sites');
    expect(within(list).getByTestId('options-no-card-sites-empty')).toBeTruthy();
    fireEvent.input(within(list).getByLabelText('Add a site'), {
      target: { value: 'https://www.UpToDate.com/x' },
    });
    fireEvent.click(within(list).getByRole('button', { name: 'Add' }));
    expect(set).toHaveBeenCalledWith('noCardSites', ['www.uptodate.com']);
  });
});
