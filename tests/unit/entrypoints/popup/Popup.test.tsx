import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Popup, type PopupProps } from '@/entrypoints/popup/Popup';
import { classifyUrl } from '@/entrypoints/popup/page-kind';
import type { SearchHit } from '@/core/search';
import { parseSettings } from '@/core/settings';
import { strings } from '@/core/strings';

afterEach(cleanup);

const NAMES = new Map([
  ['upadacitinib', 'Upadacitinib'],
  ['dupilumab', 'Dupilumab'],
]);

const hit = (id: string, over: Partial<SearchHit> = {}): SearchHit => ({
  kind: 'drug',
  id,
  title: id,
  detail: `about ${id}`,
  drugId: id,
  score: 1,
  ...over,
});

function createPopup(over: Partial<PopupProps> = {}) {
  const props: PopupProps = {
    page: { kind: 'web', host: 'example.com' },
    report: {
      drugs: [
        { drugId: 'upadacitinib', count: 3, forms: [], context: '' },
        { drugId: 'dupilumab', count: 1, forms: [], context: '' },
      ],
      totalMentions: 4,
      capped: false,
      uiLoaded: false,
      uiFailed: false,
    },
    settings: parseSettings({}),
    drugName: (id) => NAMES.get(id),
    search: vi.fn((q: string) => (q.startsWith('up') ? [hit('upadacitinib')] : [])),
    onOpenDrug: vi.fn(),
    onOpenQuery: vi.fn(),
    onSettingsChange: vi.fn(async () => {}),
    onOpenOptions: vi.fn(),
    ...over,
  };
  render(<Popup {...props} />);
  return props;
}

describe('drugs on the page', () => {
  test('lists each drug with its mention count', () => {
    createPopup();
    const rows = screen.getAllByTestId('popup-drug');
    expect(rows.map((r) => r.textContent)).toEqual([
      'Upadacitinib3 mentions',
      'Dupilumab1 mention',
    ]);
  });

  test('choosing a drug opens the sidebar there', () => {
    const props = createPopup();
    fireEvent.click(screen.getAllByTestId('popup-drug')[1]!);
    expect(props.onOpenDrug).toHaveBeenCalledWith('dupilumab');
  });

  test('drops ids the dataset does not know', () => {
    createPopup({
      report: {
        drugs: [{ drugId: 'madeupinib', count: 2, forms: [], context: '' }],
        totalMentions: 2,
        capped: false,
        uiLoaded: false,
        uiFailed: false,
      },
    });
    expect(screen.queryByTestId('popup-drug')).toBeNull();
    expect(screen.getByTestId('popup-no-drugs')).toBeTruthy();
  });

  test('says in one line when the page refused the sidebar, and only then', () => {
    const props = createPopup();
    expect(screen.queryByText(strings.sidebarUnavailable)).toBeNull();
    cleanup();
    createPopup({ report: { ...props.report!, uiFailed: true } });
    expect(screen.getByText(strings.sidebarUnavailable)).toBeTruthy();
    // The drugs are still listed: the highlights work without the sidebar.
    expect(screen.getAllByTestId('popup-drug')).toHaveLength(2);
  });

  test('says when it is still reading the page', () => {
    createPopup({ report: null });
    expect(screen.getByRole('status').textContent).toMatch(/Reading/);
  });
});

describe('site switch', () => {
  test('is on for an enabled site and turning it off saves a block for that host', async () => {
    const props = createPopup();
    const toggle = screen.getByTestId('site-toggle') as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    await waitFor(() => expect(props.onSettingsChange).toHaveBeenCalledOnce());
    expect(props.onSettingsChange).toHaveBeenCalledWith(
      expect.objectContaining({ siteMode: 'except-listed', sites: ['example.com'] }),
    );
  });

  test('is off on a blocked site, and the drug list says so', () => {
    createPopup({ settings: parseSettings({ siteMode: 'except-listed', sites: ['example.com'] }) });
    expect((screen.getByTestId('site-toggle') as HTMLInputElement).checked).toBe(false);
    expect(screen.getByTestId('popup-disabled')).toBeTruthy();
  });

  test('shows the storage error when saving fails', async () => {
    createPopup({
      onSettingsChange: vi.fn(async () => Promise.reject(new Error('quota exceeded'))),
    });
    fireEvent.click(screen.getByTestId('site-toggle'));
    expect((await screen.findByTestId('popup-error')).textContent).toMatch(/quota exceeded/);
  });

  test('is absent when the host is unknown', () => {
    createPopup({ page: { kind: 'web' } });
    expect(screen.queryByTestId('site-toggle')).toBeNull();
  });
});

