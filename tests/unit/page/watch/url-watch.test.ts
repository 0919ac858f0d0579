import { expect, test, vi } from 'vitest';
import { pageKey, watchUrl } from '@/page/watch/url-watch';

test.each([
  ['https://x.org/a?b=1#intro', 'https://x.org/a?b=1'],
  ['https://x.org/a', 'https://x.org/a'],
  ['https://x.org/#/inbox', 'https://x.org/#/inbox'],
  ['https://x.org/#!/inbox', 'https://x.org/#!/inbox'],
])('treats %s as page %s', (href, key) => {
  expect(pageKey(href)).toBe(key);
});

test('calls back once per page change, not for in-page anchors', () => {
  const onChange = vi.fn();
  const watch = watchUrl(window, onChange);
  history.pushState({}, '', '#section-2');
  expect(watch.check()).toBe(false);
  history.pushState({}, '', '/other');
  expect(watch.check()).toBe(true);
  expect(watch.check()).toBe(false);
  expect(onChange).toHaveBeenCalledTimes(1);
  watch.stop();
  history.pushState({}, '', '/');
});
