import { describe, expect, test } from 'vitest';
import { place, placeElement, VIEWPORT_MARGIN } from '@/components/primitives/placement';

const viewport = { width: 800, height: 600 };
const size = { width: 200, height: 100 };

describe('place', () => {
  test('puts the box below the anchor when it fits', () => {
    expect(place({ left: 50, below: 120, above: 96 }, size, viewport)).toEqual({
      left: 50,
      top: 120,
    });
  });

  test('flips the box above the anchor when below would run off the bottom', () => {
    expect(place({ left: 50, below: 560, above: 540 }, size, viewport)).toEqual({
      left: 50,
      top: 440,
    });
  });

  test('keeps the box the margin away from the right edge', () => {
    expect(place({ left: 790, below: 10, above: 0 }, size, viewport).left).toBe(
      viewport.width - size.width - VIEWPORT_MARGIN,
    );
  });

  test('never goes past the top or left margin, even in a viewport smaller than the box', () => {
    const tiny = { width: 100, height: 50 };
    expect(place({ left: -30, below: 40, above: 20 }, size, tiny)).toEqual({
      left: VIEWPORT_MARGIN,
      top: VIEWPORT_MARGIN,
    });
  });
});

describe('placeElement', () => {
  test('measures the element and places it in its own window', () => {
    const el = document.createElement('div');
    document.body.append(el);
    el.getBoundingClientRect = () => ({ width: 200, height: 100 }) as DOMRect;
    const anchor = { left: 10_000, below: window.innerHeight, above: 300 };
    expect(placeElement(el, anchor)).toEqual({
      left: window.innerWidth - 200 - VIEWPORT_MARGIN,
      top: 300 - 100,
    });
    el.remove();
  });
});
