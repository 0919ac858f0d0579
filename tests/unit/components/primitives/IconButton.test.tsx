import { fireEvent, render, screen } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import { IconButton } from '@/components/primitives/IconButton';
import { axeViolations } from '../../support/factories';

test('is a button named by its label, with the label as tooltip and the icon hidden', () => {
  render(<IconButton icon="close" label="Close" onClick={() => {}} />);
  const button = screen.getByRole('button', { name: 'Close' });
  expect(button.getAttribute('type')).toBe('button');
  expect(button.title).toBe('Close');
  expect(button.className).toBe('icon');
  expect(button.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  expect(button.querySelector('path')?.getAttribute('d')).toBe('M6 6l12 12M18 6 6 18');
});

test('calls onClick when pressed, and takes a class and a test id', () => {
  const onClick = vi.fn();
  render(<IconButton icon="dismiss" label="Hide" class="pill-x" testId="x" onClick={onClick} />);
  const button = screen.getByTestId('x');
  fireEvent.click(button);
  expect(onClick).toHaveBeenCalledOnce();
  expect(button.className).toBe('pill-x');
});

test('has no axe violations', async () => {
  const { container } = render(<IconButton icon="settings" label="Settings" onClick={() => {}} />);
  expect(await axeViolations(container)).toEqual([]);
});
