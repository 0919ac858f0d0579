import { useId, useState } from 'preact/hooks';
import type { Dataset, GlossaryTerm, Note, NoteScope, Source } from '@/data/schema';
import { GlossaryText } from './GlossaryText';
import { coversWholeClass, lookup, proseName, scopeDrugs } from '@/data/queries';
import { SourceLine } from './primitives/SourceLine';
import { format, strings, stringsLanguage } from '@/core/strings';
import type { CopyText } from './hooks/useCopy';
import { NoteCitations } from './NoteCitations';
import { ProblemReport } from './ProblemReport';

export interface NoteCardProps {
  note: Note;
  source: Source | undefined;
  /** The dataset's sources by id, to name the ones behind the editor's note. */
  sources: ReadonlyMap<string, Source>;
  glossary: readonly GlossaryTerm[];
  /** Whom the note is about, from `scopeLabel` ("About upadacitinib and abrocitinib, …"). */
  about?: string;
  /** The dataset's version and as-of date: in problem reports, and the citations' accessed date. */
  version: string;
  asOf: string;
  /** The organisation's feedback address (settings), '' or absent when none is set. */
  feedbackAddress?: string;
  /** The page's address, which a problem report may include if the reader ticks it. */
  pageUrl?: string;
  /** Copies text; resolves whether it worked (sidebar/clipboard.ts). */
  onCopy: CopyText;
}

/** The panels under a note's action row; one at a time keeps the card short. */
type Panel = 'cite' | 'problem' | null;

const listFormats = new Map<string, Intl.ListFormat>();

/**
 * "a", "a and b", "a, b and c", in the interface language ("a, b und c"); English without the
 * serial comma (en-GB), as the table writes lists.
 */
function andList(items: readonly string[]): string {
  const lang = stringsLanguage();
  // One formatter per language: building one per note cost a drug view ~16 ms (docs/perf.md).
  let formatter = listFormats.get(lang);
  if (!formatter) {
    formatter = new Intl.ListFormat(lang === 'en' ? 'en-GB' : lang, { type: 'conjunction' });
    listFormats.set(lang, formatter);
  }
  return formatter.format(items);
}

/**
 * The line that says whom a note is about: the drugs it names, or the class as the interview
 * frames it, naming the drugs inside the claim unless the claim covers the whole class.
 */
export function scopeLabel(dataset: Dataset, scope: NoteScope): string {
  const names = andList(scopeDrugs(dataset, scope).map(proseName));
  if (scope.kind === 'drug') return format(strings.aboutDrugs, { names });
  const cls = lookup(dataset).classes.get(scope.classId)?.name ?? scope.classId;
  // "Oral JAK inhibitors" → "oral JAK inhibitors", but "JAK inhibitors" stays as it is.
  const inProse = /^.[a-z]/.test(cls) ? cls.charAt(0).toLowerCase() + cls.slice(1) : cls;
  return coversWholeClass(dataset, scope)
    ? format(strings.aboutWholeClass, { className: inProse })
    : format(strings.aboutClassMembers, { names, className: inProse });
}

/**
 * One note: whom it is about and whether it is the interviewee's view, our paraphrase,
 * the verbatim quote behind a disclosure button with its citation, the editor's note visibly
 * marked with the public sources behind what it adds, and two actions: "Cite" (the quote with
 * its citation, the source's records) and "Report a problem".
 */
export function NoteCard(props: NoteCardProps) {
  const { note, source, sources, glossary, about, onCopy } = props;
  const [expanded, setExpanded] = useState(false);
  const [panel, setPanel] = useState<Panel>(null);
  const quoteId = useId();
  const panelId = useId();
  const toggle = (which: Exclude<Panel, null>) => setPanel(panel === which ? null : which);
  return (
    <article class="note" data-testid="note" data-note-id={note.id} tabIndex={-1}>
      {(about || note.opinion) && (
        <p class="note-scope" data-testid="note-about">
          {about}
          {note.opinion && (
            <span class="tag" data-testid="note-opinion">
              {format(strings.opinionOf, { speaker: source?.author ?? strings.interviewee })}
            </span>
          )}
        </p>
      )}
      <p class="para" lang="en">
        <GlossaryText text={note.paraphrase} glossary={glossary} />
      </p>
      {note.editorNote && (
        <div class="editor">
          <p>
            <strong>{strings.editorNote}:</strong> {note.editorNote}
          </p>
          {note.editorSources && (
            <ul class="editor-src" aria-label={strings.editorSources} data-testid="editor-sources">
              {note.editorSources.map((cited) => (
                <li key={`${cited.sourceId}|${cited.asOf}`}>
                  <SourceLine source={sources.get(cited.sourceId)} cited={cited} />
                </li>
              ))}
            </ul>
          )}
        </div>
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
        <button
          type="button"
          class="link"
          aria-expanded={panel === 'cite'}
          aria-controls={panel === 'cite' ? `${panelId}-cite` : undefined}
          data-testid="cite-toggle"
          onClick={() => toggle('cite')}
        >
          {strings.cite.toggle}
        </button>
        <button
          type="button"
          class="link"
          aria-expanded={panel === 'problem'}
          aria-controls={panel === 'problem' ? `${panelId}-problem` : undefined}
          data-testid="problem-toggle"
          onClick={() => toggle('problem')}
        >
          {strings.problem.toggle}
        </button>
      </div>
      {panel === 'cite' && (
        <NoteCitations
          id={`${panelId}-cite`}
          note={note}
          source={source}
          asOf={props.asOf}
          onCopy={onCopy}
        />
      )}
      {panel === 'problem' && (
        <ProblemReport
          id={`${panelId}-problem`}
          note={note}
          version={props.version}
          asOf={props.asOf}
          feedbackAddress={props.feedbackAddress ?? ''}
          pageUrl={props.pageUrl}
          onCopy={onCopy}
        />
      )}
      <figure class="quote" id={quoteId} hidden={!expanded}>
        <blockquote data-testid="quote" lang="en">
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
