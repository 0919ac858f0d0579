import { PATTERN_SOURCE } from '../../../core/matcher/compiled.generated.ts';

/**
 * The comparison contenders search with JAK Lens's own generated alternation (the same forms,
 * trie-factored the same way), wrapped in ASCII `\b` on both sides: what a mark.js or
 * findAndReplaceDOMText user would write given our lexicon.
 */
export const MENTION = new RegExp(`\\b(?:${PATTERN_SOURCE})\\b`, 'gi');
