import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Options, type OptionsProps } from '@/entrypoints/options/Options';
import { serializeSettings } from '@/entrypoints/options/settings-file';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '@/core/settings';

afterEach(cleanup);

function createOptions(over: Partial<OptionsProps> = {}) {
  let notify: ((s: Settings) => void) | undefined;
  const props: OptionsProps = {
    initial: parseSettings({}),
    loadError: null,
    save: vi.fn(async () => {}),
    watch: vi.fn((cb: (s: Settings) => void) => {
      notify = cb;
      return () => {};
    }),
    download: vi.fn(),
    ...over,
  };
  render(<Options {...props} />);
  return { props, notify: (s: Settings) => notify?.(s) };
}

const lastSaved = (props: OptionsProps): Settings =>
  vi.mocked(props.save).mock.lastCall?.[0] as Settings;

function chooseFile(text: string, name = 'settings.json') {
  const file = new File([text], name, { type: 'application/json' });
  fireEvent.change(screen.getByTestId('options-import'), { target: { files: [file] } });
}

describe('editing', () => {
  test.each<[string, () => void, Partial<Settings>]>([
    [
      'the site mode',
      () => fireEvent.click(screen.getByTestId('options-site-mode-only-listed')),
      { siteMode: 'only-listed' },
    ],
    [
      'the highlight style',
      () =>
        fireEvent.change(screen.getByTestId('options-style'), { target: { value: 'underline' } }),
      { highlightStyle: 'underline' },
    ],
    [
      'a group',
      () => fireEvent.click(screen.getByTestId('options-group-biologic')),
      { groups: { ...DEFAULT_SETTINGS.groups, biologic: false } },
    ],
    [
      'auto-open',
      () => fireEvent.click(screen.getByTestId('options-auto-open')),
      { autoOpen: true },
    ],
    [
      'misspelt names',
      () => fireEvent.click(screen.getByTestId('options-fuzzy-matching')),
      { fuzzyMatching: false },
    ],
    [
      'opening PDFs in the reader',
      () => fireEvent.click(screen.getByTestId('options-open-pdfs')),
      { openPdfsInReader: true },
    ],
    [
      'the side',
      () => fireEvent.change(screen.getByTestId('options-side'), { target: { value: 'left' } }),
      { side: 'left' },
    ],
    [
      'the layout',
      () => fireEvent.change(screen.getByTestId('options-layout'), { target: { value: 'push' } }),
      { layout: 'push' },
    ],
    [
      'the theme',
      () => fireEvent.change(screen.getByTestId('options-theme'), { target: { value: 'dark' } }),
      { theme: 'dark' },
    ],
    [
      'the width (clamped)',
      () => fireEvent.change(screen.getByTestId('options-width'), { target: { value: '9999' } }),
      { sidebarWidth: 640 },
    ],
  ])('changing %s saves at once', async (_, act, change) => {
    const { props } = createOptions();
    act();
    await waitFor(() => expect(props.save).toHaveBeenCalledOnce());
    expect(lastSaved(props)).toEqual({ ...DEFAULT_SETTINGS, ...change });
    expect((await screen.findByTestId('options-status')).textContent).toBe('Saved.');
  });

  test('adds a site from a pasted URL and removes it again', async () => {
    const { props } = createOptions();
    fireEvent.input(screen.getByTestId('options-site-input'), {
      target: { value: 'https://www.NEJM.org/doi/1' },
    });
    fireEvent.click(screen.getByTestId('options-site-add'));
    await waitFor(() => expect(lastSaved(props)?.sites).toEqual(['www.nejm.org']));
    expect(screen.getByTestId('options-site').textContent).toContain('www.nejm.org');
    fireEvent.click(screen.getByTestId('options-site-remove'));
    await waitFor(() => expect(lastSaved(props).sites).toEqual([]));
  });

  test('refuses a site that is not a hostname', () => {
    const { props } = createOptions();
    fireEvent.input(screen.getByTestId('options-site-input'), { target: { value: 'not a site' } });
    fireEvent.click(screen.getByTestId('options-site-add'));
    expect(screen.getByTestId('options-site-invalid').textContent).toContain('not a site');
    expect(props.save).not.toHaveBeenCalled();
  });

  test('reset saves the defaults', async () => {
    const { props } = createOptions({ initial: parseSettings({ side: 'left', sites: ['a.org'] }) });
    fireEvent.click(screen.getByTestId('options-reset'));
    await waitFor(() => expect(lastSaved(props)).toEqual(DEFAULT_SETTINGS));
  });

  test('follows changes made elsewhere (the popup, another device)', async () => {
    const { notify } = createOptions();
    notify(parseSettings({ side: 'left' }));
    await waitFor(() =>
      expect((screen.getByTestId('options-side') as HTMLSelectElement).value).toBe('left'),
    );
  });
});

