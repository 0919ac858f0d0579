import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useRef } from 'preact/hooks';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  arrowKeyTarget,
  useArrowKeys,
  type ArrowKeyOptions,
} from '@/components/hooks/useArrowKeys';

// Vitest globals are off, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

describe('arrowKeyTarget', () => {
  test.each([
    ['ArrowDown', 1, 2],
    ['ArrowUp', 1, 0],
    ['Home', 2, 0],
    ['End', 0, 3],
    ['ArrowDown', 3, 3],
    ['ArrowUp', 0, 0],
    ['ArrowDown', -1, 0],
  ])('in a list of four, %s from %i goes to %i, stopping at the ends', (key, from, to) => {
    expect(arrowKeyTarget(key, from, 4)).toBe(to);
  });

  test('in a wrapping tab bar, Right from the last goes to the first and Left back', () => {
    const bar = { orientation: 'horizontal', wrap: true } as const;
    expect(arrowKeyTarget('ArrowRight', 2, 3, bar)).toBe(0);
    expect(arrowKeyTarget('ArrowLeft', 0, 3, bar)).toBe(2);
  });

  test('ignores keys of the other orientation, other keys and empty lists', () => {
    expect(arrowKeyTarget('ArrowRight', 0, 3)).toBeNull();
    expect(arrowKeyTarget('ArrowDown', 0, 3, { orientation: 'horizontal' })).toBeNull();
    expect(arrowKeyTarget('Enter', 0, 3)).toBeNull();
    expect(arrowKeyTarget('toString', 0, 3)).toBeNull();
    expect(arrowKeyTarget('End', 0, 0)).toBeNull();
  });
});

function List(props: Omit<ArrowKeyOptions, 'selector' | 'entry'> & { withEntry?: boolean }) {
  const entry = useRef<HTMLInputElement>(null);
  const list = useArrowKeys<HTMLUListElement>({
    ...props,
    selector: 'button',
    entry: props.withEntry ? entry : undefined,
  });
  return (
    <div>
      {props.withEntry && <input ref={entry} aria-label="field" onKeyDown={list.onKeyDown} />}
      <ul ref={list.ref} onKeyDown={list.onKeyDown}>
        {['a', 'b', 'c'].map((name) => (
          <li key={name}>
            <button type="button">{name}</button>
          </li>
        ))}
      </ul>
    </div>
  );
}

const button = (name: string) => screen.getByRole('button', { name });

describe('useArrowKeys', () => {
  test('moves focus between the items and marks the key handled', () => {
    render(<List />);
    button('a').focus();
    expect(fireEvent.keyDown(button('a'), { key: 'ArrowDown' })).toBe(false);
    expect(document.activeElement).toBe(button('b'));
    fireEvent.keyDown(button('b'), { key: 'End' });
    expect(document.activeElement).toBe(button('c'));
  });

  test('leaves other keys alone', () => {
    render(<List />);
    button('a').focus();
    expect(fireEvent.keyDown(button('a'), { key: 'ArrowRight' })).toBe(true);
    expect(document.activeElement).toBe(button('a'));
  });

  test('hands the move to onMove instead of focusing, when given', () => {
    const onMove = vi.fn();
    render(<List orientation="horizontal" wrap onMove={onMove} />);
    button('c').focus();
    fireEvent.keyDown(button('c'), { key: 'ArrowRight' });
    expect(onMove).toHaveBeenCalledWith(0, button('a'));
    expect(document.activeElement).toBe(button('c'));
  });

  test('goes from an entry field into the list and back, leaving its caret keys alone', () => {
    render(<List withEntry />);
    const field = screen.getByRole('textbox', { name: 'field' });
    field.focus();
    expect(fireEvent.keyDown(field, { key: 'Home' })).toBe(true);
    expect(fireEvent.keyDown(field, { key: 'ArrowUp' })).toBe(true);
    expect(document.activeElement).toBe(field);
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(button('a'));
    fireEvent.keyDown(button('a'), { key: 'ArrowUp' });
    expect(document.activeElement).toBe(field);
  });

  test('Home and End stay among the items when there is an entry field', () => {
    render(<List withEntry />);
    button('c').focus();
    fireEvent.keyDown(button('c'), { key: 'Home' });
    expect(document.activeElement).toBe(button('a'));
  });
});
