/**
 * A note's "Report a problem" panel: the report, prepared here and shown in full (dataset
 * version, note id, the quote, and the page's address only if the reader ticks it), then the
 * organisation's feedback address to open with it (a `mailto:` link carrying the report, or an
 * `https:` page to paste it into) when a policy sets one, and a copy button always. Nothing is
 * sent by the extension: following the link is the reader's own click.
 */
import { useId, useState } from 'preact/hooks';
import type { Note } from '@/data/schema';
import { feedbackLink, problemReportText } from '@/core/problem-report';
import { format, strings } from '@/core/strings';
import { useCopy, type CopyText } from './hooks/useCopy';
import { CopyStatus } from './primitives/CopyStatus';

export interface ProblemReportProps {
  id: string;
  note: Note;
  version: string;
  asOf: string;
  /** The organisation's feedback address (`mailto:` or `https:`), '' when none is set. */
  feedbackAddress: string;
  /** The page's address, offered for the report behind a checkbox; absent where there is none. */
  pageUrl?: string;
  onCopy: CopyText;
}

export function ProblemReport(props: ProblemReportProps) {
  const { note, pageUrl } = props;
  const checkId = useId();
  const [includePage, setIncludePage] = useState(false);
  const { outcome, copy } = useCopy(props.onCopy);
  const text = problemReportText(
    {
      version: props.version,
      asOf: props.asOf,
      note,
      pageUrl: includePage ? pageUrl : undefined,
    },
    strings.problem.report,
  );
  const subject = format(strings.problem.subject, { noteId: note.id });
  const link = props.feedbackAddress ? feedbackLink(props.feedbackAddress, subject, text) : null;
  return (
    <div class="note-panel" id={props.id} data-testid="problem-panel">
      <p class="panel-heading">{strings.problem.heading}</p>
      <p class="muted small">{strings.problem.intro}</p>
      {pageUrl && (
        <p class="check">
          <input
            id={checkId}
            type="checkbox"
            checked={includePage}
            data-testid="problem-include-page"
            onChange={(e) => setIncludePage(e.currentTarget.checked)}
          />
          <label for={checkId}>{strings.problem.includePage}</label>
        </p>
      )}
      <pre
        class="report-text"
        data-testid="problem-text"
        tabIndex={0}
        aria-label={strings.problem.textLabel}
      >
        {text}
      </pre>
      <div class="panel-actions">
        {link && (
          <a
            class="link"
            href={link.href}
            // A mail link hands over to the mail program; a web form opens beside the page.
            target={link.kind === 'https' ? '_blank' : undefined}
            rel="noopener noreferrer"
            data-testid="problem-send"
          >
            {link.kind === 'mailto' ? strings.problem.sendEmail : strings.problem.openForm}
          </a>
        )}
        <button
          type="button"
          class="link"
          data-testid="problem-copy"
          onClick={() => void copy(text)}
        >
          {strings.problem.copy}
        </button>
      </div>
      {!link && (
        <p class="muted small" data-testid="problem-no-address">
          {strings.problem.noAddress}
        </p>
      )}
      {link?.kind === 'https' && <p class="muted small">{strings.problem.pasteHint}</p>}
      {link?.kind === 'mailto' && link.truncated && (
        <p class="muted small">{strings.problem.truncated}</p>
      )}
      <CopyStatus outcome={outcome} />
    </div>
  );
}
