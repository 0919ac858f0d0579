/**
 * The reader page's URL contract: `reader.html?file=<URL-encoded http(s) URL>`. The page is not
 * web-accessible, so only the extension itself (popup, context menu, background) can open it
 * with a `file` of its choosing; this module is the one place that builds and reads that URL.
 */

/** What the reader was asked to open. */
export type ReaderSource =
  | { kind: 'none' }
  | { kind: 'url'; url: string }
  /** A `file:` URL: extension pages read local files only through the picker or a drop. */
  | { kind: 'local-file'; url: string }
  | { kind: 'unsupported'; value: string };

/** The reader's request, from its own `location.search`. */
export function readerSourceOf(search: string): ReaderSource {
  const value = new URLSearchParams(search).get('file');
  if (value === null || value.trim() === '') return { kind: 'none' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { kind: 'unsupported', value };
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return { kind: 'url', url: url.href };
  if (url.protocol === 'file:') return { kind: 'local-file', url: url.href };
  return { kind: 'unsupported', value };
}

/** `<readerPage>?file=<pdfUrl>`, for the ways into the reader. */
export function readerUrl(readerPage: string, pdfUrl: string): string {
  return `${readerPage}?file=${encodeURIComponent(pdfUrl)}`;
}

/** `https://host/*`: the host-permission pattern of the origin a PDF URL is on. */
export function originPattern(pdfUrl: string): string {
  return `${new URL(pdfUrl).origin}/*`;
}
