/**
 * "Report a problem with a note": the report's text (dataset version, note id, the quote and,
 * only when the reader ticks it, the page's address) and the link that opens the organisation's
 * feedback address with it. The extension sends nothing: opening the link is the reader's click,
 * and the report is shown in full before. Pure.
 */
import type { Note } from '@/data/schema';
import { oneLine } from './markup';

export interface ProblemReportLabels {
  heading: string;
  version: string;
  note: string;
  quote: string;
  page: string;
  problem: string;
}

export interface ProblemReportInput {
  version: string;
  asOf: string;
  note: Pick<Note, 'id' | 'quotes' | 'locator'>;
  /** The page's address, when the reader chose to include it. */
  pageUrl?: string;
}

/** The report as plain text, one fact a line, ending with a line for the reader's own words. */
export function problemReportText(input: ProblemReportInput, labels: ProblemReportLabels): string {
  const quote = input.note.quotes.map((q) => `“${oneLine(q)}”`).join(' … ');
  return [
    labels.heading,
    `${labels.version}: ${input.version} (${input.asOf})`,
    `${labels.note}: ${input.note.id} (${oneLine(input.note.locator)})`,
    `${labels.quote}: ${quote}`,
    ...(input.pageUrl ? [`${labels.page}: ${input.pageUrl}`] : []),
    `${labels.problem}: `,
  ].join('\n');
}

/**
 * Longest mailto: link we build. Mail clients and the OS hand-off truncate or refuse longer
 * ones (about 2,000 characters is the safe limit in practice).
 */
export const MAX_MAILTO_LENGTH = 2000;

export type FeedbackLink =
  { kind: 'mailto'; href: string; truncated: boolean } | { kind: 'https'; href: string };

/**
 * The link for the organisation's feedback address: `mailto:` with the subject and report as its
 * body (cut to {@link MAX_MAILTO_LENGTH}, the full text is shown to copy), or the `https:`
 * address as it is (a form: the reader pastes the report). Null when there is no usable address.
 */
export function feedbackLink(address: string, subject: string, body: string): FeedbackLink | null {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return null;
  }
  if (url.protocol === 'https:') return { kind: 'https', href: url.href };
  if (url.protocol !== 'mailto:' || url.pathname === '') return null;
  const base = address.trim();
  const join = base.includes('?') ? '&' : '?';
  const head = `${base}${join}subject=${encodeURIComponent(subject)}&body=`;
  let text = body.replace(/\r?\n/g, '\r\n');
  let href = head + encodeURIComponent(text);
  const truncated = href.length > MAX_MAILTO_LENGTH;
  while (href.length > MAX_MAILTO_LENGTH && text.length > 0) {
    // A cut between the halves of a surrogate pair would make encodeURIComponent throw.
    text = text.slice(0, Math.floor(text.length * 0.9)).replace(/[\ud800-\udbff]$/, '');
    href = `${head}${encodeURIComponent(`${text}…`)}`;
  }
  return { kind: 'mailto', href, truncated };
}
