import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { ResizeHandle } from '@/components/ResizeHandle';
import { SIDEBAR_WIDTH } from '@/core/settings';
import '../support/factories';

describe('ResizeHandle', () => {
  test('is a focusable vertical separator exposing the width', () => {
    render(<ResizeHandle width={360} side="right" onResize={vi.fn()} />);
    const sep = screen.getByRole('separator', { name: 'Resize JAK Lens sidebar' });
    expect(sep.tabIndex).toBe(0);
    expect(sep.getAttribute('aria-valuenow')).toBe('360');
    expect(sep.getAttribute('aria-orientation')).toBe('vertical');
  });

  test('advertises the range the stored setting keeps', () => {
    render(<ResizeHandle width={360} side="right" onResize={vi.fn()} />);
    const sep = screen.getByRole('separator');
    expect(sep.getAttribute('aria-valuemin')).toBe(String(SIDEBAR_WIDTH.min));
    expect(sep.getAttribute('aria-valuemax')).toBe(String(SIDEBAR_WIDTH.max));
  });

  test('dragging far past the maximum stops at the maximum', () => {
    const onResize = vi.fn();
    render(<ResizeHandle width={600} side="left" onResize={onResize} />);
    const sep = screen.getByRole('separator');
    fireEvent.pointerDown(sep, { button: 0, clientX: 600, pointerId: 1 });
    fireEvent.pointerMove(sep, { clientX: 2000, pointerId: 1 });
    fireEvent.pointerUp(sep, { clientX: 2000, pointerId: 1 });
    expect(onResize).toHaveBeenLastCalledWith(SIDEBAR_WIDTH.max, true);
  });

  test.each([
    ['right', 'ArrowLeft', false, 376],
    ['right', 'ArrowRight', false, 344],
    ['right', 'ArrowLeft', true, 424],
    ['left', 'ArrowRight', false, 376],
    ['left', 'ArrowLeft', false, 344],
    ['right', 'Home', false, SIDEBAR_WIDTH.min],
    ['right', 'End', false, SIDEBAR_WIDTH.max],
  ] as const)('docked %s, %s (shift %s) resizes to %i', (side, key, shiftKey, expected) => {
    const onResize = vi.fn();
    render(<ResizeHandle width={360} side={side} onResize={onResize} />);
    fireEvent.keyDown(screen.getByRole('separator'), { key, shiftKey });
    expect(onResize).toHaveBeenCalledWith(expected, true);
  });

  test('keeps the width within bounds', () => {
    const onResize = vi.fn();
    render(<ResizeHandle width={285} side="right" onResize={onResize} />);
    fireEvent.keyDown(screen.getByRole('separator'), { key: 'ArrowRight', shiftKey: true });
    expect(onResize).toHaveBeenCalledWith(280, true);
  });

  test('dragging reports live widths and remembers the last one on release', () => {
    const onResize = vi.fn();
    render(<ResizeHandle width={360} side="right" onResize={onResize} />);
    const sep = screen.getByRole('separator');
    fireEvent.pointerDown(sep, { button: 0, clientX: 600, pointerId: 1 });
    fireEvent.pointerMove(sep, { clientX: 560, pointerId: 1 });
    fireEvent.pointerMove(sep, { clientX: 500, pointerId: 1 });
    fireEvent.pointerUp(sep, { clientX: 500, pointerId: 1 });
    expect(onResize.mock.calls).toEqual([
      [400, false],
      [460, false],
      [460, true],
    ]);
  });

  test('ignores keys it does not handle and moves without a press', () => {
    const onResize = vi.fn();
    render(<ResizeHandle width={360} side="right" onResize={onResize} />);
    fireEvent.keyDown(screen.getByRole('separator'), { key: 'a' });
    fireEvent.pointerMove(screen.getByRole('separator'), { clientX: 10 });
    expect(onResize).not.toHaveBeenCalled();
  });
});
