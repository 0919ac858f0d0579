/**
 * Whether a tab shows a PDF, for "Open PDFs in JAK Lens automatically". Chrome runs our content
 * script in the document its PDF viewer draws, whose `document.contentType` is
 * `application/pdf`: that is decisive, whatever the URL looks like. Firefox does not inject
 * content scripts into its PDF viewer, so there only the URL can tell (its path ends in `.pdf`):
 * a PDF served from `/download?id=7` is missed, and an HTML page at `/file.pdf` is sent to the
 * reader, which then says it is not a PDF.
 */

/** The MIME type browsers give a PDF document. */
const PDF_TYPE = 'application/pdf';

/** Whether an http(s) URL's path (not its query or fragment) ends in `.pdf`, any case. */
export function hasPdfPath(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  return /\.pdf$/i.test(parsed.pathname);
}

/**
 * The decision: a known content type decides (Chrome), an unknown one (`undefined`, Firefox's
 * background seeing only the URL) falls back to the URL's path.
 */
export function isPdfDocument(contentType: string | undefined, url: string): boolean {
  if (contentType !== undefined)
    return contentType.split(';')[0]?.trim().toLowerCase() === PDF_TYPE;
  return hasPdfPath(url);
}
