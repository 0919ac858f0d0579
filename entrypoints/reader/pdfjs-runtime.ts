/**
 * Loads PDF.js from the copy shipped inside the extension (`pdfjs/`, modules/pdfjs-assets.ts) at
 * run time rather than bundling it: the files stay upstream's, byte for byte, and the reader's
 * own bundle stays small.
 */
import type * as PdfJsLib from 'pdfjs-dist';
import type * as PdfJsViewer from 'pdfjs-dist/web/pdf_viewer.mjs';
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api';
import { PDFJS_SHIPPED, pdfjsAssetPath } from '@/core/pdf-assets';

export type { PdfJsLib, PdfJsViewer };

/** The absolute URL of a shipped PDF.js file (the reader page sits at the extension's root). */
export function pdfjsUrl(path: string): string {
  return new URL(`/${pdfjsAssetPath(path)}`, location.href).href;
}

export interface PdfJs {
  lib: typeof PdfJsLib;
  viewer: typeof PdfJsViewer;
}

/** Runs one of our shipped module scripts; resolves once it has run. */
function runModule(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = url;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`JAK Lens reader: could not load ${url}`));
    document.head.append(script);
  });
}

let loading: Promise<PdfJs> | undefined;

/**
 * Both builds publish themselves on `globalThis` (`pdfjsLib`, `pdfjsViewer`) besides exporting,
 * and the viewer reads the display layer from there, so they run as plain module scripts in
 * order: no dynamic `import()` of a computed URL, which addons-linter rightly flags.
 */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    await runModule(pdfjsUrl(PDFJS_SHIPPED.lib));
    const globals = globalThis as { pdfjsLib?: typeof PdfJsLib; pdfjsViewer?: typeof PdfJsViewer };
    const lib = globals.pdfjsLib;
    if (!lib) throw new Error('JAK Lens reader: PDF.js did not load');
    lib.GlobalWorkerOptions.workerSrc = pdfjsUrl(PDFJS_SHIPPED.worker);
    await runModule(pdfjsUrl(PDFJS_SHIPPED.viewer));
    const viewer = globals.pdfjsViewer;
    if (!viewer) throw new Error('JAK Lens reader: the PDF.js viewer did not load');
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = pdfjsUrl(PDFJS_SHIPPED.viewerCss);
    document.head.prepend(css);
    return { lib, viewer };
  })();
  return loading;
}

/**
 * `getDocument` options for every PDF the reader opens: everything PDF.js needs from the shipped
 * copy, no `eval` (`isEvalSupported: false`, so the extension CSP needs no 'unsafe-eval'), no
 * PDF JavaScript, no XFA forms.
 */
export function documentOptions(): DocumentInitParameters {
  return {
    isEvalSupported: false,
    enableXfa: false,
    cMapUrl: pdfjsUrl(PDFJS_SHIPPED.cmaps),
    cMapPacked: true,
    standardFontDataUrl: pdfjsUrl(PDFJS_SHIPPED.standardFonts),
    wasmUrl: pdfjsUrl(PDFJS_SHIPPED.wasm),
    iccUrl: pdfjsUrl(PDFJS_SHIPPED.iccs),
  };
}
