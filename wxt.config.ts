import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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
    // Name, description and command description in the browser's language, from public/_locales
    // (generated from the string tables: npm run gen:locales).
    default_locale: 'en',
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    // Each permission and why: README, "Permissions". activeTab: the popup reads the current tab's
    // URL to say why a page cannot be read and to name the site for the "On this site" switch.
    // scripting: the background injects the sidebar (stage 2) on demand, and stage 1 into tabs
    // open before an install or update (Chrome).
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    // Exactly the content script's matches (entrypoints/content/index.ts): Chrome's
    // scripting.executeScript needs host permissions, which content-script matches do not grant.
    // Same sites, so no new install warning; the PDF reader fetches a PDF under the same grant.
    host_permissions: ['http://*/*', 'https://*/*'],
    // Chrome only: the PDF reader opening a file:// PDF, asked for on the user's click once they
    // allowed file access (Firefox extension pages cannot read file: URLs at all).
    ...(browser !== 'firefox' && { optional_host_permissions: ['file:///*'] }),
    // Explicit toolbar icon: Firefox does not fall back to `icons` for the action everywhere.
    action: {
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' },
    },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandToggleSidebar__',
      },
    },
    content_security_policy: {
      // 'wasm-unsafe-eval' (and nothing else added): PDF.js decodes JBIG2, JPEG 2000 and colour
      // profiles with WebAssembly; it compiles no JavaScript (isEvalSupported: false).
      extension_pages:
        "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    },
    // An organisation's policy (README, "Managed settings"): Chrome checks it against this
    // schema, generated from the settings schema (npm run gen:managed-schema).
    storage: { managed_schema: 'managed-schema.json' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'jak-lens@jaklens.example',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
