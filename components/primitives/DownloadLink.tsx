/**
 * A link that saves `text` as a file: a `data:` address with the `download` attribute, so the
 * reader's own click starts the download (no script click, which the sidebar's click guard would
 * drop, and no object URL to revoke). The text is encoded; nothing in it can become markup.
 */
import type { ComponentChildren } from 'preact';

export interface DownloadLinkProps {
  filename: string;
  /** e.g. "text/csv"; "charset=utf-8" is added. */
  mime: string;
  text: string;
  testId?: string;
  children: ComponentChildren;
}

export function DownloadLink({ filename, mime, text, testId, children }: DownloadLinkProps) {
  return (
    <a
      class="link"
      href={`data:${mime};charset=utf-8,${encodeURIComponent(text)}`}
      download={filename}
      data-testid={testId}
    >
      {children}
    </a>
  );
}
