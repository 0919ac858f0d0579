import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { NoteCard, scopeLabel, type NoteCardProps } from '@/components/NoteCard';
import { axeViolations, createDataset, createNote } from '../support/factories';

const dataset = createDataset();

function createNoteCardProps(overrides: Partial<NoteCardProps> = {}): NoteCardProps {
  return {
    note: dataset.notes[2]!,
    source: dataset.sources[0],
    sources: new Map(dataset.sources.map((src) => [src.id, src])),
    glossary: dataset.glossary,
    version: dataset.version,
    asOf: dataset.asOf,
    onCopy: vi.fn(() => Promise.resolve(true)),
    ...overrides,
  };
}

describe('NoteCard', () => {
  test('shows the paraphrase and keeps the quote collapsed until asked', () => {
    render(<NoteCard {...createNoteCardProps()} />);
    expect(screen.getByTestId('note').querySelector('.para')?.firstChild?.textContent).toBe(
      'The class carries a ',
    );
    const toggle = screen.getByTestId('quote-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByTestId('quote').closest('[hidden]')).not.toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Hide quote');
    expect(screen.getByTestId('quote').closest('[hidden]')).toBeNull();
    expect(screen.getByTestId('quote').textContent).toBe('There is a boxed warning.');
  });

  test('cites speaker, publication, year and locator under the quote', () => {
    render(<NoteCard {...createNoteCardProps()} />);
    expect(
      screen.getByText(/Dr Eingun James Song, The Dermatologist, 2025 · Q4: safety/),
    ).toBeTruthy();
  });

  test('marks the editor’s note visibly', () => {
    render(<NoteCard {...createNoteCardProps()} />);
    expect(screen.getByText('Editor’s note:').closest('.editor')?.textContent).toContain(
      'tofacitinib',
    );
  });

  test('lists the sources behind the editor’s note with their dates, linking only web addresses', () => {
    const label = {
      ...dataset.sources[1]!,
      id: 'rinvoq-label',
      title: 'RINVOQ prescribing information',
      url: 'https://www.rxabbvie.com/pdf/rinvoq_pi.pdf',
    };
    const script = { ...label, id: 'bad', title: 'Bad <b>link</b>', url: 'javascript:alert(1)' };
    const note = createNote({
      id: 'e',
      editorNote: 'Heads Up compared upadacitinib 30 mg with dupilumab.',
      editorSources: [
        { sourceId: 'rinvoq-label', asOf: '2026-11-01' },
        { sourceId: 'bad', asOf: '2026-11-02' },
        { sourceId: 'unknown-source', asOf: '2026-11-03' },
      ],
    });
    const sources = new Map([label, script].map((src) => [src.id, src]));
    render(<NoteCard {...createNoteCardProps({ note, sources })} />);
    const list = screen.getByRole('list', { name: 'Sources of the editor’s note' });
    expect(list.closest('.editor')?.textContent).toContain('Heads Up compared');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'RINVOQ prescribing information, as of 2026-11-01 · www.rxabbvie.com',
      'Bad <b>link</b>, as of 2026-11-02',
      'unknown-source, as of 2026-11-03',
    ]);
    expect(within(items[0]!).getByRole('link').getAttribute('href')).toBe(label.url);
    expect(list.querySelectorAll('a')).toHaveLength(1);
    expect(list.querySelector('b')).toBeNull();
  });

  test('shows no source list for an editor’s note without sources', () => {
    render(<NoteCard {...createNoteCardProps()} />);
    expect(screen.getByText('Editor’s note:')).toBeTruthy();
    expect(screen.queryByTestId('editor-sources')).toBeNull();
  });

  test('copies the quote with its citation in AMA and Vancouver, as text or Markdown', async () => {
    const props = createNoteCardProps();
    render(<NoteCard {...props} />);
    const toggle = screen.getByTestId('cite-toggle');
    expect(toggle.textContent).toBe('Cite');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByTestId('cite-panel')).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.getAttribute('aria-controls')).toBe(screen.getByTestId('cite-panel').id);
    // The fixture's note 2: "There is a boxed warning." at "Q4: safety", from the interview;
    // the fixture dataset is as of 2025-06-01.
    const quote = '“There is a boxed warning.” (Q4: safety)';
    const ref = 'Song EJ. JAK Inhibitors in Atopic Dermatitis Treatment.';
    const cases: [string, string][] = [
      ['AMA', `${quote}\n${ref} The Dermatologist. 2025. Accessed June 1, 2025.`],
      ['AMA (Markdown)', `> ${quote}\n\n${ref} *The Dermatologist*. 2025. Accessed June 1, 2025.`],
      ['Vancouver', `${quote}\n${ref} The Dermatologist [Internet]. 2025 [cited 2025 Jun 1].`],
      [
        'Vancouver (Markdown)',
        `> ${quote}\n\n${ref} The Dermatologist \\[Internet\\]. 2025 \\[cited 2025 Jun 1\\].`,
      ],
    ];
    const group = within(screen.getByRole('group', { name: 'Copy quote with citation' }));
    for (const [label, expected] of cases) {
      fireEvent.click(group.getByRole('button', { name: label }));
      expect(props.onCopy).toHaveBeenLastCalledWith(expected);
    }
    await waitFor(() => expect(screen.getByTestId('copy-status').textContent).toBe('Copied'));
  });

  test('exports the source as RIS and BibTeX, to copy or download', () => {
    const props = createNoteCardProps();
    render(<NoteCard {...props} />);
    fireEvent.click(screen.getByTestId('cite-toggle'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy RIS' }));
    expect(props.onCopy).toHaveBeenLastCalledWith(expect.stringMatching(/^TY {2}- MGZN\r\n/));
    fireEvent.click(screen.getByRole('button', { name: 'Copy BibTeX' }));
    expect(props.onCopy).toHaveBeenLastCalledWith(
      expect.stringMatching(/^@article\{song-2025-interview,\n/),
    );
    const ris = screen.getByRole('link', { name: 'Download RIS' });
    expect(ris.getAttribute('download')).toBe('song-2025-interview.ris');
    const href = ris.getAttribute('href')!;
    expect(href.startsWith('data:application/x-research-info-systems;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(href.slice(href.indexOf(',') + 1))).toMatch(/\r\nER {2}- \r\n$/);
    expect(screen.getByRole('link', { name: 'Download BibTeX' }).getAttribute('download')).toBe(
      'song-2025-interview.bib',
    );
  });

  test('says visibly when copying failed, and offers the text selected to copy by hand', async () => {
    const onCopy = vi.fn((_text: string) => Promise.resolve(false));
    render(<NoteCard {...createNoteCardProps({ onCopy })} />);
    fireEvent.click(screen.getByTestId('cite-toggle'));
    fireEvent.click(screen.getByRole('button', { name: 'AMA' }));
    await waitFor(() =>
      expect(screen.getByTestId('copy-status').textContent).toBe(
        'Couldn’t copy — select and copy this text',
      ),
    );
    const field = screen.getByRole('textbox', { name: 'Text to copy' }) as HTMLTextAreaElement;
    expect(field.value).toBe(onCopy.mock.calls[0]![0]);
    expect(field.readOnly).toBe(true);
  });

  test('a copy that throws counts as not copied', async () => {
    const onCopy = vi.fn(() => Promise.reject(new Error('no')));
    render(<NoteCard {...createNoteCardProps({ onCopy })} />);
    fireEvent.click(screen.getByTestId('cite-toggle'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy RIS' }));
    await waitFor(() => expect(screen.getByTestId('copy-text')).toBeTruthy());
  });

  test('cites a note whose source is unknown by the source id', () => {
    const props = createNoteCardProps({
      note: createNote({ id: 'x', quotes: ['One.', 'Two.'], sourceId: 'gone' }),
      source: undefined,
    });
    render(<NoteCard {...props} />);
    fireEvent.click(screen.getByTestId('cite-toggle'));
    fireEvent.click(screen.getByRole('button', { name: 'AMA' }));
    expect(props.onCopy).toHaveBeenCalledWith('“One.” … “Two.” (Q1: test)\ngone');
    expect(screen.queryByRole('button', { name: 'Copy RIS' })).toBeNull();
  });

  test('says whom the note is about', () => {
    render(<NoteCard {...createNoteCardProps({ about: 'About upadacitinib' })} />);
    expect(screen.getByTestId('note-about').textContent).toBe('About upadacitinib');
  });

  test('marks an opinion as the interviewee’s view, and data notes not at all', () => {
    const { rerender } = render(<NoteCard {...createNoteCardProps()} />);
    expect(screen.queryByTestId('note-opinion')).toBeNull();
    const opinion = createNote({ id: 'o', opinion: true });
    rerender(<NoteCard {...createNoteCardProps({ note: opinion, about: 'About upadacitinib' })} />);
    expect(screen.getByTestId('note-opinion').textContent).toBe('Dr Eingun James Song’s view');
  });

  test('puts the note id on the note, so a page test can tell which notes are shown', () => {
    render(<NoteCard {...createNoteCardProps()} />);
    expect(screen.getByTestId('note').dataset.noteId).toBe(dataset.notes[2]!.id);
  });

  test('renders dataset text as text, never as markup', () => {
    const note = createNote({
      id: 'x',
      paraphrase: '<img src=x onerror=alert(1)> <b>bold</b>',
      quotes: ['<script>x</script>'],
    });
    render(<NoteCard {...createNoteCardProps({ note })} />);
    const card = screen.getByTestId('note');
    expect(card.querySelector('img, b, script')).toBeNull();
    expect(card.textContent).toContain('<b>bold</b>');
  });

  test('has no axe violations open or closed', async () => {
    const { container } = render(<NoteCard {...createNoteCardProps()} />);
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(screen.getByTestId('quote-toggle'));
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(screen.getByTestId('cite-toggle'));
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(screen.getByTestId('problem-toggle'));
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('scopeLabel', () => {
  test('names the drugs of a note about drugs', () => {
    expect(scopeLabel(dataset, { kind: 'drug', drugs: ['upadacitinib', 'dupilumab'] })).toBe(
      'About upadacitinib and dupilumab',
    );
  });

  test('names the drugs inside a class claim, as the interview frames the class', () => {
    expect(
      scopeLabel(dataset, {
        kind: 'class',
        classId: 'oral-jak-inhibitor',
        drugs: ['upadacitinib', 'abrocitinib'],
      }),
    ).toBe('About upadacitinib and abrocitinib, as the interview frames oral JAK inhibitors');
  });

  test('speaks of the class as a whole only when the note lists every member', () => {
    expect(
      scopeLabel(dataset, {
        kind: 'class',
        classId: 'oral-jak-inhibitor',
        drugs: ['upadacitinib', 'abrocitinib', 'baricitinib'],
      }),
    ).toBe('About oral JAK inhibitors as a class, as the interview frames them');
  });
});
