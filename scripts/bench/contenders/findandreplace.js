import findAndReplaceDOMText from 'findandreplacedomtext';
import { observeAdded } from './observe.js';
import { MENTION } from './regexp.js';

/**
 * findAndReplaceDOMText contender with its `prose` preset (skips script/style/inputs, no matches
 * across block elements), so it finds names split across inline elements like JAK Lens does.
 * A match split over n text nodes yields n wrappers; the first carries `jlb0` so the harness can
 * count matches as well as added elements.
 * @param {Element} root
 */
function mark(root) {
  findAndReplaceDOMText(root, {
    find: MENTION,
    preset: 'prose',
    replace(portion) {
      const el = document.createElement('mark');
      el.className = portion.index === 0 ? 'jlb jlb0' : 'jlb';
      el.textContent = portion.text;
      return el;
    },
  });
}

mark(document.body);
observeAdded(mark);
