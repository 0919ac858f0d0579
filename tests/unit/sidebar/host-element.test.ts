import { afterEach, describe, expect, test, vi } from 'vitest';
import { createHostElement, HOST_TAG } from '@/sidebar/host-element';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('sidebar host element', () => {
  test('random names differ, are valid custom-element names and match HOST_TAG', () => {
    const names = new Set(
      Array.from({ length: 20 }, () => createHostElement(document).element.localName),
    );
    expect(names.size).toBe(20);
    for (const n of names) {
      expect(n).toMatch(/^[a-z][a-z0-9]*-[a-z0-9-]*$/);
      expect(n).toMatch(HOST_TAG);
    }
  });

  test('HOST_TAG does not match names of other lengths or with other characters', () => {
    for (const name of ['x-abc', 'x-abcdefghijk', 'x-ABCDEFGHIJ', 'y-abcdefghij', 'x-abcde1ghij'])
      expect(name).not.toMatch(HOST_TAG);
  });

  test('the shadow root is closed: the page cannot reach it through the element', () => {
    const spy = vi.spyOn(Element.prototype, 'attachShadow');
    const { element, shadow } = createHostElement(document);
    expect(spy).toHaveBeenCalledWith({ mode: 'closed' });
    expect(element.shadowRoot).toBeNull();
    expect(shadow.host).toBe(element);
  });

  test('picks another name when the page has defined a custom element with that name', () => {
    customElements.define('x-taken', class extends HTMLElement {});
    const names = ['x-taken', 'x-free'];
    const { element } = createHostElement(document, () => names.shift()!);
    expect(element.localName).toBe('x-free');
  });

  test('picks another name when attachShadow fails', () => {
    const names = ['x-first', 'x-second'];
    const createElement = document.createElement.bind(document);
    vi.spyOn(document, 'createElement').mockImplementation((name: string) => {
      const el = createElement(name);
      if (name === 'x-first')
        el.attachShadow = () => {
          throw new Error('NotSupportedError');
        };
      return el;
    });
    expect(createHostElement(document, () => names.shift()!).element.localName).toBe('x-second');
  });

  test('gives up after a bounded number of attempts', () => {
    vi.spyOn(document, 'createElement').mockImplementation(() => {
      throw new Error('broken');
    });
    expect(() => createHostElement(document)).toThrow(/could not create/);
  });
});