describe('pages the content script cannot reach', () => {
  test.each([
    ['chrome://extensions', /browser pages/],
    ['about:addons', /browser pages/],
    ['moz-extension://abc/options.html', /browser pages/],
    ['file:///home/me/paper.html', /local files/],
    ['https://chromewebstore.google.com/detail/x', /store/],
    ['https://addons.mozilla.org/en-US/firefox/', /store/],
    ['https://example.org/paper.PDF', /PDF/],
  ])('on %s it says so and still offers search', (url, message) => {
    const props = createPopup({ page: classifyUrl(url), report: null });
    expect(screen.getByTestId('popup-unsupported').textContent).toMatch(message);
    expect(screen.queryByTestId('site-toggle')).toBeNull();
    fireEvent.input(screen.getByTestId('popup-search'), { target: { value: 'upa' } });
    const result = screen.getByTestId('popup-search-result');
    expect(result.textContent).toContain('about upadacitinib');
    expect(result.querySelector('button')).toBeNull();
    expect(props.onOpenDrug).not.toHaveBeenCalled();
  });

  test('on a PDF it offers the reader, and only there', () => {
    const onOpenReader = vi.fn();
    createPopup({
      page: classifyUrl('https://example.org/formulary.pdf'),
      report: null,
      onOpenReader,
    });
    expect(screen.getByTestId('popup-unsupported').textContent).toMatch(/closed to extensions/);
    fireEvent.click(screen.getByTestId('popup-open-reader'));
    expect(onOpenReader).toHaveBeenCalledOnce();
    cleanup();
    createPopup({ page: classifyUrl('file:///home/me/paper.html'), report: null, onOpenReader });
    expect(screen.queryByTestId('popup-open-reader')).toBeNull();
  });

  test('an http page without our content script asks for a reload', () => {
    createPopup({ page: { kind: 'not-ready' }, report: null });
    expect(screen.getByTestId('popup-unsupported').textContent).toMatch(/Reload/);
  });
});

describe('search', () => {
  test('shows results and opens the sidebar at the chosen drug', () => {
    const props = createPopup();
    fireEvent.input(screen.getByTestId('popup-search'), { target: { value: 'upa' } });
    fireEvent.click(screen.getByTestId('popup-search-result').querySelector('button')!);
    expect(props.onOpenDrug).toHaveBeenCalledWith('upadacitinib');
  });

  test('a result without a drug opens the sidebar search', () => {
    const props = createPopup({
      search: () => [
        hit('eczema-herpeticum', {
          kind: 'glossary',
          title: 'Eczema herpeticum',
          drugId: undefined,
        }),
      ],
    });
    fireEvent.input(screen.getByTestId('popup-search'), { target: { value: 'herp' } });
    fireEvent.click(screen.getByTestId('popup-search-result').querySelector('button')!);
    expect(props.onOpenQuery).toHaveBeenCalledWith('Eczema herpeticum');
  });

  test('Enter with no result sends the text as a sidebar search', () => {
    const props = createPopup();
    const input = screen.getByTestId('popup-search');
    fireEvent.input(input, { target: { value: 'itch' } });
    expect(screen.getByTestId('popup-search-empty').textContent).toContain('itch');
    fireEvent.submit(input.closest('form')!);
    expect(props.onOpenQuery).toHaveBeenCalledWith('itch');
  });

  test('the options link opens the options page', () => {
    const props = createPopup();
    fireEvent.click(screen.getByTestId('popup-options'));
    expect(props.onOpenOptions).toHaveBeenCalledOnce();
  });
});

describe('classifyUrl', () => {
  test.each([
    ['https://www.nejm.org/doi/full/x', { kind: 'web', host: 'www.nejm.org' }],
    ['http://127.0.0.1:8080/page', { kind: 'web', host: '127.0.0.1' }],
    [undefined, { kind: 'web' }],
    ['chrome://newtab/', { kind: 'browser' }],
    ['edge://settings', { kind: 'browser' }],
    ['view-source:https://example.com', { kind: 'browser' }],
    ['data:text/html,hi', { kind: 'browser' }],
    ['not a url', { kind: 'browser' }],
    ['file:///tmp/a.html', { kind: 'file' }],
    ['https://chrome.google.com/webstore/detail/x', { kind: 'store' }],
    ['https://chrome.google.com/search', { kind: 'web', host: 'chrome.google.com' }],
    ['https://microsoftedge.microsoft.com/addons/detail/x', { kind: 'store' }],
    ['https://arxiv.org/pdf/2401.0001.pdf', { kind: 'pdf' }],
  ])('%s is %j', (url, expected) => {
    expect(classifyUrl(url)).toEqual(expected);
  });
});
