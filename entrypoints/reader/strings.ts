/** The reader page's words, in one place (the rest of the UI keeps its own in components/strings.ts). */
export const readerStrings = {
  title: 'JAK Lens reader',
  open: 'Open a PDF…',
  dropHint: 'Open a PDF with the button above, or drop one anywhere on this page.',
  emptyHeading: 'Read a PDF with JAK Lens',
  emptyText:
    'The browser’s own PDF viewer cannot be read by extensions. Here, drug names are highlighted and listed by page.',
  loading: 'Opening the PDF…',
  passwordLabel: 'This PDF is password-protected. Enter its password to open it.',
  passwordWrong: 'That password is not right. Try again.',
  passwordSubmit: 'Open',
  passwordCancel: 'Cancel',
  passwordNeeded: 'This PDF is password-protected: JAK Lens cannot open it without its password.',
  invalidPdf: 'This is not a PDF, or the file is damaged: PDF.js could not read it.',
  httpError: (status: number) =>
    status === 404
      ? 'The server says this PDF does not exist (404 Not found).'
      : `The server did not send the PDF (HTTP ${status}).`,
  fetchFailed: (reason: string) => `The PDF could not be fetched (${reason}).`,
  refetchHint:
    'If the PDF is behind a login, came from a form, or from a one-time link, the reader cannot fetch it again: save it from the browser, then open the saved file here.',
  requestOrigin: (origin: string) =>
    `JAK Lens has no permission to read files from ${origin}. Allow it to fetch PDFs from this site (and only this site), then it will try again.`,
  allowOrigin: 'Allow and retry',
  localFile:
    'Extension pages cannot open file: links. Use “Open a PDF…” or drop the file here: the file stays on this computer.',
  unsupported: 'The reader opens http and https links to PDFs only.',
  scanning: (done: number, total: number) => `Reading the text: page ${done} of ${total}…`,
  scanCancel: 'Stop',
  scanCancelled: (done: number, total: number) =>
    `Stopped after ${done} of ${total} pages: the list shows those pages only.`,
  noText: "No selectable text: JAK Lens can't read scanned pages.",
  summary: (mentions: number, drugs: number, pages: number) =>
    mentions === 0
      ? `No drug names found in ${pages} page${pages === 1 ? '' : 's'}.`
      : `${mentions} mention${mentions === 1 ? '' : 's'} of ${drugs} drug${drugs === 1 ? '' : 's'}.`,
  page: 'Page',
  ofPages: (n: number) => `of ${n}`,
  previousPage: 'Previous page',
  nextPage: 'Next page',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoom: 'Zoom',
  zoomAuto: 'Automatic',
  zoomWidth: 'Page width',
  zoomFit: 'Whole page',
  find: 'Find in document',
  findNext: 'Next match',
  findPrevious: 'Previous match',
  findCount: (current: number, total: number) => (total === 0 ? '' : `${current} of ${total}`),
  findNone: 'Not found',
  drugsHeading: 'Drugs in this document',
  nextMention: 'Next mention',
  previousMention: 'Previous mention',
  mentions: (n: number) => `${n}×`,
  onPages: 'Pages',
  pageButton: (n: number) => `p. ${n}`,
};
