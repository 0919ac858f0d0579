import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineWxtModule } from 'wxt/modules';
import { PDFJS_SHIPPED, pdfjsAssetPath } from '../core/pdf-assets';

/**
 * Copies PDF.js's built files from `node_modules/pdfjs-dist` into the extension under `pdfjs/`,
 * byte for byte, at every build: the reader page loads them from there, so nothing is fetched
 * from elsewhere and nothing vendored is committed. Not bundled by Vite on purpose: the files
 * stay the upstream build (reviewable against the published package), and the web-ext lint
 * exclusion can name exactly them. The JavaScript fallback of the JPEG 2000 decoder
 * (`openjpeg_nowasm_fallback.js`) is left out: the reader's CSP allows WebAssembly, which PDF.js
 * then always uses.
 */
export function pdfjsFiles(): { absoluteSrc: string; relativeDest: string }[] {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const files: { absoluteSrc: string; relativeDest: string }[] = [];
  for (const path of Object.values(PDFJS_SHIPPED)) {
    const names = path.endsWith('/')
      ? readdirSync(join(root, path))
          .filter((name) => !name.endsWith('.js'))
          .map((name) => `${path}${name}`)
      : [path];
    for (const name of names) {
      files.push({ absoluteSrc: join(root, name), relativeDest: pdfjsAssetPath(name) });
    }
  }
  return files;
}

/** WXT loads every file in `modules/`: this one adds the PDF.js files to each build's assets. */
export default defineWxtModule((wxt) => {
  wxt.hooks.hook('build:publicAssets', (_wxt, files) => {
    files.push(...pdfjsFiles());
  });
});