describe('storage failures', () => {
  test('a failed save shows a clear error and puts the form back', async () => {
    createOptions({
      save: vi.fn(async () => Promise.reject(new Error('the site list is too long to sync.'))),
    });
    fireEvent.change(screen.getByTestId('options-side'), { target: { value: 'left' } });
    expect((await screen.findByTestId('options-error')).textContent).toMatch(
      /could not be saved: the site list is too long/,
    );
    expect((screen.getByTestId('options-side') as HTMLSelectElement).value).toBe('right');
  });

  test('a failed read is reported above the defaults', () => {
    createOptions({ loadError: 'Storage is broken' });
    expect(screen.getByTestId('options-error').textContent).toMatch(
      /could not be read \(Storage is broken\)/,
    );
  });
});

describe('export and import', () => {
  test('export offers the current settings as a JSON file', () => {
    const initial = parseSettings({ theme: 'dark', sites: ['example.com'] });
    const { props } = createOptions({ initial });
    fireEvent.click(screen.getByTestId('options-export'));
    expect(props.download).toHaveBeenCalledWith(
      'jak-lens-settings.json',
      serializeSettings(initial),
    );
  });

  test('importing an exported file saves its settings', async () => {
    const imported = parseSettings({
      siteMode: 'only-listed',
      sites: ['nejm.org'],
      layout: 'push',
    });
    const { props } = createOptions();
    chooseFile(serializeSettings(imported));
    await waitFor(() => expect(lastSaved(props)).toEqual(imported));
    expect(screen.getByTestId('options-status').textContent).toBe('Settings imported.');
    expect(screen.queryByTestId('options-error')).toBeNull();
  });

  test.each([
    ['not JSON', '{ "format": ', /not valid JSON/],
    ['another JSON file', '{"name": "package"}', /not a JAK Lens settings export/],
    [
      'a bad value',
      '{"format":"jak-lens-settings","version":1,"settings":{"side":"top"}}',
      /“side”/,
    ],
    [
      'an unknown field',
      '{"format":"jak-lens-settings","version":1,"settings":{"sidebarwidth":300}}',
      /“sidebarwidth”/,
    ],
    [
      'a bad site',
      '{"format":"jak-lens-settings","version":1,"settings":{"sites":["ok.org","no site"]}}',
      /“sites”/,
    ],
    ['a newer format', '{"format":"jak-lens-settings","version":9,"settings":{}}', /newer version/],
  ])('importing %s shows an error and changes nothing', async (_, text, message) => {
    const initial = parseSettings({ side: 'left' });
    const { props } = createOptions({ initial });
    chooseFile(text);
    expect((await screen.findByTestId('options-error')).textContent).toMatch(message);
    expect(props.save).not.toHaveBeenCalled();
    expect((screen.getByTestId('options-side') as HTMLSelectElement).value).toBe('left');
  });

  test('a file with only some fields takes the defaults for the rest', async () => {
    const { props } = createOptions({ initial: parseSettings({ side: 'left' }) });
    chooseFile('{"format":"jak-lens-settings","version":1,"settings":{"theme":"light"}}');
    await waitFor(() => expect(lastSaved(props)).toEqual({ ...DEFAULT_SETTINGS, theme: 'light' }));
  });

  test('a huge file is refused without being read', async () => {
    const { props } = createOptions();
    chooseFile(' '.repeat(200_000));
    expect((await screen.findByTestId('options-error')).textContent).toMatch(/too large/);
    expect(props.save).not.toHaveBeenCalled();
  });
});
