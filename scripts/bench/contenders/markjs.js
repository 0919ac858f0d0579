import Mark from 'mark.js';
import { observeAdded } from './observe.js';
import { MENTION } from './regexp.js';

/**
 * mark.js contender: `markRegExp` per text node (mark.js's default; `acrossElements` would find
 * split names but joins block text without separators and re-maps every node per match).
 * Each `<mark>` is one whole match, so every wrapper carries both bench classes.
 * @param {Element} root
 */
function mark(root) {
  new Mark(root).markRegExp(MENTION, { className: 'jlb jlb0' });
}

mark(document.body);
observeAdded(mark);
