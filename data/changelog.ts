/**
 * The dataset changelog as plain text, bundled at build time (Vite `?raw`), so the About view
 * shows the same file reviewers edit. It is rendered as text, never as HTML.
 */
import text from './CHANGELOG.md?raw';

export const changelog: string = text;
