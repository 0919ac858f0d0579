import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AboutData } from '@/components/AboutData';
import { DrugView } from '@/components/DrugView';
import { NoteCard } from '@/components/NoteCard';
import { setLanguage } from '@/core/locale';
import { createDataset, upadacitinib } from '../support/factories';

const dataset = createDataset();

afterEach(() => {
  cleanup();
  setLanguage('en');
});

describe('notes stay in the interview’s English, and the sidebar says so', () => {
  test('a German drug view says that the notes below are English', () => {
    setLanguage('de');
    render(
      <DrugView
        dataset={dataset}
        drug={upadacitinib}
        backLabel="Auf dieser Seite"
        onBack={vi.fn()}
        onCopy={vi.fn()}
      />,
    );
    expect(screen.getByTestId('notes-language').textContent).toBe(
      'Notizen und Zitate sind auf Englisch, wie im Interview.',
    );
  });

  test('an English drug view does not say it', () => {
    render(
      <DrugView
        dataset={dataset}
        drug={upadacitinib}
        backLabel="On this page"
        onBack={vi.fn()}
        onCopy={vi.fn()}
      />,
    );
    expect(screen.queryByTestId('notes-language')).toBeNull();
  });

  test('About this data names the notes’ language in every language', () => {
    setLanguage('fr');
    render(<AboutData dataset={dataset} />);
    expect(screen.getByTestId('about-data').textContent).toContain(
      'Langue des notesLes notes et les citations sont en anglais',
    );
  });

  test('a note’s paraphrase and quote are marked English inside a translated card', () => {
    setLanguage('es');
    render(
      <NoteCard
        note={dataset.notes[2]!}
        source={dataset.sources[0]}
        sources={new Map(dataset.sources.map((src) => [src.id, src]))}
        glossary={dataset.glossary}
        version={dataset.version}
        asOf={dataset.asOf}
        onCopy={vi.fn(() => Promise.resolve(true))}
      />,
    );
    expect(screen.getByTestId('note').querySelector('.para')?.getAttribute('lang')).toBe('en');
    expect(screen.getByTestId('quote').getAttribute('lang')).toBe('en');
    expect(screen.getByTestId('quote-toggle').textContent).toBe('Mostrar cita');
  });
});
