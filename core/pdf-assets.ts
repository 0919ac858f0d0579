/**
 * Where PDF.js's own files live in the built extension, relative to its root. One list for the
 * build module that copies them there from `node_modules/pdfjs-dist` unmodified
 * (`modules/pdfjs-assets.ts`) and for the reader page that loads them at run time
 * (`entrypoints/reader/`), so the two cannot drift. Everything under {@link PDFJS_DIR} is
 * vendored and nothing else is: `scripts/lint-firefox.mjs` excludes exactly that folder.
 */
export const PDFJS_DIR = 'pdfjs';

/** The pdfjs-dist files and folders shipped, as paths inside the package (and under PDFJS_DIR). */
export const PDFJS_SHIPPED = {
  /** The display layer (`getDocument`, `TextLayer`), loaded as an ES module at run time. */
  lib: 'build/pdf.min.mjs',
  /** The parser, run in a Web Worker. */
  worker: 'build/pdf.worker.min.mjs',
  /** The viewer components (PDFViewer, EventBus, PDFLinkService, PDFFindController). */
  viewer: 'web/pdf_viewer.mjs',
  viewerCss: 'web/pdf_viewer.css',
  /** Icons the viewer CSS points at (`url(images/…)`). */
  viewerImages: 'web/images/',
  /** Character maps for CJK and other CID-keyed fonts. */
  cmaps: 'cmaps/',
  /** The 14 standard fonts for PDFs that do not embed them. */
  standardFonts: 'standard_fonts/',
  /** JBIG2, JPEG 2000 and colour-management decoders (WebAssembly). */
  wasm: 'wasm/',
  /** ICC colour profiles the colour decoder uses. */
  iccs: 'iccs/',
  license: 'LICENSE',
} as const;

/** `pdfjs/<path>`: the path of a shipped file in the built extension. */
export function pdfjsAssetPath(path: string): string {
  return `${PDFJS_DIR}/${path}`;
}
