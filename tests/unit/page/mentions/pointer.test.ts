import { afterEach, describe, expect, test, vi } from 'vitest';
import type { PageScanner } from '@/page/index';
import { trackPointer } from '@/page/mentions/pointer';

afterEach(() => {
  document.body.replaceChildren();
});

/** A scanner that finds upadacitinib in every text node. */
const scanner = {
  mentionAt: () => null,
  mentionFromNode: () => ({ drugId: 'upadacitinib' }),
} as unknown as PageScanner;

describe('keyboard focus on a mention', () => {
  test('is reported as focus, and focus elsewhere ends it as focus', () => {
    const onHover = vi.fn();
    const controller = new AbortController();
    trackPointer({
      document,
      scanner: () => scanner,
      isOwnElement: () => false,
      onHover,
      onOpen: vi.fn(),
      listen: (type, handler, options) =>
        document.addEventListener(type, handler, { ...options, signal: controller.signal }),
    });
    const link = document.createElement('a');
    link.href = '#';
    link.textContent = 'Rinvoq';
    const plain = document.createElement('button');
    document.body.append(link, plain);
    link.focus();
    expect(onHover).toHaveBeenLastCalledWith(
      expect.objectContaining({ drugId: 'upadacitinib' }),
      'focus',
    );
    plain.focus();
    // The button has no text, so no mention.
    expect(onHover).toHaveBeenLastCalledWith(null, 'focus');
    controller.abort();
  });
});
