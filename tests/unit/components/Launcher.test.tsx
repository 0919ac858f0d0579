import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { Launcher } from '@/components/Launcher';
import { axeViolations } from '../support/factories';

describe('Launcher', () => {
  test.each([
    [1, 'JAK Lens · 1 drug'],
    [3, 'JAK Lens · 3 drugs'],
  ])('says how many drugs were found (%i)', (n, label) => {
    render(<Launcher drugCount={n} onOpen={vi.fn()} onDismiss={vi.fn()} />);
    expect(screen.getByTestId('launcher').textContent).toBe(label);
  });

  test('is never shown when nothing was found', () => {
    const { container } = render(<Launcher drugCount={0} onOpen={vi.fn()} onDismiss={vi.fn()} />);
    expect(container.childElementCount).toBe(0);
  });

  test('opens on click and can be dismissed', () => {
    const onOpen = vi.fn();
    const onDismiss = vi.fn();
    render(<Launcher drugCount={2} onOpen={onOpen} onDismiss={onDismiss} />);
    fireEvent.click(screen.getByTestId('launcher'));
    fireEvent.click(screen.getByRole('button', { name: 'Hide JAK Lens on this page' }));
    expect(onOpen).toHaveBeenCalledOnce();
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  test('has no axe violations', async () => {
    const { container } = render(<Launcher drugCount={2} onOpen={vi.fn()} onDismiss={vi.fn()} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
