import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Options, type OptionsProps } from '@/entrypoints/options/Options';
import { parseSettings, type Settings } from '@/core/settings';
import { setLanguage } from '@/core/locale';

afterEach(() => {
  cleanup();
  setLanguage('en');
});

function renderOptions(initial: Partial<Settings> = {}) {
  const onLanguage = vi.fn((language: Settings['language']) => void setLanguage(language));
  const props: OptionsProps = {
    initial: parseSettings(initial),
    loadError: null,
    save: vi.fn(async () => {}),
    watch: () => () => {},
    download: vi.fn(),
    onLanguage,
  };
  render(<Options {...props} />);
  return { props, onLanguage };
}

describe('the language setting on the options page', () => {
  test('offers "same as the browser" and each language by its own name', () => {
    renderOptions();
    const select = screen.getByTestId('options-language') as HTMLSelectElement;
    expect([...select.options].map((o) => [o.value, o.text])).toEqual([
      ['auto', 'Same as the browser'],
      ['en', 'English'],
      ['de', 'Deutsch'],
      ['es', 'Español'],
      ['fr', 'Français'],
      ['pt', 'Português'],
    ]);
  });

  test('a stored language renders the page in it from the first paint', () => {
    renderOptions({ language: 'es' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Opciones de JAK Lens');
  });

  test('choosing a language saves it and re-renders every label in it, select choices too', () => {
    const { props, onLanguage } = renderOptions();
    fireEvent.change(screen.getByTestId('options-language'), { target: { value: 'de' } });
    expect(onLanguage).toHaveBeenLastCalledWith('de');
    expect(vi.mocked(props.save).mock.lastCall?.[0]).toMatchObject({ language: 'de' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('JAK-Lens-Einstellungen');
    const side = screen.getByTestId('options-side') as HTMLSelectElement;
    expect([...side.options].map((o) => o.text)).toEqual(['Links', 'Rechts']);
  });
});
