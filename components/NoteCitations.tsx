/**
 * A note's "Cite" panel: the quote with its reference in AMA and Vancouver style, each as plain
 * text or Markdown, and the source as an RIS record or a BibTeX entry to copy or download. All
 * generated from the dataset (core/citations.ts); the accessed date is the dataset's as-of date.
 */
import type { Note, Source } from '@/data/schema';
import {
  quoteWithCitation,
  sourceBibtex,
  sourceRis,
  type CitationMarkup,
  type CitationStyle,
} from '@/core/citations';
import { strings } from '@/core/strings';
import { useCopy, type CopyText } from './hooks/useCopy';
import { CopyStatus } from './primitives/CopyStatus';
import { DownloadLink } from './primitives/DownloadLink';

export interface NoteCitationsProps {
  id: string;
  note: Note;
  source: Source | undefined;
  /** The dataset's as-of date (YYYY-MM-DD): the citations' accessed date. */
  asOf: string;
  onCopy: CopyText;
}

/** Style, markup and the key of its label (read at render: the language can change). */
const FORMATS = [
  ['ama', 'text', 'ama'],
  ['ama', 'markdown', 'amaMarkdown'],
  ['vancouver', 'text', 'vancouver'],
  ['vancouver', 'markdown', 'vancouverMarkdown'],
] as const satisfies readonly [CitationStyle, CitationMarkup, keyof typeof strings.cite][];

export function NoteCitations({ id, note, source, asOf, onCopy }: NoteCitationsProps) {
  const { outcome, copy } = useCopy(onCopy);
  // Each row of buttons is a group named by its heading: "AMA" alone says too little.
  const quoteHeading = `${id}-quote`;
  const sourceHeading = `${id}-source`;
  const ris = source && sourceRis(source, asOf);
  const bibtex = source && sourceBibtex(source, asOf);
  return (
    <div class="note-panel" id={id} data-testid="cite-panel">
      <p class="panel-heading" id={quoteHeading}>
        {strings.cite.heading}
      </p>
      <div class="panel-actions" role="group" aria-labelledby={quoteHeading}>
        {FORMATS.map(([style, markup, label]) => (
          <button
            key={`${style}-${markup}`}
            type="button"
            class="link"
            data-testid={`cite-${style}-${markup}`}
            onClick={() => void copy(quoteWithCitation(note, source, asOf, style, markup))}
          >
            {strings.cite[label]}
          </button>
        ))}
      </div>
      {source && ris && bibtex && (
        <>
          <p class="panel-heading" id={sourceHeading}>
            {strings.cite.sourceHeading}
          </p>
          <div class="panel-actions" role="group" aria-labelledby={sourceHeading}>
            <button
              type="button"
              class="link"
              data-testid="copy-ris"
              onClick={() => void copy(ris)}
            >
              {strings.cite.copyRis}
            </button>
            <DownloadLink
              filename={`${source.id}.ris`}
              mime="application/x-research-info-systems"
              text={ris}
              testId="download-ris"
            >
              {strings.cite.downloadRis}
            </DownloadLink>
            <button
              type="button"
              class="link"
              data-testid="copy-bibtex"
              onClick={() => void copy(bibtex)}
            >
              {strings.cite.copyBibtex}
            </button>
            <DownloadLink
              filename={`${source.id}.bib`}
              mime="application/x-bibtex"
              text={bibtex}
              testId="download-bibtex"
            >
              {strings.cite.downloadBibtex}
            </DownloadLink>
          </div>
        </>
      )}
      <CopyStatus outcome={outcome} />
    </div>
  );
}
