import { useId, useState } from 'preact/hooks';
import type { DrugClass, GlossaryTerm, Note, Source } from '@/data/schema';
import { GlossaryText } from './GlossaryText';
import { citationText } from '@/data/queries';
import { strings } from './strings';

export interface NoteCardProps {
  note: Note;
  source: Source | undefined;
  glossary: readonly GlossaryTerm[];
  /** Set when the note is about the drug's class, so it is labelled as such. */
  viaClass?: DrugClass;
  /** Print the class label; off for the following notes of the same class, to avoid repeating it. */
  showScope?: boolean;
  onCopy: (text: string) => void;
}

/**
 * One note: our paraphrase first, the verbatim quote behind a disclosure button with its
 * citation, the editor's note visibly marked, and a "copy citation" action.
 */
export function NoteCard({
  note,
  source,
  glossary,
  viaClass,
  showScope = true,
  onCopy,
}: NoteCardProps) {
  const [expanded, setExpanded] = useState(false);
  const quoteId = useId();
  return (
    <article class="note" data-testid="note" data-note-id={note.id} tabIndex={-1}>
      {viaClass && (
        <p class={showScope ? 'note-scope' : 'sr-only'}>{strings.aboutClass(viaClass.name)}</p>
      )}
      <p class="para">
        <GlossaryText text={note.paraphrase} glossary={glossary} />
      </p>
      {note.editorNote && (
        <p class="editor">
          <strong>{strings.editorNote}:</strong> {note.editorNote}
        </p>
      )}
      <div class="note-actions">
        <button
          type="button"
          class="link"
          aria-expanded={expanded}
          aria-controls={quoteId}
          data-testid="quote-toggle"
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? strings.hideQuote : strings.showQuote}
        </button>
        <button type="button" class="link" onClick={() => onCopy(citationText(note, source))}>
          {strings.copyCitation}
        </button>
      </div>
      <figure class="quote" id={quoteId} hidden={!expanded}>
        <blockquote data-testid="quote">
          {note.quotes.map((q, i) => (
            <p key={i}>{q}</p>
          ))}
        </blockquote>
        <figcaption>
          {source ? `${source.author}, ${source.publication}, ${source.year}` : note.sourceId}
          {' · '}
          {note.locator}
        </figcaption>
      </figure>
    </article>
  );
}
