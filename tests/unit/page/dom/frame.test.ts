import { describe, expect, test } from 'vitest';
import { isScannableFrame, MIN_FRAME_SIZE } from '@/page/dom/frame';

/**
 * happy-dom does not load frames (its iframe page loading is off), so a frame's window is a
 * stand-in with what isScannableFrame reads: its top, size, origin and frame element (a real
 * <iframe> of the test document, for its `sandbox` token list).
 */
function frameWindow(
  over: { width?: number; height?: number; origin?: string; sandbox?: string | null } = {},
  frameElement: () => Element | null = () => {
    const element = document.createElement('iframe');
    if (over.sandbox != null) element.setAttribute('sandbox', over.sandbox);
    return element;
  },
): Window {
  return {
    top: window,
    innerWidth: over.width ?? 600,
    innerHeight: over.height ?? 400,
    origin: over.origin ?? 'https://example.org',
    get frameElement() {
      return frameElement();
    },
  } as unknown as Window;
}

describe('isScannableFrame', () => {
  test('the top window is always scanned', () => {
    expect(isScannableFrame(window)).toBe(true);
  });

  test('a frame big enough to read, with scripts, is scanned', () => {
    expect(isScannableFrame(frameWindow())).toBe(true);
    expect(isScannableFrame(frameWindow({ width: MIN_FRAME_SIZE, height: MIN_FRAME_SIZE }))).toBe(
      true,
    );
  });

  test.each([
    ['narrow', { width: MIN_FRAME_SIZE - 1 }],
    ['flat', { height: MIN_FRAME_SIZE - 1 }],
    ['hidden (zero-sized)', { width: 0, height: 0 }],
  ])('a %s frame (an ad slot, a pixel) is skipped', (_, size) => {
    expect(isScannableFrame(frameWindow(size))).toBe(false);
  });

  test('a sandboxed frame without allow-scripts is skipped, with it is scanned', () => {
    expect(isScannableFrame(frameWindow({ sandbox: 'allow-same-origin' }))).toBe(false);
    expect(isScannableFrame(frameWindow({ sandbox: '' }))).toBe(false);
    expect(isScannableFrame(frameWindow({ sandbox: 'allow-same-origin allow-scripts' }))).toBe(
      true,
    );
  });

  test('a frame with an opaque origin is skipped, and a srcdoc frame of the page is scanned', () => {
    expect(isScannableFrame(frameWindow({ origin: 'null' }))).toBe(false);
    // A srcdoc frame without a sandbox has its parent's origin.
    expect(isScannableFrame(frameWindow({ origin: location.origin }))).toBe(true);
  });

  test('a cross-origin parent (frameElement throws or is null) is judged by origin', () => {
    const throwing = () => {
      throw new DOMException('Blocked a frame', 'SecurityError');
    };
    expect(isScannableFrame(frameWindow({}, throwing))).toBe(true);
    expect(isScannableFrame(frameWindow({}, () => null))).toBe(true);
    expect(isScannableFrame(frameWindow({ origin: 'null' }, () => null))).toBe(false);
  });
});
