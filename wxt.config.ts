import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { strings } from './core/strings';

/**
 * The build's date for "About this data" (core/build-info.ts). SOURCE_DATE_EPOCH, when set, fixes
 * it, so a reproducible build (the Firefox sources zip rebuilt by a reviewer) gives the same files.
 */
const epoch = Number(process.env.SOURCE_DATE_EPOCH);
const buildDate = (Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date())
  .toISOString()
  .slice(0, 10);

/**
 * WXT build configuration. Auto-imports are off so every `browser` use is an explicit import
 * that the layer lint rule (eslint.config.js) can see.
 */
export default defineConfig({
  imports: false,
  // Firefox builds default to MV2 in WXT; both browsers ship MV3 (Firefox: event page).
  manifestVersion: 3,
  vite: () => ({
    // modules/ adds the lazy-dataset and no-innerHTML plugins and the dataset check.
    plugins: [preact()],
    build: { target: 'es2022' },
    define: { __BUILD_DATE__: JSON.stringify(buildDate) },
  }),
  // The Firefox sources zip must rebuild the extension: keep sources, drop tests and reports
  // (node_modules, .output and dotfiles are excluded by WXT already).
  zip: {
    excludeSources: ['tests/**', 'coverage/**', 'stats.html', '**/*.log', 'web-ext-artifacts/**'],
  },
  manifest: ({ browser }) => ({
    name: 'JAK Lens',
    description:
      'Highlights atopic-dermatitis drug names and shows what an expert interview says about each, with the verbatim quote.',
    // activeTab: the popup reads the current tab's URL to say why a page cannot be read
    // (browser pages, stores, PDFs, files) and to name the site for the "On this site" switch.
    permissions: ['storage', 'contextMenus', 'activeTab'],
    // Explicit toolbar icon: Firefox does not fall back to `icons` for the action everywhere.
    action: {
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' },
    },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: strings.commandToggleSidebar,
      },
    },
    // The PDF reader (entrypoints/reader/): a site's PDF is fetched only when the user asks for
    // it, and only from a site the user allowed from the reader (one origin at a time).
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    content_security_policy: {
      // 'wasm-unsafe-eval' (and nothing else added): PDF.js decodes JBIG2, JPEG 2000 and colour
      // profiles with WebAssembly; it compiles no JavaScript (isEvalSupported: false).
      extension_pages:
        "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'jak-lens@jaklens.example',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android gained data_collection_permissions in 142 (addons-linter warns).
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
