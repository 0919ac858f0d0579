import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';

/** Imports that reach the browser extension APIs: only entrypoints may use them (design.md §2). */
const browserApis = [
  {
    name: 'wxt/browser',
    message: 'Only entrypoints/* may use browser.* — pass data in as props/arguments.',
  },
  { name: 'webextension-polyfill', message: 'Only entrypoints/* may use browser.*.' },
];
const browserApiPatterns = [
  { group: ['wxt/utils/*', '#imports'], message: 'Only entrypoints/* may use WXT runtime APIs.' },
];
/** Page-DOM globals the pure matcher must never touch: it returns offsets, not nodes. */
const domGlobals = [
  'document',
  'window',
  'Node',
  'NodeFilter',
  'Range',
  'Element',
  'navigator',
  'CSS',
].map((name) => ({ name, message: 'utils/matcher is pure: no DOM. Return offsets instead.' }));

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'coverage/', 'tests/fixtures/**/*.js'] },
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // innerHTML-style sinks are forbidden everywhere, including tests of our own code.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text as text (design.md §5).' },
        { property: 'outerHTML', message: 'Render text as text (design.md §5).' },
        { property: 'insertAdjacentHTML', message: 'Render text as text (design.md §5).' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text as text (design.md §5).',
        },
      ],
    },
  },
  {
    files: ['components/**', 'utils/**', 'data/**'],
    ignores: ['utils/settings.ts', 'utils/settings/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: browserApis, patterns: browserApiPatterns }],
    },
  },
  {
    files: ['utils/matcher/**'],
    rules: {
      'no-restricted-globals': ['error', ...domGlobals],
      'no-restricted-imports': [
        'error',
        {
          paths: browserApis,
          patterns: [
            ...browserApiPatterns,
            {
              group: ['preact', 'preact/*', '**/components/**', '**/entrypoints/**'],
              message: 'The matcher is the pure core.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: browserApis,
          patterns: [
            ...browserApiPatterns,
            { group: ['**/entrypoints/**'], message: 'Components receive data through props.' },
          ],
        },
      ],
    },
  },
  {
    files: ['data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: browserApis,
          patterns: [
            ...browserApiPatterns,
            {
              group: ['preact', '**/components/**', '**/entrypoints/**', '**/utils/**'],
              message: 'Data is the bottom layer.',
            },
          ],
        },
      ],
    },
  },
);
