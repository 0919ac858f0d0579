import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { useEscape, type EscapeOptions } from '@/components/hooks/useEscape';

// Vitest globals are off, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

function Box({ onEscape, ...options }: EscapeOptions & { onEscape: () => void }) {
  const onKeyDown = useEscape(onEscape, options);
  return (
    <div data-testid="box" tabIndex={-1} onKeyDown={onKeyDown}>
      box
    </div>
  );
}

describe('useEscape', () => {
  test('Escape closes and is marked handled; other keys pass', () => {
    const onEscape = vi.fn();
    render(<Box onEscape={onEscape} />);
    expect(fireEvent.keyDown(screen.getByTestId('box'), { key: 'Enter' })).toBe(true);
    expect(fireEvent.keyDown(screen.getByTestId('box'), { key: 'Escape' })).toBe(false);
    expect(onEscape).toHaveBeenCalledOnce();
  });

  test('does nothing while inactive', () => {
    const onEscape = vi.fn();
    render(<Box onEscape={onEscape} active={false} />);
    expect(fireEvent.keyDown(screen.getByTestId('box'), { key: 'Escape' })).toBe(true);
    expect(onEscape).not.toHaveBeenCalled();
  });

  test('one press closes only the innermost of two nested handlers', () => {
    const inner = vi.fn();
    const outer = vi.fn();
    const Outer = () => (
      <div onKeyDown={useEscape(outer)}>
        <Box onEscape={inner} />
      </div>
    );
    render(<Outer />);
    fireEvent.keyDown(screen.getByTestId('box'), { key: 'Escape' });
    expect(inner).toHaveBeenCalledOnce();
    expect(outer).not.toHaveBeenCalled();
  });

  test('can keep the event from bubbling further out', () => {
    const outside = vi.fn();
    render(
      <div onKeyDown={outside}>
        <Box onEscape={() => {}} stopPropagation />
      </div>,
    );
    fireEvent.keyDown(screen.getByTestId('box'), { key: 'Escape' });
    expect(outside).not.toHaveBeenCalled();
  });
});
