import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * The layers of docs/design.md ("Layers"), bottom first. Each may import only from the layers
 * before it (its `may` list); `entrypoints/` is the wiring and may import any of them.
 */
const LAYERS = [
  { dir: 'data', may: [] },
  { dir: 'core', may: ['data'] },
  { dir: 'page', may: ['core', 'data'] },
  { dir: 'components', may: ['core', 'data'] },
  { dir: 'sidebar', may: ['components', 'page', 'core', 'data'] },
  { dir: 'platform', may: ['core', 'data'] },
  // Command-line tools and build modules reuse the pure layers and the page adapter only.
  { dir: 'scripts', may: ['page', 'core', 'data'] },
  { dir: 'modules', may: ['core', 'data'] },
];
const PROJECT_DIRS = [...LAYERS.map((l) => l.dir), 'entrypoints'];

/** One no-restricted-paths zone per layer: everything of ours it may not import. */
const layerZones = LAYERS.map(({ dir, may }) => ({
  target: `./${dir}`,
  from: PROJECT_DIRS.filter((d) => d !== dir && !may.includes(d)).map((d) => `./${d}`),
  message: `${dir}/ may import only ${may.length ? may.map((d) => `${d}/`).join(', ') : 'itself'} (docs/design.md, "Layers").`,
}));

/** Imports that reach the browser extension APIs: only platform/ and entrypoints/ may. */
const browserApis = [
  {
    name: 'wxt/browser',
    message:
      'Only platform/ and entrypoints/ may use browser.*: pass data in as props or arguments (docs/design.md, "Layers").',
  },
  { name: 'webextension-polyfill', message: 'Only platform/ and entrypoints/ may use browser.*.' },
];
const wxtRuntime = {
  group: ['wxt/utils/*', '#imports'],
  message: 'Only platform/ and entrypoints/ may use WXT runtime APIs (docs/design.md, "Layers").',
};
const preactImports = {
  group: ['preact', 'preact/*'],
  message: 'Preact belongs to components/ and sidebar/ (docs/design.md, "Layers").',
};

/** Page-DOM globals the pure layers must never touch: they return offsets, not nodes. */
const domGlobals = [
  'document',
  'window',
  'Node',
  'NodeFilter',
  'Range',
  'Element',
  'navigator',
  'CSS',
].map((name) => ({
  name,
  message: 'data/ and core/ are pure: no DOM. Return offsets instead (docs/design.md, "Layers").',
}));

const renderAsText = 'Render text as text (docs/design.md, "Security").';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'coverage/', 'tests/fixtures/**/*.js'] },
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      // The cycle rule parses the imported modules too: it must know they are TypeScript.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // innerHTML-style sinks are forbidden everywhere, including tests of our own code.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: renderAsText },
        { property: 'outerHTML', message: renderAsText },
        { property: 'insertAdjacentHTML', message: renderAsText },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: renderAsText },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
    },
  },
  {
    files: ['data/**', 'core/**'],
    rules: {
      'no-restricted-globals': ['error', ...domGlobals],
      'no-restricted-imports': [
        'error',
        { paths: browserApis, patterns: [wxtRuntime, preactImports] },
      ],
    },
  },
  {
    files: ['page/**', 'scripts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: browserApis, patterns: [wxtRuntime, preactImports] },
      ],
    },
  },
  {
    files: ['components/**', 'sidebar/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: browserApis, patterns: [wxtRuntime] }],
    },
  },
);
