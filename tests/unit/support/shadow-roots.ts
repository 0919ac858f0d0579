import { vi } from 'vitest';

/**
 * Records every shadow root attached from now on, closed ones included, so a test can look
 * inside our closed sidebar host without a hook in production code. Returns the live list;
 * `restoreMocks` (vitest.config.ts) removes the spy after each test.
 */
export function captureShadowRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const attachShadow = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (
    this: Element,
    init: ShadowRootInit,
  ) {
    const root = attachShadow.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}
