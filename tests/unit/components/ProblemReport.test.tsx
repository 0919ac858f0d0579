import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { NoteCard, type NoteCardProps } from '@/components/NoteCard';
import { axeViolations, createDataset, createNote } from '../support/factories';

const dataset = createDataset();
const note = createNote({ id: 'boxed-warning', quotes: ['There is a <b>boxed</b> warning.'] });

function renderCard(overrides: Partial<NoteCardProps> = {}) {
  const props: NoteCardProps = {
    note,
    source: dataset.sources[0],
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    glossary: [],
    version: '1.2.3',
    asOf: '2025-06-01',
    onCopy: vi.fn(() => Promise.resolve(true)),
    ...overrides,
  };
  const result = render(<NoteCard {...props} />);
  fireEvent.click(screen.getByTestId('problem-toggle'));
  return { ...result, props };
}

const reportText = (page?: string) =>
  [
    'Problem with a JAK Lens note',
    'Data version: 1.2.3 (2025-06-01)',
    'Note: boxed-warning (Q1: test)',
    'Quote: “There is a <b>boxed</b> warning.”',
    ...(page ? [`Page: ${page}`] : []),
    'What is wrong: ',
  ].join('\n');

describe('Report a problem', () => {
  test('shows the prepared report as text, and without an address offers only to copy it', async () => {
    const { props } = renderCard();
    expect(screen.getByTestId('problem-toggle').getAttribute('aria-expanded')).toBe('true');
    const text = screen.getByTestId('problem-text');
    expect(text.textContent).toBe(reportText());
    expect(text.querySelector('b')).toBeNull();
    expect(screen.queryByTestId('problem-send')).toBeNull();
    expect(screen.getByTestId('problem-no-address')).toBeTruthy();
    expect(screen.queryByTestId('problem-include-page')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Copy the report' }));
    expect(props.onCopy).toHaveBeenCalledWith(reportText());
    await waitFor(() => expect(screen.getByTestId('copy-status').textContent).toBe('Copied'));
  });

  test('adds the page’s address only once the reader ticks the box', () => {
    const { props } = renderCard({ pageUrl: 'https://example.org/article?id=7' });
    const box = screen.getByRole('checkbox', { name: 'Include this page’s address' });
    expect((box as HTMLInputElement).checked).toBe(false);
    expect(screen.getByTestId('problem-text').textContent).toBe(reportText());
    fireEvent.click(box);
    expect(screen.getByTestId('problem-text').textContent).toBe(
      reportText('https://example.org/article?id=7'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy the report' }));
    expect(props.onCopy).toHaveBeenCalledWith(reportText('https://example.org/article?id=7'));
  });

  test('a mailto: feedback address opens the mail program with the report, nothing sent', () => {
    const onCopy = vi.fn(() => Promise.resolve(true));
    renderCard({ feedbackAddress: 'mailto:lens@hospital.example', onCopy });
    const link = screen.getByRole('link', { name: 'Email it to your organisation' });
    const href = link.getAttribute('href')!;
    expect(href.startsWith('mailto:lens@hospital.example?subject=')).toBe(true);
    const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(params.get('subject')).toBe('JAK Lens: problem with note boxed-warning');
    expect(params.get('body')).toBe(reportText().replace(/\n/g, '\r\n'));
    expect(link.getAttribute('target')).toBeNull();
    expect(onCopy).not.toHaveBeenCalled();
  });

  test('an https: feedback address opens that page beside this one, the report offered to copy', () => {
    renderCard({ feedbackAddress: 'https://it.hospital.example/lens' });
    const link = screen.getByRole('link', { name: 'Open your organisation’s feedback page' });
    expect(link.getAttribute('href')).toBe('https://it.hospital.example/lens');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByText('Copy the report and paste it into that page.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy the report' })).toBeTruthy();
  });

  test('an address that is neither mailto: nor https: is treated as none', () => {
    renderCard({ feedbackAddress: 'javascript:alert(1)' });
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByTestId('problem-no-address')).toBeTruthy();
  });

  test('one panel at a time: opening Cite closes the report', () => {
    renderCard();
    fireEvent.click(screen.getByTestId('cite-toggle'));
    expect(screen.queryByTestId('problem-panel')).toBeNull();
    expect(screen.getByTestId('problem-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByTestId('cite-panel')).toBeTruthy();
  });

  test('has no axe violations', async () => {
    const { container } = renderCard({
      pageUrl: 'https://example.org/',
      feedbackAddress: 'mailto:a@example.org',
    });
    expect(await axeViolations(container)).toEqual([]);
  });
});
